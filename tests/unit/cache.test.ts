import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BlockCache, MAX_CACHE_ENTRIES, sha256Hex } from '../../entrypoints/background/cache';
import type { BlockResult } from '../../lib/annotate';

const result = (n: number): BlockResult => ({
  mentions: [{ start: 0, end: n, text: 'x'.repeat(n), entity: 'org-line-app', category: 'organization', alias: 'LINE' }],
  corrections: [],
});

let dbNo = 0;
const fresh = (version = 'v1') => new BlockCache(version, `test-cache-${++dbNo}`);

describe('BlockCache', () => {
  it('returns what was stored, per hash, and misses the rest', async () => {
    const c = fresh();
    const [h1, h2] = await Promise.all([sha256Hex('LINEの件'), sha256Hex('別の段落')]);
    await c.putMany([{ hash: h1, result: result(4) }]);
    const got = await c.getMany([h1, h2]);
    expect(got[0]).toEqual(result(4));
    expect(got[1]).toBeUndefined();
    expect((await c.stats()).entries).toBe(1);
  });

  it('drops results of another dataset version on open', async () => {
    const name = `test-cache-${++dbNo}`;
    const h = await sha256Hex('LINEの件');
    const old = new BlockCache('v1', name);
    await old.putMany([{ hash: h, result: result(4) }]);
    const updated = new BlockCache('v2', name);
    expect(await updated.getMany([h])).toEqual([undefined]);
    expect((await updated.stats()).entries).toBe(0);
  });

  it('evicts the least recently used entries beyond the cap', async () => {
    const c = fresh();
    const entries = await Promise.all(Array.from({ length: MAX_CACHE_ENTRIES + 5 }, async (_, i) => ({ hash: await sha256Hex(`b${i}`), result: result(1) })));
    await c.putMany(entries.slice(0, MAX_CACHE_ENTRIES));
    // touch the first entry so it is the most recently used
    await new Promise((r) => setTimeout(r, 5));
    await c.getMany([entries[0]!.hash]);
    await new Promise((r) => setTimeout(r, 5));
    await c.putMany(entries.slice(MAX_CACHE_ENTRIES));
    const n = (await c.stats()).entries;
    // the overflow plus a tenth of the cap went, all of them older than what was kept
    expect(n).toBe(MAX_CACHE_ENTRIES - MAX_CACHE_ENTRIES / 10);
    const kept = await c.getMany([entries[0]!.hash, ...entries.slice(MAX_CACHE_ENTRIES).map((e) => e.hash)]);
    expect(kept.every((r) => r !== undefined)).toBe(true);
  }, 60_000);

  it('serves repeated blocks from memory, and forgets them on clear', async () => {
    const c = fresh();
    const h = await sha256Hex('段落');
    await c.putMany([{ hash: h, result: result(2) }]);
    expect(await c.getMany([h])).toEqual([result(2)]);
    await c.clear();
    expect(await c.getMany([h])).toEqual([undefined]);
  });

  it('lets its in-memory layer go when told, and still serves from IndexedDB', async () => {
    const c = fresh();
    const h = await sha256Hex('段落');
    await c.putMany([{ hash: h, result: result(2) }]);
    expect(c.memoryUse.entries).toBe(1);
    c.forgetMemory();
    expect(c.memoryUse).toEqual({ entries: 0, bytes: 0 });
    expect(await c.getMany([h])).toEqual([result(2)]);
  });

  it('clears on request', async () => {
    const c = fresh();
    await c.putMany([{ hash: await sha256Hex('a'), result: result(1) }]);
    await c.clear();
    expect((await c.stats()).entries).toBe(0);
  });

  it('rebuilds a database it cannot open, and keeps working', async () => {
    const name = `test-cache-${++dbNo}`;
    // a database of the same name from an incompatible future schema
    const future = new Dexie(name);
    future.version(5).stores({ other: '&id' });
    await future.open();
    future.close();
    const c = new BlockCache('v1', name);
    const h = await sha256Hex('x');
    await c.putMany([{ hash: h, result: result(1) }]);
    expect((await c.getMany([h]))[0]).toEqual(result(1));
    expect(c.disabled).toBeUndefined();
  });

  it('skips itself, without throwing, when IndexedDB is unusable', async () => {
    const c = new BlockCache('v1', `test-cache-${++dbNo}`);
    const original = Dexie.dependencies.indexedDB;
    const refuse = () => {
      throw new DOMException('The user agent refused', 'UnknownError');
    };
    Dexie.dependencies.indexedDB = { open: refuse, deleteDatabase: refuse, cmp: original.cmp.bind(original), databases: refuse } as unknown as IDBFactory;
    try {
      await c.putMany([{ hash: 'h', result: result(1) }]);
      expect(c.disabled).toBeTruthy();
      expect(await c.stats()).toMatchObject({ entries: 0 });
      // this session's blocks are still served from memory
      expect(await c.getMany(['h', 'other'])).toEqual([result(1), undefined]);
    } finally {
      Dexie.dependencies.indexedDB = original;
    }
  });
});
