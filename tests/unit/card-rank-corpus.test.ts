import { beforeAll, describe, expect, it } from 'vitest';
import { realKb } from './real-kb';
import type { KbIndex } from '../../lib/kb/index';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';
import { cardArticles, CARD_SETS, CORPUS, evaluate, resolveFact, share, type CardSet } from '../card-eval/evaluate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let kb: KbIndex;
let tokenizer: Tokenizer;
beforeAll(async () => {
  kb = realKb().kb;
  tokenizer = await nodeTokenizer();
}, 60_000);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const measure = (set: CardSet) => {
  const results = evaluate(kb, tokenizer, set);
  const ranked = share(results, 'ranked');
  const old = share(results, 'old');
  console.log(
    `card ranking, ${set} set: ${results.length} hovered entities; >= 2 relevant facts on the first screen: ranking ${pct(ranked)}, old rule ${pct(old)}`,
  );
  return { results, ranked, old };
};

/** Issue #15: the gold of at least this many test articles of the project's corpus. */
const MIN_ARTICLES = 15;
const sets = Object.keys(CARD_SETS) as CardSet[];

// No exact share is asserted: each set grows, and a share tuned on today's set would
// fail on tomorrow's. What must hold on every set is that the gold resolves and that the
// ranking beats the rule it replaced; `npm run card:eval` prints the shares.
describe('card ranking on the project corpus', () => {
  it('the card sets hold at least 15 test articles together', () => {
    expect(sets.flatMap((set) => cardArticles(set)).length).toBeGreaterThanOrEqual(MIN_ARTICLES);
  });

  it.each(sets)('the %s set: test articles, each gold fact naming exactly one fact of the dataset', (set) => {
    const ids = cardArticles(set);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const gold = JSON.parse(readFileSync(join(CORPUS, 'gold', `${id}.json`), 'utf8')) as {
        split: string;
        relevantFacts: { entity: string; hovered: string; facts: string[] }[];
      };
      expect(gold.split, id).toBe('test');
      expect(gold.relevantFacts.length, id).toBeGreaterThan(0);
      for (const r of gold.relevantFacts) {
        expect(kb.entity(r.hovered), `${id}: hovered ${r.hovered}`).toBeDefined();
        for (const ref of r.facts) expect(() => resolveFact(kb, r.entity, ref)).not.toThrow();
      }
    }
  });

  it.each(sets)(
    'the %s set: at least two relevant facts on the first screen more often than with the old recency rule',
    (set) => {
      const { results, ranked, old } = measure(set);
      expect(results.length).toBeGreaterThan(0);
      expect(ranked).toBeGreaterThan(old);
    },
    120_000,
  );
});
