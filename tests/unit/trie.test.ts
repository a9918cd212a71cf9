/**
 * The alias trie (lib/kb/trie.ts): every walk gives exactly the keys a plain lookup of each
 * prefix finds, values in the order they were added, on the dataset's own aliases (the
 * family name + title forms and the blockers too) over every corpus article and every key.
 */
import { describe, expect, it } from 'vitest';
import { LONGER_NAMES } from '../../lib/kb/blockers';
import { allAliases } from '../../lib/kb/person-forms';
import { Trie } from '../../lib/kb/trie';
import { normalizeKey } from '../../lib/text/normalize';
import { realKb } from './real-kb';
import { corpusKeyTexts } from '../support/corpus-keys';

/** The reference: each key's values by plain lookup, as a walk would report them from `from`. */
function reference<T>(pairs: [string, T][]): (text: string, from: number) => [number, T[]][] {
  const byKey = new Map<string, T[]>();
  let longest = 0;
  for (const [k, v] of pairs) {
    if (!k) continue;
    byKey.set(k, [...(byKey.get(k) ?? []), v]);
    longest = Math.max(longest, k.length);
  }
  return (text, from) => {
    const out: [number, T[]][] = [];
    for (let end = from + 1; end <= Math.min(text.length, from + longest); end++) {
      const v = byKey.get(text.slice(from, end));
      if (v) out.push([end, v]);
    }
    return out;
  };
}

function walked<T>(trie: Trie<T>, text: string, from: number): [number, T[]][] {
  const out: [number, T[]][] = [];
  trie.walk(text, from, (end, values) => out.push([end, [...values]]));
  return out;
}

function build<T>(pairs: [string, T][]): Trie<T> {
  const trie = new Trie<T>();
  for (const [k, v] of pairs) trie.add(k, v);
  return trie.freeze();
}

describe('the alias trie', () => {
  it('finds what a plain lookup finds, on the dataset over every corpus article and every key', () => {
    const kb = realKb().kb.kb;
    const pairs: [string, string][] = [
      ...allAliases(kb).map((a, i): [string, string] => [a.key, `${i}:${a.entity}`]),
      ...LONGER_NAMES.map((t): [string, string] => [normalizeKey(t), `blocker:${t}`]),
    ];
    expect(pairs.length).toBeGreaterThan(20_000);
    const trie = build(pairs);
    expect(trie.size).toBe(pairs.filter(([k]) => k).length);
    const ref = reference(pairs);
    const texts = corpusKeyTexts();
    expect(texts.length).toBeGreaterThan(500);
    let hits = 0;
    for (const text of texts)
      for (let from = 0; from < text.length; from++) {
        const got = walked(trie, text, from);
        expect(got, `${text.slice(from, from + 20)}`).toEqual(ref(text, from));
        hits += got.length;
      }
    expect(hits).toBeGreaterThan(1000);
    // every key from its start, and with a character after it that continues no key
    for (const [key] of pairs) {
      expect(walked(trie, key, 0)).toEqual(ref(key, 0));
      expect(walked(trie, `${key}\uffff`, 0)).toEqual(ref(`${key}\uffff`, 0));
    }
  });

  it('keeps one key’s values in the order they were added, and ignores an empty key', () => {
    const trie = build<number>([
      ['ab', 1],
      ['a', 2],
      ['ab', 3],
      ['', 4],
      ['abc', 5],
    ]);
    expect(trie.size).toBe(4);
    expect(walked(trie, 'abcd', 0)).toEqual([
      [1, [2]],
      [2, [1, 3]],
      [3, [5]],
    ]);
    expect(walked(trie, 'xabc', 1)).toEqual([
      [2, [2]],
      [3, [1, 3]],
      [4, [5]],
    ]);
    expect(walked(trie, 'abc', 3)).toEqual([]);
  });

  it('finds every child of a wide node (searched by halving) and none that is not there', () => {
    // 300 children under 'x', among them surrogate halves and the top of the range
    const chars = [...Array.from({ length: 297 }, (_, i) => String.fromCharCode(0x3000 + i * 3)), '\ud83d', '\ude00', '\uffff'];
    const pairs = chars.map((c, i): [string, number] => [`x${c}`, i]);
    const trie = build(pairs);
    const ref = reference(pairs);
    for (let c = 0x2ff0; c < 0x3400; c++) expect(walked(trie, `x${String.fromCharCode(c)}`, 0)).toEqual(ref(`x${String.fromCharCode(c)}`, 0));
    for (const c of chars) expect(walked(trie, `x${c}`, 0)).toHaveLength(1);
    expect(walked(trie, 'x😀', 0)).toEqual([[2, [297]]]);
  });

  it('refuses a key after it is frozen', () => {
    const trie = build([['a', 1]]);
    expect(() => trie.add('b', 2)).toThrow(/frozen/);
  });
});
