/**
 * Names from data/entities/kb-actors-5.yaml that are also other things: SVR is Russia's
 * foreign intelligence service only beside Russia or the SolarWinds case; the regional
 * exchanges' short names (名証, 札証, 福証) only beside trading words; SYSCO is also a US
 * food distributor, so it stands for Yodogawa Steel's Taiwanese subsidiary only beside
 * Yodogawa, 盛餘 or Taiwan; カイカ is the Fisco-group IT firm only beside
 * Fisco, Tech Bureau, Zaif or crypto words; 光通信 (optical communication) is the sales-agency
 * company only beside agency, phone-sales or listing words; four common full names (田中進,
 * 荒木豊, 佐々木裕, 本間洋) stand for the people in these cases only beside their bank or case; Uda city marks its government only where it acts. Runs on the
 * real dataset, so a later edit that loosens a rule fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'gov-russia-svr',
    lookalikes: ['新型のSVRモデルで精度が上がった。', 'SVRという略称の団体が設立された。'],
    examples: [['米英はロシアのSVRが攻撃を実行したと非難した。', 'SVR']],
  },
  {
    entity: 'org-nse',
    lookalikes: ['名証は誰のものでもない。'],
    examples: [['名証の上場銘柄も売買が止まった。', '名証']],
  },
  {
    entity: 'org-sse',
    lookalikes: ['札証の意味を辞書で調べた。'],
    examples: [['札証でも株の売買ができなかった。', '札証']],
  },
  {
    entity: 'org-fse',
    lookalikes: ['福証という名前の店が開店した。'],
    examples: [['福証でも全銘柄の売買が止まった。', '福証']],
  },
  {
    entity: 'org-sysco-taiwan',
    lookalikes: ['米食品卸大手SYSCOが決算を発表した。', 'SYSCOのトラックが配送している。'],
    examples: [['淀川製鋼所は台湾子会社SYSCOがランサムウエア被害を受けたと発表した。', 'SYSCO']],
  },
  {
    entity: 'org-caica',
    lookalikes: ['桜のカイカ予想が発表された。', 'カイカという名前のカフェが開店した。'],
    examples: [['テックビューロはフィスコとカイカに支援を要請した。', 'カイカ']],
  },
  {
    entity: 'org-hikari-tsushin',
    lookalikes: ['光通信の技術で伝送速度が上がった。', '海底ケーブルによる光通信網の整備が進む。'],
    examples: [['不正をした代理店の一次代理店は光通信系の会社だった。', '光通信']],
  },
  {
    entity: 'per-tanaka-susumu-yucho',
    lookalikes: ['陶芸家の田中進さんが個展を開いた。'],
    examples: [['ゆうちょ銀行の田中進副社長が会見で謝罪した。', '田中進']],
  },
  {
    entity: 'per-araki-yutaka',
    lookalikes: ['荒木豊さんが町内会長に選ばれた。'],
    examples: [['警視庁公安部はソフトバンク元社員の荒木豊容疑者を逮捕した。', '荒木豊']],
  },
  {
    entity: 'per-sasaki-yutaka-nttdata',
    lookalikes: ['町議の佐々木裕さんが再選された。'],
    examples: [['NTTデータの佐々木裕社長が全銀システムの障害を謝罪した。', '佐々木裕']],
  },
  {
    entity: 'per-honma-yo',
    lookalikes: ['本間洋さんの写真展が開かれた。'],
    examples: [['NTTデータグループの本間洋社長が会見で陳謝した。', '本間洋']],
  },
  {
    entity: 'gov-uda-city',
    lookalikes: ['宇陀市在住の男性が逮捕された。', '宇陀市の山あいで桜が見ごろを迎えた。'],
    examples: [['宇陀市は病院の電子カルテが感染したと発表した。', '宇陀市']],
  },
];

describeSenses('kb-actors-5: names in context', CASES);
