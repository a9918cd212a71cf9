/**
 * The entries of data/entities/kb-actors-2.yaml whose aliases are also a place, a common
 * full name or a short word found in other text: each look-alike sentence must not mark the
 * entity, and each real use must. Runs on the real dataset, so a later edit that loosens one
 * of these rules fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'gov-tsurugi-town',
    lookalikes: ['つるぎ町に住む70代の男性が山で遭難した。'],
    examples: [['つるぎ町は、半田病院の調査報告書を町議会に示したと発表した。', 'つるぎ町']],
  },
  {
    entity: 'org-sap',
    lookalikes: ['木の樹液は英語でsapと呼ばれる。'],
    examples: [['江崎グリコは独SAPのERPを使った基幹システムに切り替えた。', '独SAP']],
  },
  {
    entity: 'per-takata-akira',
    lookalikes: ['高田明さんは地元の少年野球チームの監督を務めている。'],
    examples: [['ジャパネットたかたの高田明社長は会見で顧客情報の流出を謝罪した。', '高田明']],
  },
  {
    entity: 'per-takahashi-yuichi',
    lookalikes: ['高橋雄一さんが市民マラソンで完走した。'],
    examples: [['ブロードリンクの元社員、高橋雄一容疑者が神奈川県のハードディスクを転売していた。', '高橋雄一']],
  },
];

describeSenses('kb-actors-2 senses', CASES);
