/**
 * The entries of data/entities/kb-dev5.yaml (and the INV alias it gave Investor Networks) whose
 * names are also an ordinary phrase, a building, another product or another person's name: each
 * look-alike sentence must not mark the entity, and each real use must. Runs on the real dataset,
 * so a later edit that loosens a rule (or drops the QUOカードPay or シンガポール航空当局 blocker
 * from lib/kb/blockers.ts) fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'org-oneworld',
    lookalikes: ['ワンワールド・トレードセンターは高さ541メートルの超高層ビルだ。', '彼は講演で「ワンワールド」という理念を掲げた。'],
    examples: [['日本航空が加盟するワンワールドの上級会員の情報も漏れた。', 'ワンワールド']],
  },
  {
    entity: 'org-singapore-airlines',
    lookalikes: ['シンガポール航空当局は事故の調査を始めた。'],
    examples: [['シンガポール航空はマイレージ会員約58万人分の情報が漏れたと発表した。', 'シンガポール航空']],
  },
  {
    entity: 'prod-quo-card',
    lookalikes: ['QUOカードPayで支払いを済ませた。', 'クオカードペイをメールで受け取った。'],
    examples: [['おわびとして1000円分のQUOカードを送るという。', 'QUOカード']],
  },
  {
    entity: 'prod-uniqlo-mysize',
    lookalikes: ['マイサイズのマスクをオンラインストアで買った。', 'マイサイズの靴を探している。'],
    examples: [['ユニクロの「マイサイズ」に登録した体のサイズも見られた恐れがある。', 'マイサイズ']],
  },
  {
    entity: 'org-investor-networks',
    lookalikes: ['INVの株主総会が開かれた。', 'INVと書かれた請求書が届いた。'],
    examples: [['株主ポイントの仕組みはINVが運営している。', 'INV']],
  },
  {
    entity: 'per-yamada-hiroshi',
    lookalikes: ['山田廣の名で投書が届いた。'],
    examples: [['VSフォーラム共同代表の山田廣弁護士は会見で意見を述べた。', '山田廣']],
  },
  {
    entity: 'per-yamada-yoshihisa',
    lookalikes: ['同姓同名の山田善久さんが町内会長に選ばれた。'],
    examples: [['楽天モバイルの山田善久社長はコメントを出した。', '山田善久']],
  },
];

describeSenses('kb-dev5 senses', CASES);
