/**
 * Names from data/entities/kb-actors-1.yaml that are also ordinary words: フォーク, the
 * subcontractor in the Calpis campaign-data leak, is also a fork, so it counts only beside the
 * story's own words (カルピス, 博報堂, 再委託), and Hampstead, the Edion group company, is also a
 * London district, so it counts only beside エディオン. Runs on the real dataset, so a later edit that
 * loosens a rule fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'org-fork-calpis',
    lookalikes: ['ナイフとフォークを並べた。', 'フォークソングの歌手が来日した。', 'フォークリフトの事故で作業員がけがをした。', 'フォークで麺を食べた。'],
    examples: [['カルピスによると、博報堂の再委託先のフォークの担当者がデータを複製していた。', 'フォーク']],
  },
  {
    entity: 'org-hampstead',
    lookalikes: ['ロンドン北部のHampsteadは高級住宅地として知られる。', 'Hampstead Heathを散歩した。'],
    examples: [['エディオンによると、Hampsteadが運営するサーバーに不正アクセスがあった。', 'Hampstead']],
  },
];

describeSenses('kb-actors-1 actors: names in context', CASES);
