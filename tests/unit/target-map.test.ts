/**
 * The compact trie-id table (lib/tokenize/target-map.ts) gives kuromoji's own tokens:
 * the library as published (kuromoji.builder on its stock dictionary, with its own
 * lattice builder and tables) against the extension's tokenizer, on corpus text and on
 * generated text that reaches the whole dictionary.
 */
import kuromoji from 'kuromoji';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKuromoji } from '../../lib/tokenize/kuromoji';
import { kuromojiDictDir, tightFsReader } from '../../lib/tokenize/node-dict';
import { TargetMap, targetMapView } from '../../lib/tokenize/target-map';
import type { Token, Tokenizer } from '../../lib/tokenize/types';
import { compare, corpus, generated } from '../../scripts/dict-proof';

const GENERATED_CHARS = 30_000;
/** Characters taken from each corpus text (the seed articles are whole at this size). */
const SLICE_CHARS = 6_000;

/** kuromoji's tokens in the engine's form (as lib/tokenize/kuromoji.ts gives them). */
function asTokenizer(k: kuromoji.Tokenizer<kuromoji.IpadicFeatures>): Tokenizer {
  return {
    tokenize(text) {
      let pos = 0;
      return k.tokenize(text).map((t): Token => {
        const start = pos;
        pos += t.surface_form.length;
        return { start, end: pos, surface: t.surface_form, lemma: t.basic_form && t.basic_form !== '*' ? t.basic_form : t.surface_form, pos: t.pos };
      });
    },
  };
}

let published: Tokenizer;
let ours: Tokenizer;
beforeAll(async () => {
  const k = await new Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>>((resolve, reject) =>
    kuromoji.builder({ dicPath: kuromojiDictDir() }).build((err, t) => (err ? reject(err) : resolve(t))),
  );
  published = asTokenizer(k);
  ours = await loadKuromoji(tightFsReader());
}, 60_000);

describe("the tokenizer's compact trie-id table", () => {
  it('gives the published kuromoji’s tokens on every corpus text', () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(2);
    for (const { name, text } of texts) expect(compare(published, ours, text.slice(0, SLICE_CHARS)).diff, name).toBeUndefined();
  }, 60_000);

  it('gives them on generated text, unknown words and surrogate pairs included', () => {
    const text = `${generated(
      corpus()
        .map((t) => t.text)
        .join(''),
      GENERATED_CHARS,
    )}\n𠮷野家のＬＩＮＥﾔﾌｰ株式会社😀ｶﾞｷﾞ\u3000abc123 ＸＹＺ\n`;
    const r = compare(published, ours, text);
    expect(r.diff).toBeUndefined();
    expect(r.tokens).toBeGreaterThan(GENERATED_CHARS / 5);
  }, 60_000);

  it('reads each trie id’s token info ids from the file and refuses an id the file lacks', () => {
    // count 3; trie id 0 → [10]; id 2 → [20, 21]; id 5 → [30]
    const map = new TargetMap(Int32Array.from([3, 0, 1, 10, 2, 2, 20, 21, 5, 1, 30]).buffer);
    const view = targetMapView(map);
    const idsOf = (id: number) => [...map.list(id)];
    expect([idsOf(0), idsOf(2), idsOf(5)]).toEqual([[10], [20, 21], [30]]);
    expect([...view[2]!]).toEqual([20, 21]);
    expect(() => map.list(1)).toThrow(/trie id 1/);
    expect(() => view[6]).toThrow(/trie id 6/);
  });

  it('reads a file saved at its buffer size: trailing zeros are (0, 0) pairs that add nothing', () => {
    const map = new TargetMap(Int32Array.from([2, 0, 2, 7, 8, 3, 1, 9, 0, 0, 0, 0]).buffer);
    expect([...map.list(0)]).toEqual([7, 8]);
    expect([...map.list(3)]).toEqual([9]);
    expect(() => new TargetMap(Int32Array.from([2, 4, 1, 7, 4, 1, 8]).buffer)).toThrow(/trie id 4 is listed twice/);
  });
});
