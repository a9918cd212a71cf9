/**
 * The block cache: annotation results per text block, keyed by a hash of the block's
 * NFKC text and the dataset version, in IndexedDB of the extension's own origin
 * (never the news site's). Capped by entries and by total bytes (lib/limits.ts), with
 * least-recently-used eviction; a result over MAX_CACHED_RESULT_BYTES is never stored,
 * and results from private windows stay in memory only. A database
 * that cannot open (corrupt, blocked, quota) is deleted and rebuilt once; failing
 * that, the cache is skipped and annotation goes on without it.
 */
import Dexie, { type Table } from 'dexie';
import type { BlockResult } from '../../lib/annotate';
import { MAX_CACHE_BYTES, MAX_CACHED_RESULT_BYTES, MEMORY_CACHE_BYTES } from '../shared/limits';

/** Most cached blocks. A block result is ~0.1–1 kB, so this stays within a few MB. */
export const MAX_CACHE_ENTRIES = 20_000;
/** Evict this share of the oldest entries when full, so eviction runs rarely. */
const EVICT_FRACTION = 0.1;
/**
 * Blocks also kept in memory while the background lives: a revisit or a second tab
 * then skips the IndexedDB read (~5–10 ms per page). A few hundred pages' worth, and
 * at most MEMORY_CACHE_BYTES.
 */
export const MEMORY_CACHE_ENTRIES = 5_000;

interface Row {
  key: string;
  version: string;
  result: BlockResult;
  bytes: number;
  lastUsed: number;
}

class CacheDb extends Dexie {
  blocks!: Table<Row, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ blocks: '&key, version, lastUsed' });
  }
}

