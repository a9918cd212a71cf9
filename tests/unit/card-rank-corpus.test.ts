import { beforeAll, describe, expect, it } from 'vitest';
import { loadKbFromDir } from '../../tools/kb/load-node';
import type { KbIndex } from '../../lib/kb/index';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';
import { cardArticles, CARD_SETS, CORPUS, evaluate, resolveFact, share, type CardSet } from '../card-eval/evaluate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let kb: KbIndex;
let tokenizer: Tokenizer;
beforeAll(async () => {
  kb = loadKbFromDir().kb;
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

describe('card ranking on the project corpus', () => {
  it.each(Object.keys(CARD_SETS) as CardSet[])('the %s set has at least 15 test articles, each gold fact naming exactly one fact of the dataset', (set) => {
    const ids = cardArticles(set);
    expect(ids.length).toBeGreaterThanOrEqual(15);
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

  it('the tuned set (card-*): at least two relevant facts on the first screen for 80% of hovered entities, more often than the old recency rule', () => {
    const { results, ranked, old } = measure('tuned');
    expect(results.length).toBeGreaterThanOrEqual(15);
    expect(ranked).toBeGreaterThanOrEqual(0.8);
    expect(ranked).toBeGreaterThan(old);
  }, 120_000);

  it('the held-out set (cardh-*, written before the ranking was run on it): the ranking beats the old recency rule', () => {
    const { results, ranked, old } = measure('held-out');
    expect(results.length).toBeGreaterThanOrEqual(15);
    expect(ranked).toBeGreaterThan(old);
  }, 120_000);
});
