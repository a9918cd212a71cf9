/**
 * The business federations, chambers and industry bodies (data/entities/kb-econ.yaml) whose
 * short names are also other bodies' names, abbreviations of other things or ordinary words:
 * each look-alike sentence must not mark the entity, and each real use must. Runs on the real
 * dataset, so a later edit that loosens a rule (or drops a blocker from lib/kb/blockers.ts)
 * fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'org-doyukai',
    lookalikes: [
      '北海道経済同友会の代表幹事が会見した。',
      '関西同友会の代表幹事が交代する。',
      '中小企業家同友会の会員企業が経団連の提言について議論した。',
      '同友会の仲間とゴルフに行った。',
    ],
    examples: [
      ['経済同友会は新浪剛史代表幹事の辞任を発表した。', '経済同友会'],
      ['同友会の岩井睦雄代表幹事代行が会見した。', '同友会'],
    ],
  },
  {
    entity: 'org-jcci',
    lookalikes: ['日商簿記2級に合格した。', '日商岩井は双日の前身の一つだ。'],
    examples: [['日商の小林健会頭は会見で述べた。', '日商']],
  },
  {
    entity: 'org-tokyo-cci',
    lookalikes: ['東商取で金の先物が取引された。'],
    examples: [['東商の常務理事が個人情報の流出を謝罪した。', '東商']],
  },
  {
    entity: 'org-osaka-cci',
    lookalikes: ['大商大の学生が会頭の講演を聞いた。'],
    examples: [['大商の会頭が中小企業のサイバー対策を訴えた。', '大商']],
  },
  {
    entity: 'org-jama',
    lookalikes: ['米医学誌JAMAに論文が掲載された。'],
    examples: [['JAMAは自動車メーカー14社でつくる。', 'JAMA']],
  },
  {
    entity: 'org-jfa',
    lookalikes: ['JFAの会長が日本代表の監督について話した。'],
    examples: [['JFAはコンビニ各社と加盟店の支援策をまとめた。', 'JFA']],
  },
  {
    entity: 'org-anta',
    lookalikes: ['中国のスポーツ用品大手ANTAが新店舗を開いた。'],
    examples: [['ANTAとJATAは旅行会社向けの説明会を開いた。', 'ANTA']],
  },
  {
    entity: 'org-jane',
    lookalikes: ['JANEという名前の歌手がデビューした。'],
    examples: [['新経連（JANE）の三木谷浩史代表理事がコメントした。', '新経連']],
  },
  {
    entity: 'org-sia',
    lookalikes: ['株価がセーフラインを割り込んだ。'],
    examples: [['セーフラインに違法情報の通報があった。', 'セーフライン']],
  },
  {
    entity: 'org-tca',
    lookalikes: ['TCAサイクルで代謝を学ぶ。'],
    examples: [['TCAなど携帯電話の業界団体が声明を出した。', 'TCA']],
  },
  {
    entity: 'org-fisc',
    lookalikes: ['FISCOの株価が上がった。'],
    examples: [['FISCの安全対策基準に金融機関が準拠した。', 'FISC']],
  },
];

describeSenses('business federations, chambers and industry bodies: short names in context', CASES);
