/**
 * Names from data/entities/kb-inc7.yaml that are also ordinary words or the start of another
 * thing's name: SafePay is also a generic payment phrase, so it needs a ransomware word beside
 * it; a town's name marks its government only where it acts, and Zentoku's short name only
 * beside the postmasters it stands for; Purpose (a gas-appliance maker) is also the management
 * word パーパス, and Trigona also a bee; Mynavi's job site and its news site begin with the
 * company's name but are not the company. Runs on the real dataset, so a later edit that
 * loosens a rule fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'atk-safepay',
    lookalikes: ['SafePayという名前の決済サービスが始まった。', '通販サイトはSafePayで支払える。', 'SafePayは決済グループ各社が使う。'],
    examples: [['美濃工業への攻撃はランサムウェア集団SafePayによるものと報じられた。', 'SafePay']],
  },
  {
    entity: 'org-mynavi',
    lookalikes: ['マイナビ転職への不正ログインが続いた。', 'マイナビニュースが報じた。'],
    examples: [['マイナビは2月12日、不正ログインがあったと発表した。', 'マイナビ']],
  },
  {
    entity: 'prod-mynavi-tenshoku',
    lookalikes: ['マイナビは新卒向けの説明会を開いた。'],
    examples: [['マイナビ転職の利用者は約640万人だった。', 'マイナビ転職']],
  },
  {
    entity: 'gov-shibushi-city',
    lookalikes: ['志布志市在住の男性が逮捕された。', '志布志市のうなぎ店が人気だ。'],
    examples: [['志布志市は22日、寄付者のカード情報が漏えいしたおそれがあると発表した。', '志布志市']],
  },
  {
    entity: 'org-zentoku',
    lookalikes: ['全特の大会で優勝した。'],
    examples: [['全特は郵便局長でつくる任意団体だ。', '全特']],
  },
  {
    entity: 'org-purpose',
    lookalikes: ['パーパス経営を掲げる企業が増えている。', '会社のパーパスを社員と共有した。'],
    examples: [['富士市のガス機器メーカー、パーパスがランサムウエア攻撃を受けた。', 'パーパス']],
  },
  {
    entity: 'atk-trigona',
    lookalikes: ['トリゴナはハリナシバチの仲間だ。'],
    examples: [['攻撃をしたのはトリゴナと名乗るハッカー集団とみられる。', 'トリゴナ']],
  },
];

describeSenses('kb-inc7 actors: names in context', CASES);
