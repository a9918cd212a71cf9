/**
 * The industry entities (data/entities/industry.yaml) whose names are also ordinary words,
 * place names or parts of other companies' names: each look-alike sentence must not mark the
 * entity, and each real use must. Runs on the real dataset, so a later edit that loosens a
 * rule (or drops a blocker from lib/kb/blockers.ts) fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'org-nissan',
    lookalikes: ['新工場の日産は1000台に達した。', '原油の日産量は前年より減った。'],
    examples: [
      ['日産の北米子会社はソースコードの流出を認めた。', '日産'],
      ['日産自動車は新型車を発表した。', '日産自動車'],
    ],
  },
  {
    entity: 'org-chugoku-epco',
    lookalikes: ['北京の中国政府は中国電力市場の改革を進める。', '中国電力企業の海外進出が相次ぐ。'],
    examples: [['中国電力は新電力の顧客情報の不正閲覧について業務改善勧告を受けた。', '中国電力']],
  },
  {
    entity: 'org-pasco',
    lookalikes: ['敷島製パンのパスコは食パンが人気だ。'],
    examples: [['航空測量大手のパスコも不正アクセスを受けていた。', 'パスコ']],
  },
  {
    entity: 'org-seiko-group',
    lookalikes: ['セイコーマートは北海道で店を増やした。', 'セイコーさんは駅伝で区間賞を取った。'],
    examples: [['セイコーはランサムウエア攻撃で約6万件の個人情報が漏えいしたと発表した。', 'セイコー']],
  },
  {
    entity: 'org-yamaha',
    lookalikes: ['ヤマハ発動機の子会社がランサムウエアの被害を受けた。', 'ヤマハスタジアムでサッカーの試合があった。'],
    examples: [['ヤマハの米国子会社がランサムウエアに感染した。', 'ヤマハ']],
  },
  {
    entity: 'org-kajima',
    lookalikes: ['鹿島アントラーズはサイバー攻撃への注意を呼びかけた。', '鹿島神宮の初詣は混雑した。'],
    examples: [['鹿島の海外グループ会社が不正アクセスを受けた。', '鹿島']],
  },
  {
    entity: 'org-sony-group',
    lookalikes: ['ソニー生命の個人情報が流出した。', 'ソニー銀行の口座に不正アクセスがあった。'],
    examples: [['ソニーの子会社で従業員の個人情報が流出した。', 'ソニー']],
  },
  {
    entity: 'org-nhk',
    lookalikes: ['NHKによると、台風が接近している。', 'NHKの番組で特集が放送された。'],
    examples: [['NHKは受信料の帳票3031枚を紛失したと発表した。', 'NHK']],
  },
  {
    entity: 'org-his',
    lookalikes: ['HISという略語は医療の分野でも使われる。'],
    examples: [['旅行大手のHISはツアーの顧客情報が流出したと発表した。', 'HIS']],
  },
  {
    entity: 'org-toshiba',
    lookalikes: ['東芝メモリは社名をキオクシアに変えた。'],
    examples: [['東芝はSKハイニックスと和解した。', '東芝']],
  },
];

describeSenses('industry entities whose names are also ordinary words, places or other companies', CASES);
