/**
 * The corporate-group entities (data/entities/kb-groups.yaml) whose names are also ordinary words,
 * a novel's title, the start of another company's or a facility's name: each look-alike sentence must
 * not mark the entity, and each real use must. Runs on the real dataset, so a later edit that loosens a
 * rule (or drops a blocker from lib/kb/blockers.ts) fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'org-subaru',
    lookalikes: ['冬の夜空にスバルがよく見えた。', 'スバルは六つの星が集まった星団だ。'],
    examples: [
      ['スバルは新型車の販売を始めた。', 'スバル'],
      ['SUBARUは社名を変えた。', 'SUBARU'],
    ],
  },
  {
    entity: 'org-don-quijote',
    lookalikes: ['セルバンテスの小説「ドン・キホーテ」を読んだ。', '風車に挑むドン・キホーテのような人だ。'],
    examples: [['ドン・キホーテの店舗で買い物をした客の情報が流出した。', 'ドン・キホーテ']],
  },
  {
    entity: 'org-tokyu',
    lookalikes: ['東急不動産は新しいマンションを発表した。', '東急田園都市線が遅れた。', '東急リバブルの店舗で契約した。'],
    examples: [['東急は不正アクセスで子会社のデータが持ち出されたと発表した。', '東急']],
  },
  {
    entity: 'org-tepco-hd',
    lookalikes: ['東京電力福島第1原発の処理水が海に放出された。'],
    examples: [['東京電力は火力発電事業の統合で中部電力と合意した。', '東京電力']],
  },
  {
    entity: 'org-tokyo-metro',
    lookalikes: ['東京地下鉄サリン事件から30年がたった。'],
    examples: [['東京メトロは東証に上場した。', '東京メトロ']],
  },
  {
    entity: 'org-ajinomoto',
    lookalikes: ['味の素ナショナルトレーニングセンターで代表選手が練習した。'],
    examples: [['味の素はカルピスの全株式を譲渡すると発表した。', '味の素']],
  },
  {
    entity: 'org-meiji',
    lookalikes: ['明治時代の建物が残っている。'],
    examples: [['明治乳業の牛乳を買った。', '明治乳業']],
  },
  {
    entity: 'org-h2o-retailing',
    lookalikes: ['H2Oは水の化学式だ。'],
    examples: [['H2Oリテイリングは百貨店の合併を発表した。', 'H2Oリテイリング']],
  },
  {
    entity: 'org-trial-hd',
    lookalikes: ['新薬のトライアルが始まった。'],
    examples: [['トライアルホールディングスは西友を買収した。', 'トライアルホールディングス']],
  },
  {
    entity: 'org-nipponham',
    lookalikes: ['日本ハムは3連勝で首位に立った。', '日本ハムの先発投手が好投した。', '日本ハム戦は雨で中止になった。'],
    examples: [['日本ハムは新社長の人事を発表した。', '日本ハム']],
  },
];

describeSenses('kb-groups senses', CASES);
