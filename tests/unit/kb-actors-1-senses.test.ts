/**
 * Names from data/entities/kb-actors-1.yaml that are also ordinary words: フォーク, the
 * subcontractor in the Calpis campaign-data leak, is also a fork, so it counts only beside the
 * story's own words (カルピス, 博報堂, 再委託), and Hampstead, the Edion group company, is also a
 * London district, so it counts only beside エディオン; the Benesse list brokers パン・ワールド and 文献社
 * read as a bakery and a publisher, so they count only beside 名簿, ベネッセ and each other. Runs on the real dataset, so a later edit that
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
  {
    entity: 'org-pan-world',
    lookalikes: ['駅前のパン・ワールドで焼きたてのパンを買った。', 'パン・ワールドカップの決勝が行われた。'],
    examples: [['ベネッセの顧客情報は名簿業者のパン・ワールドから文献社に渡った。', 'パン・ワールド']],
  },
  {
    entity: 'org-bunkensha',
    lookalikes: ['文献社から新しい研究書が出版された。'],
    examples: [['ジャストシステムは名簿業者の文献社から約257万件のデータを買った。', '文献社']],
  },
];

describeSenses('kb-actors-1 actors: names in context', CASES);
