import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { capResult } from '../../entrypoints/background/annotate-page';
import { OverBudget, TabBudget } from '../../entrypoints/background/budget';
import { BlockCache, sha256Hex, sizeOf } from '../../entrypoints/background/cache';
import { FairHost, takeTurn, turnChars } from '../../entrypoints/background/fair-host';
import type { BlockResult } from '../../lib/annotate';
import { MAX_CACHE_BYTES, MAX_CACHED_RESULT_BYTES, MAX_MENTIONS_PER_BLOCK, MEMORY_CACHE_BYTES } from '../../entrypoints/shared/limits';

const mention = (i: number) => ({ start: i * 3, end: i * 3 + 3, text: '総務省', entity: 'gov-mic', category: 'government', alias: '総務省' });
const result = (mentions: number): BlockResult => ({ mentions: Array.from({ length: mentions }, (_, i) => mention(i)), corrections: [] });
let dbNo = 0;

// a test that fails leaves no mocked clock (performance.now) to the tests after it
afterEach(() => {
  vi.restoreAllMocks();
});

describe('per-tab tokenizer budget', () => {
  it('refuses a tab over its budget until it refills, and other tabs are unaffected', () => {
    let now = 0;
    const b = new TabBudget({ capacity: 1000, perS: 100 }, { capacity: 10_000, perS: 0 }, () => now);
    expect(b.take(1, 800)).toBe(true);
    expect(b.take(1, 300)).toBe(false);
    expect(b.take(2, 1000)).toBe(true);
    now = 1000; // +100 characters
    expect(b.take(1, 300)).toBe(true);
    expect(b.take(1, 1)).toBe(false);
  });

  it('refuses a tab whose tokenizer time is spent until it refills, though it has characters left', () => {
    let now = 0;
    const b = new TabBudget({ capacity: 1_000_000, perS: 0 }, { capacity: 1000, perS: 250 }, () => now);
    expect(b.take(1, 1000)).toBe(true);
    b.record(1, 1000, 1500); // slow text: the request let in ran whole, 500 ms past the bucket
    expect(b.take(1, 10)).toBe(false);
    expect(b.take(2, 10)).toBe(true);
    now = 1000; // +250 ms: still 250 ms short
    expect(b.take(1, 10)).toBe(false);
    now = 2100; // +525 ms: above zero again
    expect(b.take(1, 10)).toBe(true);
    expect(b.usage.get(1)).toEqual({ chars: 1000, tokenizerMs: 1500 });
  });
});

