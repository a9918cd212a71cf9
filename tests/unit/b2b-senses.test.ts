/**
 * The B2B entities (data/entities/kb-b2b.yaml) whose short names are also ordinary words,
 * surnames or parts of other names (a stadium, a think tank, a sister company): each
 * look-alike sentence must not mark the entity, and each real use must. Runs on the real
 * dataset, so a later edit that loosens a rule or drops a blocker fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'org-sharp',
    lookalikes: ['彼の指摘はいつもシャープで、議論が引き締まった。', '楽譜のシャープを一つ書き足した。'],
    examples: [['家電大手のシャープは公式通販サイトが不正アクセスを受けたと発表した。', 'シャープ']],
  },
  {
    entity: 'org-lac',
    lookalikes: ['サーバーをラックに収めて配線を整理した。', 'ラックにワインを並べた。'],
    examples: [['セキュリティー会社ラックの担当者が攻撃の手口を分析した。', 'ラック']],
  },
  {
    entity: 'org-ctc',
    lookalikes: ['中部テレコミュニケーション（CTC）は光回線の新料金を発表した。'],
    examples: [['伊藤忠商事グループのCTCは委託先の被害を公表した。', 'CTC']],
  },
  {
    entity: 'org-suzuki',
    lookalikes: ['釣ったスズキを刺し身にした。'],
    examples: [['スズキはインドネシア子会社が不正アクセスを受けたと発表した。', 'スズキ']],
  },
  {
    entity: 'org-yorozu',
    lookalikes: ['何でも扱うヨロズ屋のような店だ。', 'ヨロズの神々に祈った。'],
    examples: [['自動車部品のヨロズはランサムウエア攻撃を受けたと発表した。', 'ヨロズ']],
  },
  {
    entity: 'org-kanematsu',
    lookalikes: ['兼松さんは鉄鋼の話をした。'],
    examples: [['双日の元社員が兼松の営業秘密を持ち出した疑いで逮捕された。', '兼松']],
  },
  {
    entity: 'org-riken-corp',
    lookalikes: ['理研のリケンわかめスープを飲んだ。'],
    examples: [['ピストンリング大手のリケンはランサムウエアの被害を受けた。', 'リケン']],
  },
  {
    entity: 'org-canon',
    lookalikes: ['キャノン砲が火を噴いた。', 'キヤノン財団の研究助成に採択された。'],
    examples: [['キヤノンの米国子会社がランサムウェアの攻撃を受けた。', 'キヤノン']],
  },
  {
    entity: 'org-yodogawa-steel',
    lookalikes: ['ヨドコウ桜スタジアムでサッカーの試合があった。'],
    examples: [['ヨドコウの台湾子会社がランサムウェアの被害を受けた。', 'ヨドコウ']],
  },
  {
    entity: 'org-mitsui-bussan',
    lookalikes: ['三井物産戦略研究所の研究員が景気を分析した。'],
    examples: [['三井物産は子会社にセキュリティ事業を移した。', '三井物産']],
  },
  {
    entity: 'org-itochu',
    lookalikes: ['伊藤忠総研のチーフエコノミストが物価について述べた。', '伊藤忠丸紅鉄鋼の社員が講演した。'],
    examples: [['伊藤忠はグループのセキュリティ子会社を設けた。', '伊藤忠']],
  },
  {
    entity: 'org-nri',
    lookalikes: ['NRIネットコムの担当者が説明した。'],
    examples: [['NRIの研究員が非公開の議論を伝えた。', 'NRI']],
  },
  {
    entity: 'org-panasonic',
    lookalikes: ['パナソニック汐留美術館で展覧会が開かれた。'],
    examples: [['パナソニックは社内ネットワークへの不正アクセスを公表した。', 'パナソニック']],
  },
  {
    entity: 'org-nyk-mti',
    lookalikes: ['MTIが新しい指標を公表した。'],
    examples: [['日本郵船グループのMTIがランサムウェアの被害を発表した。', 'MTI']],
  },
  {
    entity: 'org-okuma',
    lookalikes: ['オークマの町並みを歩いた。'],
    examples: [['工作機械大手のオークマはドイツ子会社のランサムウェア被害を発表した。', 'オークマ']],
  },
  {
    entity: 'org-buffalo',
    lookalikes: ['バッファロー・ビルズが逆転で勝った。', 'バッファローの群れが草原を走った。'],
    examples: [['バッファローはWi-Fiルーターの脆弱性を公表した。', 'バッファロー']],
  },
  {
    entity: 'org-jtec-rokkasho',
    lookalikes: ['ジェイテックは新しい工作機械を発売した。'],
    examples: [['日本原燃は、六ケ所村のグループ会社ジェイテックへの不正アクセスを発表した。', 'ジェイテック']],
  },
  {
    entity: 'org-resonac',
    lookalikes: ['レゾナック健康保険組合が加入者に通知した。'],
    examples: [['化学メーカーのレゾナックはランサムウェアの感染を発表した。', 'レゾナック']],
  },
  {
    entity: 'org-logitec',
    lookalikes: ['ロジテックのマウスを買った。'],
    examples: [['エレコムの子会社ロジテックのルーターに脆弱性が見つかった。', 'ロジテック']],
  },
  {
    entity: 'org-daiichi-sankyo',
    lookalikes: ['第一三共ヘルスケアのキャンペーン応募者の情報が流出した。'],
    examples: [['第一三共は委託先からの情報流出を発表した。', '第一三共']],
  },
];

describeSenses('B2B senses (kb-b2b.yaml)', CASES);
