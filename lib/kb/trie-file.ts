/**
 * The matcher's trie, built at build time and shipped (kb-trie.bin), so a cold start reads
 * it instead of building it: the build (sorting 32 000 keys and making 87 000 nodes) was
 * the largest single part of a cold dictionary load in the service worker (CPU profile of
 * a fresh browser's first article, 2026-12-01: `withTrie` 222 ms, `freeze` 111 of it).
 *
 * Layout, little-endian, every array starting on a 4-byte boundary:
 * "CKTR", format (u32), the dataset version's length in UTF-8 bytes (u32) and the bytes,
 * padded; the count of values (u32); then each array as its length (u32) and its items,
 * in the order of FIELDS; then how many family name + title forms each person in the
 * dataset has (i32 each, after its length), so that the values the trie names can be made
 * only when a walk reaches them (./person-forms.ts `formList`). The arrays are used
 * where they lie (views, no copy).
 */
import type { FrozenTrie } from './trie';

const MAGIC = 0x52544b43; // "CKTR"
/** 2: the person forms' counts after the trie's arrays (2026-12-01) */
const FORMAT = 2;

const FIELDS = ['firstChild', 'childCode', 'listOf', 'listStart', 'listItems', 'rootCode', 'childChar', 'rootChar'] as const;
type Field = (typeof FIELDS)[number];
const U16: ReadonlySet<Field> = new Set(['childChar', 'rootChar']);

const pad4 = (n: number) => (n + 3) & ~3;

export function encodeTrieFile(version: string, f: FrozenTrie, formCounts: Int32Array): Uint8Array {
  const v = new TextEncoder().encode(version);
  let size = 12 + pad4(v.length) + 4;
  for (const k of FIELDS) size += 4 + pad4(f[k].byteLength);
  size += 4 + formCounts.byteLength;
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MAGIC, true);
  dv.setUint32(4, FORMAT, true);
  dv.setUint32(8, v.length, true);
  out.set(v, 12);
  let at = 12 + pad4(v.length);
  dv.setUint32(at, f.values, true);
  at += 4;
  for (const a of [...FIELDS.map((k) => f[k]), formCounts]) {
    dv.setUint32(at, a.length, true);
    at += 4;
    // the platform is little-endian (checked where the file is read)
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += pad4(a.byteLength);
  }
  return out;
}

/** The dataset version a file was built for, its arrays and the person forms' counts; throws naming what is wrong. */
export function decodeTrieFile(buf: ArrayBuffer): { version: string; trie: FrozenTrie; formCounts: Int32Array } {
  const fail = (what: string): never => {
    throw new Error(`kb-trie.bin: ${what}`);
  };
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) fail('this platform is not little-endian');
  const dv = new DataView(buf);
  const u32 = (at: number) => (at + 4 <= buf.byteLength ? dv.getUint32(at, true) : fail(`cut short at byte ${at}`));
  if (u32(0) !== MAGIC) fail('not a trie file');
  if (u32(4) !== FORMAT) fail(`format ${u32(4)}, expected ${FORMAT}`);
  const vlen = u32(8);
  if (12 + vlen > buf.byteLength) fail('cut short in its version');
  const version = new TextDecoder().decode(new Uint8Array(buf, 12, vlen));
  let at = 12 + pad4(vlen);
  const values = u32(at);
  at += 4;
  const arrays: Partial<Record<Field, Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>>> = {};
  for (const k of FIELDS) {
    const n = u32(at);
    at += 4;
    const bytes = n * (U16.has(k) ? 2 : 4);
    if (at + bytes > buf.byteLength) fail(`cut short in ${k}`);
    arrays[k] = U16.has(k) ? new Uint16Array(buf, at, n) : new Int32Array(buf, at, n);
    at += pad4(bytes);
  }
  const people = u32(at);
  at += 4;
  if (at + people * 4 > buf.byteLength) fail('cut short in the person forms');
  const formCounts = new Int32Array(buf, at, people);
  at += people * 4;
  if (at !== buf.byteLength) fail(`${buf.byteLength - at} bytes after its arrays`);
  return { version, trie: { values, ...(arrays as Omit<FrozenTrie, 'values'>) }, formCounts };
}
