/**
 * The media, education and health entities (data/entities/kb-health.yaml) whose short names
 * are also places, stations, sister companies or ordinary abbreviations: each look-alike
 * sentence must not mark the entity, and each real use must. Runs on the real dataset, so a
 * later edit that loosens a rule (or drops a blocker from lib/kb/blockers.ts) fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'org-gakken-hd',
    lookalikes: ['けいはんな学研都市に新しい研究所ができた。', '学研奈良登美ヶ丘駅で降りた。', '学研健康保険組合が公表した。'],
    examples: [['学研は教材サイトへの不正アクセスを発表した。', '学研']],
  },
  {
    entity: 'org-shogakukan',
    lookalikes: ['小学館集英社プロダクションが新しい教室を開いた。'],
    examples: [['小学館は取締役のスマートフォンから情報が漏えいした恐れがあると発表した。', '小学館']],
  },
  {
    entity: 'org-sankei',
    lookalikes: ['産経新聞出版から新刊が出た。'],
    examples: [['産経新聞社は世論調査の記事を取り消した。', '産経新聞社']],
  },
  {
    entity: 'org-meiji-univ',
    lookalikes: ['明大前駅で京王線に乗り換えた。', '明大前の商店街を歩いた。'],
    examples: [['明大の教職員のメールアカウントが乗っ取られた。', '明大']],
  },
  {
    entity: 'org-u-toyama',
    lookalikes: ['富山大橋を渡った。'],
    examples: [['富山大の研究センターが標的型攻撃を受けた。', '富山大']],
  },
  {
    entity: 'org-kansai-univ',
    lookalikes: ['関大前の交差点で事故があった。'],
    examples: [['関大は全学生の個人情報が入ったUSBメモリーを誤って廃棄した。', '関大']],
  },
  {
    entity: 'org-ritsumei',
    lookalikes: ['立命館アジア太平洋大学に入学した。'],
    examples: [['立命館大学はフィッシングの被害を受けた。', '立命館大学']],
  },
  {
    entity: 'org-tus',
    lookalikes: ['山陽小野田市立山口東京理科大学に入学した。', '公立諏訪東京理科大の学生が発表した。'],
    examples: [['東京理科大の教員がハードディスクを盗まれた。', '東京理科大']],
  },
  {
    entity: 'org-chuo-univ',
    lookalikes: ['香港中大の研究者が発表した。', '中大兄皇子が即位した。'],
    examples: [['中大の教員2人のメールアカウントが不正アクセスを受けた。', '中大']],
  },
  {
    entity: 'org-tbs',
    lookalikes: ['TBSホールディングスの決算が発表された。', 'TBSラジオの番組を聴いた。', 'BS-TBSの番組を見た。'],
    examples: [['TBSは番組の応募者の個人情報を誤送信したと発表した。', 'TBS']],
  },
  {
    entity: 'org-abc-tv',
    lookalikes: ['朝日放送ラジオの番組に出演した。', '朝日放送グループホールディングスの株主総会が開かれた。'],
    examples: [['朝日放送テレビは記者が取材資料を紛失したと発表した。', '朝日放送テレビ']],
  },
  {
    entity: 'org-tv-asahi',
    lookalikes: ['テレビ朝日ホールディングスの株主総会が開かれた。'],
    examples: [['テレビ朝日はエキストラ応募者のアドレスが流出したと公表した。', 'テレビ朝日']],
  },
  {
    entity: 'org-pressnet',
    lookalikes: ['世界新聞協会の総会がパリで開かれた。', '韓国新聞協会が声明を出した。'],
    examples: [['新聞協会は報道機関が個人情報保護法の適用除外であることの周知を求めた。', '新聞協会']],
  },
  {
    entity: 'org-mbs',
    lookalikes: ['MBSの設定を変更した。'],
    examples: [['毎日放送（MBS）はドラマのエキストラ応募者の情報が漏えいしたと発表した。', '毎日放送']],
  },
  {
    entity: 'org-jha',
    lookalikes: ['日病という言葉を初めて聞いた。'],
    examples: [['日病の会長は病院のサイバー対策への補助を求めた。', '日病']],
  },
  {
    entity: 'org-nii',
    lookalikes: ['NIIの設定を確認した。'],
    examples: [['NIIが運営するSINETの接続拠点で攻撃を検知する。', 'NII']],
  },
  {
    entity: 'org-tac',
    lookalikes: ['TACの設定を見直した。'],
    examples: [['資格の予備校TACは受験生の情報が閲覧できる状態だったと発表した。', 'TAC']],
  },
];

describeSenses('kb-health senses: look-alikes unmarked, real uses marked', CASES);
