import { beforeAll, describe, expect, it } from 'vitest';
import { loadKbFromDir } from '../../tools/kb/load-node';
import type { KbIndex } from '../../lib/kb/index';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';
import { cardArticles, evaluate, resolveFact, share } from '../card-eval/evaluate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from '../card-eval/evaluate';

let kb: KbIndex;
let tokenizer: Tokenizer;
beforeAll(async () => {
  kb = loadKbFromDir().kb;
  tokenizer = await nodeTokenizer();
}, 60_000);

describe('card ranking on the project corpus (card-* test articles)', () => {
  it('has at least 15 articles, each gold fact naming exactly one fact of the dataset', () => {
    const ids = cardArticles();
    expect(ids.length).toBeGreaterThanOrEqual(15);
    for (const id of ids) {
      const gold = JSON.parse(readFileSync(join(CORPUS, 'gold', `${id}.json`), 'utf8')) as { relevantFacts: { entity: string; facts: string[] }[] };
      for (const r of gold.relevantFacts) for (const ref of r.facts) expect(() => resolveFact(kb, r.entity, ref)).not.toThrow();
    }
  });

  it('puts at least two relevant facts on the first screen for 80% of hovered entities, more often than the old recency rule', () => {
    const results = evaluate(kb, tokenizer);
    const ranked = share(results, 'ranked');
    const old = share(results, 'old');
    console.log(
      `card ranking: ${results.length} hovered entities; >= 2 relevant facts on the first screen: ranking ${(ranked * 100).toFixed(1)}%, old rule ${(old * 100).toFixed(1)}%`,
    );
    expect(results.length).toBeGreaterThanOrEqual(15);
    expect(ranked).toBeGreaterThanOrEqual(0.8);
    expect(ranked).toBeGreaterThan(old);
  }, 120_000);
});
