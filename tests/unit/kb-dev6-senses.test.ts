/**
 * The entries of data/entities/kb-dev6.yaml whose short forms are also an ordinary word, a generic
 * name or another place's body: each look-alike sentence must not mark the entity, and each real
 * use must. Runs on the real dataset, so a later edit that loosens one of these rules fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'prod-goo',
    lookalikes: ['マイナポータルで goo という文字列を入力しても何も起きない。', '英語の goo は、べたべたしたものを指す。'],
    examples: [['NTTドコモは、ポータルサイト「goo」がつながりにくくなったと発表した。', 'goo']],
  },
  {
    entity: 'inc-heartbleed-2014',
    lookalikes: ['心臓出血で倒れた患者が救急搬送された。'],
    examples: [['OpenSSLの「心臓出血」と呼ばれる欠陥が突かれた。', '心臓出血']],
  },
  {
    entity: 'org-kappa-create',
    lookalikes: ['カッパ社の新しい雨具が発売された。'],
    examples: [['警視庁は、はま寿司のデータを使ったとしてカッパ社を書類送検した。', 'カッパ社']],
  },
  {
    entity: 'law-sns-robbery-emergency-plan-2023',
    lookalikes: ['県は大雨に備える緊急対策プランを公表した。'],
    examples: [['政府は闇バイト強盗や特殊詐欺への緊急対策プランを決めた。', '緊急対策プラン']],
  },
  {
    entity: 'gov-moriyama-police',
    lookalikes: ['名古屋市守山区で空き巣があり、守山署は近くに住む男を窃盗の疑いで逮捕した。'],
    examples: [['滋賀県守山市の病院の医師は、守山署に遺失届を出した。', '守山署']],
  },
  {
    entity: 'gov-shiga-hospital-agency',
    lookalikes: ['県病院事業庁は、県立病院の経営改善策をまとめた。'],
    examples: [['滋賀県立総合病院を所管する県病院事業庁は、医師の処分を検討している。', '県病院事業庁']],
  },
  {
    entity: 'org-urayasu-hokubu-es',
    lookalikes: ['米沢市の北部小で運動会が開かれた。'],
    examples: [['男は浦安市の北部小に着任したが、2か月で退職した。', '北部小']],
  },
  {
    entity: 'prod-urayasu-school-support-system',
    lookalikes: ['市は学校教育支援システムの入れ替えを検討している。'],
    examples: [['浦安市教委によると、元講師は学校教育支援システムに22回アクセスした。', '学校教育支援システム']],
  },
  {
    entity: 'per-yamaguchi-shunichi',
    lookalikes: ['会社員の山口俊一さんが祭りの実行委員を務めている。'],
    examples: [['国会審議では山口俊一国務大臣が匿名加工情報の例を挙げた。', '山口俊一']],
  },
  {
    entity: 'per-kawakami-kenzo',
    lookalikes: ['川上賢三さんは町内の将棋大会で優勝した。'],
    examples: [['病院の川上賢三副院長は記者会見で陳謝した。', '川上賢三']],
  },
];

describeSenses('kb-dev6 senses', CASES);
