/**
 * The national-state entities (data/entities/kb-state.yaml) whose names sit next to other
 * things: 検察当局 and 検察庁 of other countries, 検察庁法 (the act, not the service), JST as
 * Japan Standard Time, the central bank's notes (日本銀行券) and an agency's festival
 * (文化庁メディア芸術祭), and the places at the head of a regional bureau's name
 * (北海道経済産業局, 大阪国税局, 東京国税局), which must not mark the prefecture. Each look-alike sentence must not mark the entity, and
 * each real use must. Runs on the real dataset, so a later edit that loosens a rule fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'gov-kensatsu',
    lookalikes: [
      '韓国の検察当局は元大統領を在宅起訴した。',
      '米検察当局は被告を起訴した。',
      '香港の検察当局は活動家を起訴した。',
      '検察庁法改正案に抗議する投稿が相次いだ。',
    ],
    examples: [
      ['検察当局は元社長を不正アクセス禁止法違反の罪で起訴した。', '検察当局'],
      ['検察庁はサイバー犯罪の専門部署を新設した。', '検察庁'],
    ],
  },
  {
    entity: 'law-kensatsucho-ho',
    lookalikes: ['検察庁はサイバー犯罪の専門部署を新設した。'],
    examples: [['検察庁法改正案に抗議する投稿が相次いだ。', '検察庁法改正案']],
  },
  {
    entity: 'org-boj',
    lookalikes: ['日本銀行券の偽造が相次いでいる。'],
    examples: [['日銀は金融機関のサイバー対策を点検すると発表した。', '日銀']],
  },
  {
    entity: 'gov-bunkacho',
    lookalikes: ['文化庁メディア芸術祭の受賞作が決まった。'],
    examples: [['文化庁はAIと著作権に関する考え方を公表した。', '文化庁']],
  },
  {
    entity: 'org-jst',
    lookalikes: ['会見は日本時間の午後3時（JST）に始まる。'],
    examples: [['JSTは研究者向けの助成事業を公募した。', 'JST']],
  },
  {
    entity: 'gov-hokkaido-pref',
    lookalikes: ['北海道経済産業局は電話勧誘販売業者に業務停止を命じた。'],
    examples: [['北海道は職員が個人情報を誤送信したと発表した。', '北海道']],
  },
  {
    entity: 'gov-osaka-pref',
    lookalikes: ['大阪国税局は情報を漏らした徴収官を懲戒免職にした。'],
    examples: [['大阪府は委託先で個人情報が流出したと発表した。', '大阪府']],
  },
  {
    entity: 'gov-tokyo-metro',
    lookalikes: ['東京国税局は納税者情報の入ったパソコンの紛失を発表した。'],
    examples: [['東京都は職員が個人情報を紛失したと発表した。', '東京都']],
  },
];

describeSenses('national-state senses (kb-state.yaml)', CASES);
