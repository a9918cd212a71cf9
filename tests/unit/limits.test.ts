import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { capResult } from '../../entrypoints/background/annotate-page';
import { TabBudget } from '../../entrypoints/background/budget';
import { BlockCache, sha256Hex, sizeOf } from '../../entrypoints/background/cache';
import { batches, FairHost } from '../../entrypoints/background/fair-host';
import type { BlockResult } from '../../lib/annotate';
import { MAX_CACHE_BYTES, MAX_CACHED_RESULT_BYTES, MAX_MENTIONS_PER_BLOCK, MEMORY_CACHE_BYTES } from '../../entrypoints/shared/limits';

const mention = (i: number) => ({ start: i * 3, end: i * 3 + 3, text: '総務省', entity: 'gov-mic', category: 'government', alias: '総務省' });
const result = (mentions: number): BlockResult => ({ mentions: Array.from({ length: mentions }, (_, i) => mention(i)), corrections: [] });
let dbNo = 0;

describe('per-tab tokenizer budget', () => {
  it('refuses a tab over its budget until it refills, and other tabs are unaffected', () => {
    let now = 0;
    const b = new TabBudget(1000, 100, () => now);
    expect(b.take(1, 800)).toBe(true);
    expect(b.take(1, 300)).toBe(false);
    expect(b.take(2, 1000)).toBe(true);
    now = 1000; // +100 characters
    expect(b.take(1, 300)).toBe(true);
    expect(b.take(1, 1)).toBe(false);
  });
});

describe('turns at the tokenizer', () => {
  it('batches blocks by characters', () => {
    expect(batches(['aaa', 'bb', 'cccc', 'd'], 5)).toEqual([
      ['aaa', 'bb'],
      ['cccc', 'd'],
    ]);
    expect(batches(['x'.repeat(9)], 5)).toEqual([['x'.repeat(9)]]);
  });

  it('a second tab is served after one batch of a busy tab, not after its whole request', async () => {
    const order: string[] = [];
    const inner = { annotate: async (texts: string[]) => (order.push(texts[0]!), texts.map(() => result(0))) };
    const host = new FairHost(inner, undefined, 10);
    const busy = host.annotate(
      1,
      Array.from({ length: 10 }, (_, i) => `flood${i}`.padEnd(10, '.')),
    );
    const other = host.annotate(2, ['article'.padEnd(10, '.')]);
    await Promise.all([busy, other]);
    expect(order.indexOf('article...')).toBeLessThanOrEqual(2);
  });
});

describe('cache bounds', () => {
  it('caps mentions per block', () => {
    expect(capResult(result(MAX_MENTIONS_PER_BLOCK * 3)).mentions).toHaveLength(MAX_MENTIONS_PER_BLOCK);
  });

  it('does not store an oversized result, in memory or on disk', async () => {
    const c = new BlockCache('v1', `limits-${++dbNo}`);
    const big = result(2000);
    expect(sizeOf(big)).toBeGreaterThan(MAX_CACHED_RESULT_BYTES);
    const h = await sha256Hex('big');
    await c.putMany([{ hash: h, result: big }]);
    expect(await c.getMany([h])).toEqual([undefined]);
    expect((await c.stats()).entries).toBe(0);
  });

  it('keeps the memory layer and the database within their byte bounds', async () => {
    const c = new BlockCache('v1', `limits-${++dbNo}`);
    const one = result(100); // ~10 kB
    const n = Math.ceil((MAX_CACHE_BYTES * 1.3) / sizeOf(one));
    for (let k = 0; k < n; k += 200) {
      const entries = await Promise.all(Array.from({ length: Math.min(200, n - k) }, async (_, i) => ({ hash: await sha256Hex(`b${k + i}`), result: one })));
      await c.putMany(entries);
      expect(c.memoryUse.bytes).toBeLessThanOrEqual(MEMORY_CACHE_BYTES);
    }
    const s = await c.stats();
    expect(s.bytes).toBeLessThanOrEqual(MAX_CACHE_BYTES);
    expect(s.bytes).toBeGreaterThan(MAX_CACHE_BYTES / 2);
  }, 120_000);

  it('a private window\u2019s results stay in memory only', async () => {
    const c = new BlockCache('v1', `limits-${++dbNo}`);
    const h = await sha256Hex('private');
    await c.putMany([{ hash: h, result: result(1) }], false);
    expect(await c.getMany([h])).toEqual([result(1)]);
    expect((await c.stats()).entries).toBe(0);
  });
});
