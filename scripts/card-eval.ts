/**
 * Prints the card evaluation (tests/card-eval/evaluate.ts): per hovered entity, the
 * relevant facts on the first screen with the ranking and with the old recency rule,
 * then the share of hovered entities with at least two, for both.
 */
import { loadKbFromDir } from '../tools/kb/load-node';
import { nodeTokenizer } from '../lib/tokenize/node-dict';
import { evaluate, MIN_RELEVANT, share } from '../tests/card-eval/evaluate';

const { kb } = loadKbFromDir();
const results = evaluate(kb, await nodeTokenizer(), process.argv[2] ?? 'test');
for (const r of results) console.log(`${r.article}\t${r.hovered}\trelevant ${r.relevant}\tranked ${r.ranked}\told ${r.old}`);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(
  `hovered entities: ${results.length}; first screen with >= ${MIN_RELEVANT} relevant facts: ranking ${pct(share(results, 'ranked'))}, old recency rule ${pct(share(results, 'old'))}`,
);