describe('turns at the tokenizer', () => {
  it('a turn takes blocks up to its characters, and always at least one whole block', () => {
    const q = ['aaa', 'bb', 'cccc', 'd'].map((text) => ({ text }));
    expect(takeTurn(q, 5).map((p) => p.text)).toEqual(['aaa', 'bb']);
    expect(takeTurn(q, 5).map((p) => p.text)).toEqual(['cccc', 'd']);
    expect(q).toEqual([]);
    const long = [{ text: 'x'.repeat(9) }, { text: 'y' }];
    expect(takeTurn(long, 5).map((p) => p.text)).toEqual(['x'.repeat(9)]);
  });

  it('a tab whose text tokenises slowly gets fewer characters a turn, within the batch bound', () => {
    expect(turnChars(undefined, 4000, 30)).toBe(4000);
    expect(turnChars(0.004, 4000, 30)).toBe(4000); // an article: 4 ms per 1 000 characters
    expect(turnChars(0.06, 4000, 30)).toBe(500); // a flood: 60 ms per 1 000
    expect(turnChars(100, 4000, 30)).toBe(1);
  });

  it('after a slow batch, the same tab\u2019s next turn is smaller', async () => {
    const sizes: number[] = [];
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const inner = {
      annotate: async (texts: string[]) => {
        const chars = texts.reduce((n, t) => n + t.length, 0);
        sizes.push(texts.length);
        now += chars * 0.06; // 60 ms per 1 000 characters
        return texts.map(() => result(0));
      },
    };
    const host = new FairHost(inner, { batchChars: 4000, turnMs: 30 });
    const out = await host.annotate(
      1,
      Array.from({ length: 80 }, (_, i) => `${i}`.padEnd(100, '.')),
    );
    expect(out).toHaveLength(80);
    expect(sizes.slice(0, 2)).toEqual([40, 5]); // 4 000 characters while the speed is unknown, then 30 ms' worth
  });

  it('a second tab is served after one batch of a busy tab, not after its whole request', async () => {
    const order: string[] = [];
    const inner = { annotate: async (texts: string[]) => (order.push(texts[0]!), texts.map(() => result(0))) };
    const host = new FairHost(inner, { batchChars: 10 });
    const busy = host.annotate(
      1,
      Array.from({ length: 10 }, (_, i) => `flood${i}`.padEnd(10, '.')),
    );
    const other = host.annotate(2, ['article'.padEnd(10, '.')]);
    await Promise.all([busy, other]);
    expect(order.indexOf('article...')).toBeLessThanOrEqual(2);
  });

  it('a tab arriving during a busy tab\u2019s batch is next, not behind that tab\u2019s next batch too', async () => {
    const order: string[] = [];
    let started!: () => void;
    const firstStarted = new Promise<void>((r) => (started = r));
    const inner = {
      annotate: async (texts: string[]) => {
        order.push(texts[0]!);
        started();
        await new Promise((r) => setTimeout(r, 1));
        return texts.map(() => result(0));
      },
    };
    const host = new FairHost(inner, { batchChars: 10 });
    const busy = host.annotate(
      1,
      Array.from({ length: 6 }, (_, i) => `flood${i}`.padEnd(10, '.')),
    );
    await firstStarted;
    const other = host.annotate(2, ['article'.padEnd(10, '.'), 'more'.padEnd(10, '.')]);
    await Promise.all([busy, other]);
    expect(order.slice(0, 5)).toEqual(['flood0....', 'article...', 'flood1....', 'more......', 'flood2....']);
  });

  it('each block\u2019s result goes back to its own request, in order, across turns and tabs', async () => {
    // a block's result carries as many mentions as its text has characters
    const inner = { annotate: async (texts: string[]) => texts.map((t) => result(t.length)) };
    const host = new FairHost(inner, { batchChars: 6 });
    const a = host.annotate(1, ['a', 'aa', 'aaa', 'aaaa', 'aaaaa']);
    const b = host.annotate(2, ['bbbbbbb', 'b']);
    const lengths = (r: BlockResult[]) => r.map((x) => x.mentions.length);
    expect(lengths(await a)).toEqual([1, 2, 3, 4, 5]);
    expect(lengths(await b)).toEqual([7, 1]);
  });

  it('a failed batch fails its request, drops that request\u2019s other blocks, and leaves other tabs served', async () => {
    const seen: string[] = [];
    const inner = {
      annotate: async (texts: string[]) => {
        seen.push(...texts);
        if (texts.includes('bad')) throw new Error('host gone');
        return texts.map(() => result(0));
      },
    };
    const host = new FairHost(inner, { batchChars: 3 });
    const failing = host.annotate(1, ['bad', 'abc', 'def']);
    const other = host.annotate(2, ['ok']);
    await expect(failing).rejects.toThrow('host gone');
    expect(await other).toHaveLength(1);
    expect(seen).not.toContain('def');
  });

  it('a tab whose tokenizer time runs out mid-request loses its queued blocks, with OverBudget, and other tabs go on', async () => {
    const budget = new TabBudget({ capacity: 1_000_000, perS: 0 }, { capacity: 100, perS: 0 }, () => 0);
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const seen: string[] = [];
    const inner = {
      annotate: async (texts: string[]) => {
        seen.push(...texts);
        now += 60; // each batch 60 ms
        return texts.map(() => result(0));
      },
    };
    const host = new FairHost(inner, { batchChars: 3, spent: (tab, chars, ms) => budget.record(tab, chars, ms), mayRun: (tab) => budget.hasTime(tab) });
    const flood = host.annotate(1, ['aaa', 'bbb', 'ccc', 'ddd']);
    const other = host.annotate(2, ['xyz']);
    await expect(flood).rejects.toBeInstanceOf(OverBudget);
    expect(await other).toHaveLength(1);
    expect(seen).toEqual(['aaa', 'xyz', 'bbb']); // 120 ms spent of 100: no third turn
    expect(budget.usage.get(1)!.tokenizerMs).toBe(120);
  });

  it('forgetting a closed tab answers what it still had queued', async () => {
    const inner = { annotate: async (texts: string[]) => texts.map(() => result(1)) };
    const host = new FairHost(inner, { batchChars: 10 });
    const pending = host.annotate(1, ['a'.padEnd(10, '.'), 'b'.padEnd(10, '.')]);
    host.forget(1);
    expect(await pending).toHaveLength(2);
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
