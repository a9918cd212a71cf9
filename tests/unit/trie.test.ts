/**
 * The alias trie (lib/kb/trie.ts) packs its tables as keys are added; it must find exactly
 * what a plain map of keys finds, on the whole dataset's keys (derived forms included) and
 * as its table grows.
 */
import { describe, expect, it } from 'vitest';
import { Trie } from '../../lib/kb/trie';
import { allAliases } from '../../lib/kb/person-forms';
import { loadKbFromDir } from '../../tools/kb/load-node';

/** Every (end, values) a walk from `from` reports, shortest first. */
function walkAll<T>(trie: Trie<T>, text: string, from: number): [number, T[]][] {
  const out: [number, T[]][] = [];
  trie.walk(text, from, (end, values) => out.push([end, [...values]]));
  return out;
}

/** The same answer from a map of key → values in insertion order. */
function naive<T>(keys: Map<string, T[]>, text: string, from: number, longest: number): [number, T[]][] {
  const out: [number, T[]][] = [];
  for (let end = from + 1; end <= Math.min(text.length, from + longest); end++) {
    const v = keys.get(text.slice(from, end));
    if (v) out.push([end, v]);
  }
  return out;
}

function build<T>(entries: [string, T][]) {
  const trie = new Trie<T>();
  const keys = new Map<string, T[]>();
  for (const [k, v] of entries) {
    trie.add(k, v);
    if (k.length) keys.set(k, [...(keys.get(k) ?? []), v]);
  }
  return { trie: trie.freeze(), keys };
}

describe('Trie', () => {
  it('finds every key starting at a position, shortest first, with its values in the order added', () => {
    const { trie } = build([
      ['個人情報', 1],
      ['個人', 2],
      ['個人情報保護委員会', 3],
      ['個人', 4],
      ['', 5],
    ]);
    expect(walkAll(trie, '個人情報保護委員会が', 0)).toEqual([
      [2, [2, 4]],
      [4, [1]],
      [9, [3]],
    ]);
    expect(walkAll(trie, '個人情報保護委員会が', 1)).toEqual([]);
    expect(trie.size).toBe(4);
  });

  it('marks a key that ends at a node made earlier for a longer key', () => {
    const { trie } = build([
      ['ABCD', 'long'],
      ['AB', 'mid'],
      ['A', 'short'],
    ]);
    expect(walkAll(trie, 'ABCDE', 0)).toEqual([
      [1, ['short']],
      [2, ['mid']],
      [4, ['long']],
    ]);
  });

  it('refuses a key once frozen', () => {
    const { trie } = build([['A', 1]]);
    expect(() => trie.add('B', 2)).toThrow(/frozen/);
  });

  it("agrees with a map of keys on the whole dataset's aliases, through every growth of its table", () => {
    const { kb } = loadKbFromDir();
    const aliases = allAliases(kb.kb);
    expect(aliases.length).toBeGreaterThan(20_000);
    const { trie, keys } = build(aliases.map((a) => [a.key, a.text] as [string, string]));
    // each key read inside a text made of the keys themselves, from every position
    const text = aliases
      .filter((_, i) => i % 97 === 0)
      .map((a) => a.key)
      .join('の');
    const longest = Math.max(...[...keys.keys()].map((k) => k.length));
    for (let from = 0; from < text.length; from++) expect(walkAll(trie, text, from)).toEqual(naive(keys, text, from, longest));
    for (const a of aliases.filter((_, i) => i % 13 === 0)) expect(walkAll(trie, a.key, 0).at(-1)?.[0]).toBe(a.key.length);
  });
});
