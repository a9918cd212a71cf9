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
  {
    entity: 'gov-asahikawa-city',
    lookalikes: ['旭川市に住む会社員の男が詐欺の疑いで逮捕された。', '旭川市の動物園は冬の営業を始めた。'],
    examples: [['旭川市は、委託先のランドブレインから住民の情報が流出した可能性があると発表した。', '旭川市']],
  },
  {
    entity: 'gov-kishiwada-city',
    lookalikes: ['岸和田市のだんじり祭りに多くの見物客が集まった。'],
    examples: [['岸和田市は、委託先のランサムウェア被害について影響を調査していると公表した。', '岸和田市']],
  },
  {
    entity: 'gov-ibaraki-city',
    lookalikes: ['茨木市に住む男性が高速道路で事故に遭った。'],
    examples: [['茨木市は、委託先のサーバーがランサムウェアに感染したと発表した。', '茨木市']],
  },
  {
    entity: 'gov-shibayama-town',
    lookalikes: ['芝山町にある航空科学博物館で展示が始まった。'],
    examples: [['芝山町は、住民4000人分の情報が流出した可能性があると発表した。', '芝山町']],
  },
  {
    entity: 'atk-cring',
    lookalikes: ['英語のcringeとcringは綴りが似ている。'],
    examples: [['ランドブレインのサーバーを暗号化したランサムウェアはCringだった。', 'Cring']],
  },
  {
    entity: 'per-ogawa-kentaro',
    lookalikes: ['小川賢太郎さんは市の少年サッカー大会で審判を務めた。'],
    examples: [['ゼンショーホールディングスの小川賢太郎会長は、営業秘密の重要性を強調した。', '小川賢太郎']],
  },
  {
    entity: 'prod-hitachi-itms',
    lookalikes: ['中小企業向けのITマネジメントサービスを始める企業が増えている。'],
    examples: [['日立システムズは、不正アクセスを受けたのはITマネジメントサービスだと明らかにした。', 'ITマネジメントサービス']],
  },
  {
    entity: 'org-hunter-news',
    lookalikes: ['人気ゲームのハンターが新しい武器を手に入れた。', '猟友会のハンターが山でシカを捕獲した。'],
    examples: [['鹿児島県警は、ニュースサイト「ハンター」の事務所を家宅捜索した。', 'ハンター']],
  },
  {
    entity: 'per-ogasawara-jun',
    lookalikes: ['小笠原淳さんは町内会の会長に選ばれた。'],
    examples: [['告発文書は札幌市のライター小笠原淳さんに届いた。', '小笠原淳']],
  },
  {
    entity: 'per-yasuda-kazunori',
    lookalikes: ['安田和則さんが地元の将棋大会で優勝した。'],
    examples: [['北海道大学の安田和則副学長は記者会見で謝罪した。', '安田和則']],
  },
  {
    entity: 'per-yoshikawa-takashi',
    lookalikes: ['吉川孝志さんは市のマラソン大会で完走した。'],
    examples: [['三井物産セキュアディレクションの吉川孝志氏は、犯行声明がダークウェブに出たと説明した。', '吉川孝志']],
  },
];

describeSenses('kb-actors-2 senses', CASES);
