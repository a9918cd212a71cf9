/**
 * The tokenizer's worker loads only the matching half of the dataset (kb-match.json,
 * lib/kb/halves.ts matchKbOf): on every article of the project's corpus it must find
 * exactly what the whole dataset finds, block by block, and be much smaller.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateBlock, splitBlocks } from '../../lib/annotate';
import { cardsKbOf, joinKb, matchKbOf } from '../../lib/kb/halves';
import { KbIndex } from '../../lib/kb/index';
import type { MatchEntity } from '../../lib/kb/types';
import { normalizeText } from '../../lib/text/normalize';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';
import { realKb } from './real-kb';

const ARTICLES = join(import.meta.dirname, '..', 'corpus', 'articles');

let tk: Tokenizer;
beforeAll(async () => {
  tk = await nodeTokenizer();
});

describe('the matching half of the dataset', () => {
  const full = realKb().kb;
  const slim = new KbIndex<MatchEntity>(matchKbOf(full.kb));

  it('finds the same mentions and corrections as the whole dataset on every corpus article', () => {
    const files = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(100);
    let blocks = 0;
    for (const f of files) {
      for (const b of splitBlocks(readFileSync(join(ARTICLES, f), 'utf8'))) {
        const nfkc = normalizeText(b.text).nfkc;
        expect(annotateBlock(nfkc, slim, tk), `${f}: ${b.text.slice(0, 30)}`).toEqual(annotateBlock(nfkc, full, tk));
        blocks++;
      }
    }
    expect(blocks).toBeGreaterThan(500);
  });

  it('is at most half the size of the whole dataset', () => {
    expect(JSON.stringify(matchKbOf(full.kb)).length).toBeLessThan(JSON.stringify(full.kb).length / 2);
  });

  it('joins with the other half into exactly the whole dataset', () => {
    expect(joinKb(matchKbOf(full.kb), cardsKbOf(full.kb))).toEqual(full.kb);
  });

  it('ships no alias or claim twice: the other half holds neither', () => {
    const cards = cardsKbOf(full.kb);
    expect(Object.keys(cards).sort()).toEqual(['date', 'entities', 'version']);
    expect(JSON.stringify(cards)).not.toContain(JSON.stringify(full.kb.aliases[0]));
    // nor an entry's id, category or names, which the matching half has
    for (const e of cards.entities) expect(Object.keys(e)).not.toEqual(expect.arrayContaining(['id']));
    expect(cards.entities.some((e) => 'names' in e || 'category' in e)).toBe(false);
  });

  it('refuses halves of two different builds', () => {
    const other = { ...cardsKbOf(full.kb), version: `${full.kb.version}x` };
    expect(() => joinKb(matchKbOf(full.kb), other)).toThrow(/differ/);
    // the same build's halves, one missing an entry: the join by position refuses it
    const short = { ...cardsKbOf(full.kb) };
    short.entities = short.entities.slice(1);
    expect(() => joinKb(matchKbOf(full.kb), short)).toThrow(/differ/);
  });
});
