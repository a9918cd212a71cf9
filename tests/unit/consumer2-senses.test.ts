/**
 * The consumer brands of data/entities/kb-consumer2.yaml whose short names are also a hotel's
 * or venue's name, a given name, an acronym or an ordinary word: each look-alike sentence must
 * not mark the entity, and each real use must. Runs on the real dataset, so a later edit that
 * loosens a rule (or drops the 松竹座 blocker from lib/kb/blockers.ts) fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'org-hyatt',
    lookalikes: ['ハイアット・リージェンシー京都で結婚式を挙げ、カードで決済した。', 'パーク・ハイアット東京のバーで会食した。'],
    examples: [['米ハイアットは決済システムがマルウエアに感染していたと発表した。', '米ハイアット']],
  },
  {
    entity: 'org-shochiku',
    lookalikes: ['大阪松竹座で歌舞伎の公演があった。', '松竹芸能の芸人がテレビに出た。'],
    examples: [['松竹は映画館サイトへの不正アクセスを発表した。', '松竹']],
  },
  {
    entity: 'org-washington-hotel',
    lookalikes: ['新宿ワシントンホテルで名古屋の会社の記者会見があった。', '藤田観光が運営するワシントンホテルに泊まった。'],
    examples: [['名古屋市のワシントンホテルはランサムウェアに感染したと発表した。', 'ワシントンホテル']],
  },
  {
    entity: 'org-ikyu',
    lookalikes: ['一休さんのとんち話を子どもに読み聞かせた。', '一休禅師ゆかりの寺を訪ねた。'],
    examples: [
      ['一休.comで予約したホテルを無断でキャンセルした。', '一休.com'],
      ['一休の予約サイトでポイントが不正に得られていた。', '一休'],
    ],
  },
  {
    entity: 'org-dinos-cecile',
    lookalikes: ['セシールという名前のフランス人女性が来日した。'],
    examples: [['セシールのオンラインショップに不正ログインがあった。', 'セシール']],
  },
  {
    entity: 'org-hotman',
    lookalikes: ['ホットマンというあだ名で呼ばれていた。'],
    examples: [['タオルのホットマンは通販サイトから顧客情報が流出したと発表した。', 'ホットマン']],
  },
  {
    entity: 'org-hot-factory',
    lookalikes: ['ホットファクトリーという名前のラーメン店が開店した。'],
    examples: [['ぴあの委託先ホットファクトリーが構築したサイトが不正アクセスを受けた。', 'ホットファクトリー']],
  },
  {
    entity: 'org-uds',
    lookalikes: ['UDSの規格に沿って設計した。'],
    examples: [['由縁 新宿を運営するUDSはエクスペディア経由のフィッシングを公表した。', 'UDS']],
  },
  {
    entity: 'org-holonic',
    lookalikes: ['ホロニックな組織論について講演した。'],
    examples: [['セトレを運営するホロニックは予約客へのフィッシングを公表した。', 'ホロニック']],
  },
  {
    entity: 'org-starto',
    lookalikes: ['STARTOというアプリを入れた。'],
    examples: [['SixTONESが所属するSTARTOは、なりすましサイトに法的手続きを取った。', 'STARTO']],
  },
  {
    entity: 'org-renaissance',
    lookalikes: ['ルネサンス期のイタリア美術を学んだ。'],
    examples: [['スポーツクラブのルネサンスは会員の情報を委託先に渡していた。', 'ルネサンス']],
  },
  {
    entity: 'org-koshidaka',
    lookalikes: ['店先にまねきねこの置物を飾った。'],
    examples: [['カラオケまねきねこの店舗で迷惑行為の動画が撮られた。', 'カラオケまねきねこ']],
  },
  {
    entity: 'prod-happy-hotel',
    lookalikes: ['ハッピーホテルという名前の旅館に泊まった。'],
    examples: [['アルメックスのアプリ「ハッピーホテル」から個人情報が漏えいした。', 'ハッピーホテル']],
  },
];

describeSenses('kb-consumer2 senses: look-alikes unmarked, real uses marked', CASES);
