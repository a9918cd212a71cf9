/**
 * Names from data/entities/kb-actors-3.yaml that are also ordinary words, places or the start of
 * another thing's name: ななつ星 is also a figure of speech for seven stars, Elliptic the English
 * word of elliptic-curve cryptography, 久仁会 a name other bodies share; Maebashi's and Nakatsu's
 * names mark their governments only where the government acts; Play (a ransomware gang) and
 * QUICK (a Nikkei group firm) are English words, and 外事3課 a division name other police forces
 * use too. Runs on the real dataset, so a later edit that loosens a rule fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'prod-nanatsuboshi',
    lookalikes: ['夜空にななつ星が輝いていた。', 'ホテルの格付けはななつ星だった。'],
    examples: [['JR九州の寝台列車ななつ星の通販サイトが不正アクセスを受けた。', 'ななつ星']],
  },
  {
    entity: 'org-elliptic',
    lookalikes: ['Elliptic Curve Cryptographyの鍵長を見直した。', '署名にはElliptic曲線を使う。'],
    examples: [['ブロックチェーン分析会社のEllipticは、約9700万ドルの暗号資産が流出したとみている。', 'Elliptic']],
  },
  {
    entity: 'org-kyujinkai',
    lookalikes: ['久仁会の総会が東京で開かれた。'],
    examples: [['徳島県鳴門市の久仁会が運営する病院がサイバー攻撃を受けた。', '久仁会']],
  },
  {
    entity: 'gov-maebashi-city',
    lookalikes: ['前橋市在住の会社員の男が逮捕された。', '前橋市に本社を置く企業が新製品を発表した。'],
    examples: [['前橋市は4日、児童生徒の個人情報が流出した可能性があると発表した。', '前橋市']],
  },
  {
    entity: 'gov-nakatsu-city',
    lookalikes: ['中津市在住の男性が容疑者として逮捕された。'],
    examples: [['中津市は20日、市民病院のサーバーがランサムウエアに感染したと発表した。', '中津市']],
  },
  {
    entity: 'atk-play',
    lookalikes: ['Playボタンを押すと動画の再生が始まる。', '新作ゲームのPlay映像が公開された。'],
    examples: [['ランサムウェア集団Playがリークサイトで犯行声明を出した。', 'Play']],
  },
  {
    entity: 'org-quick',
    lookalikes: ['QUICKな対応が求められる。', 'QUICK返信の機能を使った。'],
    examples: [['日経グループのQUICKも同日、社員のPCがマルウェアに感染したと公表した。', 'QUICK']],
  },
  {
    entity: 'gov-mpd-gaiji3',
    lookalikes: ['大阪府警の外事3課が北朝鮮の工作員の動きを調べた。'],
    examples: [['流出したのは警視庁公安部の外事3課が作成した文書とみられる。', '外事3課']],
  },
];

describeSenses('kb-actors-3 actors: names in context', CASES);
