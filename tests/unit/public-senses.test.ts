/**
 * The public-service entities (data/entities/public-services.yaml) whose short names sit
 * inside other names: 東大 in 東大阪 and 東大寺, 秋田大 in 秋田大館, 大阪大 in 東大阪大学,
 * 日医 in 日医工; a city named only as a place; 標準化法 of other fields; ソフトウェア・サービス as a plain phrase. Each look-alike sentence must not mark the entity, and each real use must.
 * Runs on the real dataset, so a later edit that loosens a rule fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'org-utokyo',
    lookalikes: ['東大阪市の町工場が新しい部品を開発した。', '修学旅行で奈良の東大寺を訪れた。', '東大和市の市議会が予算案を可決した。'],
    examples: [['東大は教員のパソコンがマルウエアに感染したと発表した。', '東大']],
  },
  {
    entity: 'org-akita-univ',
    lookalikes: ['秋田大館能代空港の利用者が増えた。'],
    examples: [['秋田大は教員の公用メールに不正アクセスがあったと発表した。', '秋田大']],
  },
  {
    entity: 'org-osaka-univ',
    lookalikes: ['東大阪大学の学生がボランティアに参加した。'],
    examples: [['大阪大は宿泊施設の予約システムに不正アクセスがあったと明らかにした。', '大阪大']],
  },
  {
    entity: 'org-miyazaki-univ',
    lookalikes: ['ハンドボールの宮崎大輔選手が引退を表明した。'],
    examples: [['宮崎大はメールアカウントが乗っ取られたと公表した。', '宮崎大']],
  },
  {
    entity: 'org-hokudai',
    lookalikes: ['中国の北大（北京大学）の研究チームが論文を発表した。'],
    examples: [['北大は工学部のサーバーに不正アクセスがあったと発表した。', '北大']],
  },
  {
    entity: 'org-jma',
    lookalikes: ['日医工は後発医薬品の品質問題で業務停止命令を受けた。'],
    examples: [['日医は警察庁と覚書を結んだ。', '日医']],
  },
  {
    entity: 'gov-mitaka-city',
    lookalikes: ['三鷹市在住の会社員の男が詐欺の疑いで逮捕された。', '週末に三鷹市の美術館を訪れた。'],
    examples: [['三鷹市は29日、DV被害者の住所を誤って加害者に漏らしたと発表した。', '三鷹市']],
  },
  {
    entity: 'law-std-act',
    lookalikes: ['工業標準化法は2019年にJIS法へ改められた。', '標準化法の改正で規格の範囲が広がった。'],
    examples: [['標準化法に基づき、自治体は基幹業務システムを標準準拠システムへ移す。', '標準化法']],
  },
  {
    entity: 'gov-osaka-city',
    lookalikes: ['大阪市在住の会社員の男が逮捕された。', '大阪市北区に本社を置く会社が新製品を発表した。'],
    examples: [['大阪市は延滞金の納付書を誤って送ったと発表した。', '大阪市']],
  },
  {
    entity: 'org-ssi',
    lookalikes: ['クラウドのソフトウェア・サービスを導入する企業が増えた。'],
    examples: [['電子カルテ大手のソフトウェア・サービスが病院向けの新製品を出した。', 'ソフトウェア・サービス']],
  },
  {
    entity: 'gov-tokyo-boe',
    lookalikes: [],
    examples: [['都教委は都立高校で個人情報が閲覧できる状態だったと発表した。', '都教委']],
  },
];

describeSenses('public-service entities whose short names sit inside other names', CASES);
