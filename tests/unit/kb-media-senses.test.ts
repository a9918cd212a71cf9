/**
 * The news organisations, media bodies and research firms (data/entities/kb-media.yaml)
 * whose names are also an abbreviation of something else (BPO, CCTV), a person, a vaccine,
 * a telecom phrase, or the start of another company's name: each look-alike sentence must
 * not mark the entity, and each real use must. Runs on the real dataset, so a later edit
 * that loosens a rule (or drops a blocker from lib/kb/blockers.ts) fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'org-bpo',
    lookalikes: ['コールセンター業務を受託するBPO事業者で顧客情報が持ち出された。', 'BPO大手の委託先で個人情報が漏えいした。'],
    examples: [
      ['BPOは番組に放送倫理違反があったとする意見を公表した。', 'BPO'],
      ['放送倫理・番組向上機構の放送人権委員会はプライバシー侵害を認めた。', '放送倫理・番組向上機構'],
    ],
  },
  {
    entity: 'org-cctv',
    lookalikes: ['店舗に設置したCCTVの映像が外部に公開されていた。', 'CCTVカメラの録画が消去された。'],
    examples: [
      ['中国国営中央テレビ（CCTV）が3月15日の番組でアプリを告発した。', 'CCTV'],
      ['中国中央テレビが個人情報の違法収集を報じた。', '中国中央テレビ'],
    ],
  },
  {
    entity: 'org-bloomberg',
    lookalikes: ['マイケル・ブルームバーグ元ニューヨーク市長が大統領選に出馬した。'],
    examples: [
      ['米ブルームバーグ通信が関係者の話として報じた。', 'ブルームバーグ通信'],
      ['ブルームバーグによると、攻撃はシェアポイントを通じて行われた。', 'ブルームバーグ'],
    ],
  },
  {
    entity: 'org-ria-novosti',
    lookalikes: ['ロシア通信大手の顧客データが流出した。'],
    examples: [['ロシア通信によると、同省のサイトはハッキングされた。', 'ロシア通信']],
  },
  {
    entity: 'org-sputnik',
    lookalikes: ['スプートニクVワクチンの接種が始まった。'],
    examples: [['スプートニクは英閣僚のデータが売られていたと伝えた。', 'スプートニク']],
  },
  {
    entity: 'org-tv-tokyo',
    lookalikes: ['テレビ東京ホールディングスは決算を発表した。', 'BSテレビ東京の番組で紹介された。'],
    examples: [['テレビ東京が視聴データの取り扱いを説明した。', 'テレビ東京']],
  },
  {
    entity: 'org-reuters',
    lookalikes: ['トムソン・ロイターは法務データ事業を拡大する。'],
    examples: [['ロイター通信によると、同社は調査を始めた。', 'ロイター通信']],
  },
  {
    entity: 'org-fujitsu-ri',
    lookalikes: ['富士通は決算を発表した。'],
    examples: [['富士通総研の研究員は改正法への対応の遅れを指摘した。', '富士通総研']],
  },
  {
    entity: 'org-fujitsu',
    lookalikes: ['富士通総研の研究員は改正法への対応の遅れを指摘した。'],
    examples: [['富士通は不正アクセスを発表した。', '富士通']],
  },
  {
    entity: 'org-ntt-data',
    lookalikes: ['NTTデータ経営研究所の調査で消費者の7割が不快と答えた。'],
    examples: [['NTTデータは障害の原因を発表した。', 'NTTデータ']],
  },
  {
    entity: 'org-hakuhodo',
    lookalikes: ['博報堂生活総合研究所が意識調査を発表した。'],
    examples: [['博報堂は広告配信の委託先で情報が漏えいしたと発表した。', '博報堂']],
  },
  {
    entity: 'org-jmpa',
    lookalikes: ['米国雑誌協会が新しい指針を公表した。'],
    examples: [['日本雑誌協会は報道を法の対象外とするよう求めた。', '日本雑誌協会']],
  },
  {
    entity: 'org-jima',
    lookalikes: ['JIMAの規格に適合した製品を選んだ。'],
    examples: [['インターネットメディア協会（JIMA）が設立された。', 'インターネットメディア協会']],
  },
  {
    entity: 'org-cna-taiwan',
    lookalikes: ['中央社会保険医療協議会が答申した。'],
    examples: [['台湾の中央社によると、攻撃は1日263万回に達した。', '中央社']],
  },
  {
    entity: 'org-nikkei',
    lookalikes: [
      '日経平均株価は3日続落した。',
      '日経225先物が上昇した。',
      '日経サイエンスの最新号が出た。',
      '日経連の会長が発言した。',
      '日経ビジネスの取材に応じた。',
      '日経リサーチの調査で半数が反対した。',
    ],
    examples: [
      ['日経の取材に対し、同社は事実関係を認めた。', '日経'],
      ['日経電子版が報じた。', '日経電子版'],
    ],
  },
  {
    entity: 'org-nikkei-bp',
    lookalikes: ['日経平均株価は3日続落した。'],
    examples: [['日経ビジネスの取材に応じた。', '日経ビジネス']],
  },
  {
    entity: 'org-csis',
    lookalikes: ['カナダ安全情報局（CSIS）は中国の関与を指摘した。'],
    examples: [['米戦略国際問題研究所（CSIS）の報告書によると、損失は1兆ドルを超えた。', 'CSIS']],
  },
];

describeSenses('kb-media senses', CASES);
