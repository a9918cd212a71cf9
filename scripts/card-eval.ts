/**
 * Prints the card evaluation (tests/card-eval/evaluate.ts) for each card set (the tuned
 * set card-*, the held-out set cardh-*), or only the set named in the first argument:
 * per hovered entity, the relevant facts on the first screen with the ranking and with
 * the old recency rule, then the share of hovered entities with at least two, for both.
 * A second argument picks the gold split (default test).
 */
import { loadKbFromDir } from '../tools/kb/load-node';
import { nodeTokenizer } from '../lib/tokenize/node-dict';
import { CARD_SETS, evaluate, MIN_RELEVANT, share, type CardSet } from '../tests/card-eval/evaluate';

const sets = Object.keys(CARD_SETS) as CardSet[];
const only = process.argv[2];
if (only !== undefined && !sets.includes(only as CardSet)) {
  console.error(`card:eval: unknown set "${only}"; expected one of: ${sets.join(', ')}`);
  process.exit(2);
}
const { kb } = loadKbFromDir();
const tokenizer = await nodeTokenizer();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const summaries: string[] = [];
for (const set of only ? [only as CardSet] : sets) {
  const results = evaluate(kb, tokenizer, set, process.argv[3] ?? 'test');
  console.log(`# ${set} set (${CARD_SETS[set]}*)`);
  for (const r of results) console.log(`${r.article}\t${r.hovered}\trelevant ${r.relevant}\tranked ${r.ranked}\told ${r.old}`);
  summaries.push(
    `${set} set (${CARD_SETS[set]}*): hovered entities: ${results.length}; first screen with >= ${MIN_RELEVANT} relevant facts: ranking ${pct(share(results, 'ranked'))}, old recency rule ${pct(share(results, 'old'))}`,
  );
}
for (const s of summaries) console.log(s);
