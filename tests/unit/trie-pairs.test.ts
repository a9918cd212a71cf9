import { describe, expect, it } from 'vitest';
import { Trie } from '../../lib/kb/trie';
import { rng } from '../../tools/random';

/** Every key that starts at `from`, shortest first, by plain string comparison. */
function naive(keys: string[], text: string, from: number): [number, string[]][] {
  const out = new Map<number, string[]>();
  for (const k of keys) if (text.startsWith(k, from)) out.set(from + k.length, [...(out.get(from + k.length) ?? []), k]);
  return [...out].sort((a, b) => a[0] - b[0]);
}

describe('Trie', () => {
  it('finds every key at every start, as a plain search does (the filters over the first two and three units hide none)', () => {
    const rand = rng(7);
    const chars = '個人情報漏えい流出事業者委員会LINEヤフーabc';
    const pick = (n: number) => Array.from({ length: n }, () => chars[Math.floor(rand() * chars.length)]).join('');
    const keys = [...new Set(Array.from({ length: 3000 }, () => pick(1 + Math.floor(rand() * 5))))];
    const trie = new Trie<string>();
    for (const k of keys) trie.add(k, k);
    trie.freeze();
    for (let t = 0; t < 50; t++) {
      const text = pick(40);
      for (let from = 0; from < text.length; from++) {
        const found: [number, string[]][] = [];
        trie.walk(text, from, (end, values) => found.push([end, [...values]]));
        expect(found).toEqual(naive(keys, text, from));
      }
    }
  });

  it('stops at a pair no key starts with', () => {
    const trie = new Trie<string>();
    trie.add('個人情報', 'a');
    trie.add('個', 'b');
    const found: number[] = [];
    trie.walk('個別', 0, (end) => found.push(end));
    expect(found).toEqual([1]);
  });
});