/** A result's size as stored (its JSON, in UTF-16 code units: what the bounds count). */
export function sizeOf(result: BlockResult): number {
  return JSON.stringify(result).length;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export class BlockCache {
  private db: CacheDb | undefined;
  /** most recently used last (a Map keeps insertion order) */
  private readonly memory = new Map<string, { result: BlockResult; bytes: number }>();
  private memoryBytes = 0;
  /** bytes stored in IndexedDB, counted on the first write after opening */
  private storedBytes: number | undefined;
  private ready: Promise<void> | undefined;
  /** why the cache is off, for the popup; undefined while it works */
  disabled: string | undefined;

  constructor(
    private readonly version: string,
    private readonly name = 'chushaku-cache',
  ) {}

  private open(): Promise<void> {
    this.ready ??= (async () => {
      try {
        await this.tryOpen();
      } catch {
        // corrupt or from an incompatible build: start over once
        try {
          await Dexie.delete(this.name);
          await this.tryOpen();
        } catch (e) {
          this.db = undefined;
          this.disabled = e instanceof Error ? e.message : String(e);
        }
      }
    })();
    return this.ready;
  }

  private async tryOpen(): Promise<void> {
    const db = new CacheDb(this.name);
    await db.open();
    // a dataset update invalidates every older result
    await db.blocks.where('version').notEqual(this.version).delete();
    this.db = db;
  }

  private keyOf(hash: string): string {
    return `${this.version}:${hash}`;
  }

  private remember(hash: string, result: BlockResult, bytes = sizeOf(result)): void {
    if (bytes > MAX_CACHED_RESULT_BYTES) return;
    const old = this.memory.get(hash);
    if (old) this.memoryBytes -= old.bytes;
    this.memory.delete(hash);
    this.memory.set(hash, { result, bytes });
    this.memoryBytes += bytes;
    while (this.memory.size > MEMORY_CACHE_ENTRIES || this.memoryBytes > MEMORY_CACHE_BYTES) {
      const [key, first] = this.memory.entries().next().value!;
      this.memory.delete(key);
      this.memoryBytes -= first.bytes;
    }
  }

  /** Bytes held by the in-memory layer (for tests and the status). */
  get memoryUse(): { entries: number; bytes: number } {
    return { entries: this.memory.size, bytes: this.memoryBytes };
  }

  async getMany(hashes: string[]): Promise<(BlockResult | undefined)[]> {
    const out: (BlockResult | undefined)[] = hashes.map((h) => this.memory.get(h)?.result);
    const missing = hashes.flatMap((h, i) => (out[i] ? [] : [i]));
    for (let i = 0; i < hashes.length; i++) if (out[i]) this.remember(hashes[i]!, out[i]!);
    if (missing.length === 0) return out;
    await this.open();
    if (!this.db) return out;
    try {
      const rows = await this.db.blocks.bulkGet(missing.map((i) => this.keyOf(hashes[i]!)));
      const now = Date.now();
      const hits = rows.filter((r): r is Row => !!r);
      // recency for eviction: written after answering, the reader does not wait for it
      if (hits.length) void this.db.blocks.bulkPut(hits.map((r) => ({ ...r, lastUsed: now }))).catch((e: unknown) => this.fail(e));
      rows.forEach((r, k) => {
        if (!r) return;
        out[missing[k]!] = r.result;
        this.remember(hashes[missing[k]!]!, r.result);
      });
      return out;
    } catch (e) {
      this.fail(e);
      return out;
    }
  }

  /** Stores results; `persist` false (a private window) keeps them in memory only. */
  async putMany(entries: { hash: string; result: BlockResult }[], persist = true): Promise<void> {
    const sized = entries.map((e) => ({ ...e, bytes: sizeOf(e.result) })).filter((e) => e.bytes <= MAX_CACHED_RESULT_BYTES);
    for (const e of sized) this.remember(e.hash, e.result, e.bytes);
    if (!persist || sized.length === 0) return;
    await this.open();
    if (!this.db) return;
    try {
      const now = Date.now();
      await this.db.blocks.bulkPut(
        sized.map((e) => ({
          key: this.keyOf(e.hash),
          version: this.version,
          result: e.result,
          bytes: e.bytes,
          lastUsed: now,
        })),
      );
      this.storedBytes = (this.storedBytes ?? (await this.countBytes())) + sized.reduce((n, e) => n + e.bytes, 0);
      await this.evict();
    } catch (e) {
      this.fail(e);
    }
  }

  private async countBytes(): Promise<number> {
    let bytes = 0;
    await this.db!.blocks.each((r) => {
      bytes += r.bytes;
    });
    return bytes;
  }

  private async evict(): Promise<void> {
    const count = await this.db!.blocks.count();
    if (count > MAX_CACHE_ENTRIES) {
      const excess = count - MAX_CACHE_ENTRIES + Math.floor(MAX_CACHE_ENTRIES * EVICT_FRACTION);
      const oldest = await this.db!.blocks.orderBy('lastUsed').limit(excess).primaryKeys();
      await this.db!.blocks.bulkDelete(oldest);
      this.storedBytes = await this.countBytes();
    }
    if ((this.storedBytes ?? 0) <= MAX_CACHE_BYTES) return;
    // over the byte bound: keep the most recently used rows up to (1 - EVICT_FRACTION) of it
    const keep = MAX_CACHE_BYTES * (1 - EVICT_FRACTION);
    let kept = 0;
    const drop: string[] = [];
    await this.db!.blocks.orderBy('lastUsed')
      .reverse()
      .each((r) => {
        if (kept + r.bytes <= keep) kept += r.bytes;
        else drop.push(r.key);
      });
    await this.db!.blocks.bulkDelete(drop);
    this.storedBytes = kept;
  }

  async stats(): Promise<{ entries: number; bytes: number; disabled?: string }> {
    await this.open();
    if (!this.db) return { entries: 0, bytes: 0, ...(this.disabled ? { disabled: this.disabled } : {}) };
    let bytes = 0;
    await this.db.blocks.each((r) => {
      bytes += r.bytes;
    });
    return { entries: await this.db.blocks.count(), bytes };
  }

  /** Lets the in-memory layer go (the tokenizer went idle, and with it this memory); IndexedDB keeps every stored result. */
  forgetMemory(): void {
    this.memory.clear();
    this.memoryBytes = 0;
  }

  async clear(): Promise<void> {
    this.memory.clear();
    this.memoryBytes = 0;
    this.storedBytes = 0;
    await this.open();
    await this.db?.blocks.clear();
  }

  private fail(e: unknown): void {
    // quota or a database closed under us: skip the cache from now on, never throw
    this.disabled = e instanceof Error ? e.message : String(e);
    this.db?.close();
    this.db = undefined;
  }
}
