/**
 * The contractor entities (data/entities/kb-contract.yaml) whose short names are also ordinary
 * words or other things (a staffing phrase, a sweet, a base, a plant): each look-alike sentence
 * must not mark the entity, and each real use must. Runs on the real dataset, so a later edit
 * that loosens a rule fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'org-staff-service',
    lookalikes: ['ホテルのスタッフサービスが丁寧だった。'],
    examples: [['人材派遣のスタッフサービスは元従業員が登録者の個人情報を持ち出したと発表した。', 'スタッフサービス']],
  },
  {
    entity: 'prod-lolipop',
    lookalikes: ['子どもがロリポップをなめていた。'],
    examples: [['レンタルサーバーのロリポップで多数のサイトが改ざんされた。', 'ロリポップ']],
  },
  {
    entity: 'org-base-inc',
    lookalikes: ['米軍のBASEが移設された。', 'チームはBASEを一から作り直した。'],
    examples: [['ネットショップ作成サービスのBASEは管理画面を狙う偽メールに注意を呼びかけた。', 'BASE']],
  },
  {
    entity: 'org-ashitaba-kids',
    lookalikes: ['明日葉の天ぷらを食べた。', '八丈島の明日葉は春が旬だ。'],
    examples: [['学童保育を運営する明日葉は、アプリの不具合で児童の情報が見える状態だったと公表した。', '明日葉']],
  },
  {
    entity: 'org-systems-inc',
    lookalikes: ['新しいシステムズ部門が発足した。', '京都のホテルで新システムを導入した。'],
    examples: [['京都市は基幹系システムの移行を遅らせたとしてシステムズとの契約を解除した。', 'システムズ']],
  },
  {
    entity: 'org-nextlevel-gig',
    lookalikes: ['新作ゲームでネクストレベルの体験を味わった。'],
    examples: [['スキマバイトの募集サイトを運営するネクストレベルは不正アクセスを受けたと発表した。', 'ネクストレベル']],
  },
  {
    entity: 'org-dimple-staffing',
    lookalikes: ['ゴルフボールのディンプルの数を数えた。', '笑うとディンプルができる。'],
    examples: [['人材派遣のディンプルは求人サイトへの不正アクセスで個人情報が流出した可能性があると公表した。', 'ディンプル']],
  },
  {
    entity: 'org-medley',
    lookalikes: ['水泳の個人メドレーで優勝した。', '往年のヒット曲をメドレーで歌った。'],
    examples: [['クラウド型電子カルテを提供するメドレーは新機能を発表した。', 'メドレー']],
  },
  {
    entity: 'org-kddi-webcom',
    lookalikes: ['10月のCPIは前年同月比で上昇した。'],
    examples: [['レンタルサーバーのCPIを装うフィッシングメールが出回っている。', 'CPI']],
  },
  {
    entity: 'org-ags-saitama',
    lookalikes: ['AGSという略語は業界ごとに意味が違う。'],
    examples: [['埼玉県内の6市から受託したデータ入力を、AGSは無断で再委託していた。', 'AGS']],
  },
  {
    entity: 'org-nippon-travel',
    lookalikes: ['日本旅行を満喫した外国人観光客が増えた。', '日本旅行業協会は会員に総点検を求めた。'],
    examples: [['日本旅行は全国旅行支援の事務局業務で人件費を水増し請求していたと発表した。', '日本旅行']],
  },
  {
    entity: 'org-tmj',
    lookalikes: ['顎関節症は英語でTMJと略されることがある。'],
    examples: [['コールセンター大手のTMJはセコムグループに入った。', 'TMJ']],
  },
  {
    entity: 'org-tmg-delivery',
    lookalikes: ['T・M・Gというイニシャルを刺繍した。'],
    examples: [['アマゾンの荷物を運ぶT・M・Gの下請けドライバーが証言した。', 'T・M・G']],
  },
  {
    entity: 'org-mynavi',
    lookalikes: ['マイナビ仙台レディースが勝利した。', 'マイナビBLITZ赤坂でライブがあった。'],
    examples: [['マイナビは転職サイトへの不正ログインを発表した。', 'マイナビ']],
  },
  {
    entity: 'org-logisteed',
    lookalikes: ['日立物流ソフトウェアは新製品を出した。'],
    examples: [['日立物流はKKRに買収されロジスティードに社名を変えた。', '日立物流']],
  },
  {
    entity: 'org-knt',
    lookalikes: ['近畿日本ツーリスト協定旅館ホテル連盟の総会が開かれた。'],
    examples: [['近畿日本ツーリストはワクチン接種業務で過大請求していたと発表した。', '近畿日本ツーリスト']],
  },
  {
    entity: 'org-stores-inc',
    lookalikes: ['英語のSTORESという単語を辞書で調べた。'],
    examples: [['STORESはネットショップの運営者を狙ったなりすましメールに注意を呼びかけた。', 'STORES']],
  },
  {
    entity: 'org-phc',
    lookalikes: ['PHCは英語で一次医療を指す略語として使われる。'],
    examples: [['診療所向け電子カルテではPHCのシェアが最も高かった。', 'PHC']],
  },
];

describeSenses('Contractor senses (kb-contract.yaml)', CASES);
