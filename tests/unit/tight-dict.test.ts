/**
 * The tight dictionary gives the engine the stock dictionary's tokens (scripts/dict-proof.ts):
 * a slice of every corpus text and 50 000 characters of generated text. The full proof
 * (all ~0.5 MB of corpus and 1 MB generated) is `npm run dict:check`: about 30 s of CPU,
 * too slow for the unit suite on a shared 2-core machine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKuromoji } from '../../lib/tokenize/kuromoji';
import { fsDictReader, kuromojiDictDir, tightFsReader } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';
import { compare, corpus, generated } from '../../scripts/dict-proof';

const UNIT_GENERATED_CHARS = 50_000;
/** Characters taken from each corpus text here (the seed articles are whole at this size). */
const UNIT_SLICE_CHARS = 8_000;

let stock: Tokenizer;
let tight: Tokenizer;
beforeAll(async () => {
  [stock, tight] = await Promise.all([loadKuromoji(fsDictReader(kuromojiDictDir())), loadKuromoji(tightFsReader())]);
}, 60_000);

describe('the tight dictionary', () => {
  const texts = corpus();

  it('has a corpus to be proven on', () => {
    expect(texts.length).toBeGreaterThan(2);
  });

  it('gives the stock dictionary tokens on every corpus text', () => {
    for (const { name, text } of texts) expect(compare(stock, tight, text.slice(0, UNIT_SLICE_CHARS)).diff, name).toBeUndefined();
  }, 60_000);

  it('gives the stock dictionary tokens on generated text', () => {
    const r = compare(stock, tight, generated(texts.map((t) => t.text).join(''), UNIT_GENERATED_CHARS));
    expect(r.diff).toBeUndefined();
    expect(r.tokens).toBeGreaterThan(UNIT_GENERATED_CHARS / 5);
  }, 60_000);

  it('is caught when it differs (a stock tokenizer against one that drops a dictionary form)', () => {
    const broken: Tokenizer = { tokenize: (s) => stock.tokenize(s).map((t) => ({ ...t, lemma: t.surface })) };
    expect(compare(stock, broken, '読めなくなります').diff).toMatch(/読める/);
  });
});
