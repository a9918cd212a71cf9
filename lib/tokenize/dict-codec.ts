/**
 * The byte layout of the tight dictionary (dict/, built by scripts/build-dict.ts): each
 * file is kuromoji's own buffer, rearranged so gzip finds the repetition in it, which
 * halves the shipped size (13.6 MB → ~8 MB gzipped). Decoding gives back exactly
 * kuromoji's buffer; the tokenizer never sees the layout.
 *
 * - Fixed-width records are stored column by column ("byte planes": every record's
 *   byte 0, then every record's byte 1 …): the high bytes of small numbers are runs.
 *   Only where that pays: putting planes back in place is a strided write per byte,
 *   the largest part of the dictionary's decode in the service worker on a cold start
 *   (a CPU profile, 2026-12-01: `place` 185 ms of 257). The trie and the costs are
 *   stored as records (below), which deflate almost as well without planes (check.dat
 *   1.26 -> 1.20 MB, base.dat 2.238 -> 2.246 MB, cc.dat 1.02 -> 1.15 MB), and decode
 *   as one copy.
 * - The double-array trie's base and check values lie close to their own index, so
 *   they are stored as value − index.
 * - The connection costs (a 1316 × 1316 int16 matrix) change smoothly along rows and
 *   columns: each is stored as its difference from the prediction up + left − up-left
 *   (PNG's idea; zigzagged, so a small difference of either sign has a zero high byte).
 *   In the zip 1.41 -> 1.02 MB.
 * - (Until 2026-11-30 a word's feature offset was stored as the difference from the
 *   previous word's, while the offsets grew word by word; with the features shared
 *   (scripts/dict-features.ts) the byte planes alone zip smaller: 437 against 457 kB.)
 * Each undoing is one pass over its file: measured in tests/unit/dict-codec.test.ts.
 */
import type { DictFile, DictReader } from './types';

interface Layout {
  /** bytes per record */
  width: number;
  /** stored in byte planes (else record by record, as kuromoji lays them out) */
  planes: boolean;
  /** int32 values stored as value − index */
  minusIndex?: boolean;
  /** an int16 matrix after a two-value header (its second value the row length), stored as differences from the gradient */
  gradient?: boolean;
}

/** Files not listed are stored as they are (the small unknown-word tables). */
const LAYOUTS: Partial<Record<DictFile, Layout>> = {
  'base.dat.gz': { width: 4, planes: false, minusIndex: true },
  'check.dat.gz': { width: 4, planes: false, minusIndex: true },
  // left id, right id, cost (int16 each), feature offset (int32): planed 0.44 MB deflated, 0.82 not
  'tid.dat.gz': { width: 10, planes: true },
  // word ids: planed 0.49 MB deflated, 1.86 not
  'tid_map.dat.gz': { width: 4, planes: true },
  'cc.dat.gz': { width: 2, planes: false, gradient: true },
};

function planes(src: Uint8Array, width: number, toPlanes: boolean): Uint8Array {
  const n = src.length / width;
  if (!Number.isInteger(n)) throw new Error(`dictionary buffer of ${src.length} bytes is not a whole number of ${width}-byte records`);
  const out = new Uint8Array(src.length);
  for (let k = 0; k < width; k++) {
    const plane = k * n;
    if (toPlanes) for (let i = 0, j = k; i < n; i++, j += width) out[plane + i] = src[j]!;
    else for (let i = 0, j = k; i < n; i++, j += width) out[j] = src[plane + i]!;
  }
  return out;
}

/** Adds (1) or subtracts (−1) each int32's own index, in place. */
function shiftByIndex(bytes: Uint8Array, sign: 1 | -1): void {
  const a = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  for (let i = 0; i < a.length; i++) a[i] = (a[i]! + sign * i) | 0;
}

/** The connection cost matrix's row length (its header's second value), checked against its size. */
function rowLength(a: Int16Array): number {
  const cols = a[1] ?? 0;
  if (a.length < 2 || cols <= 0 || (a.length - 2) % cols !== 0) throw new Error(`connection costs of ${a.length} values do not hold rows of ${cols}`);
  return cols;
}

/** Each matrix value → its zigzagged difference from up + left − up-left (a new array; build time). */
function toGradient(a: Int16Array): Int16Array {
  const cols = rowLength(a);
  const out = a.slice();
  for (let i = 2; i < a.length; i++) {
    const first = (i - 2) % cols === 0;
    const top = i - 2 < cols;
    const pred = (first ? 0 : a[i - 1]!) + (top ? 0 : a[i - cols]!) - (first || top ? 0 : a[i - cols - 1]!);
    const d = ((a[i]! - pred) << 16) >> 16;
    out[i] = (d << 1) ^ (d >> 15);
  }
  return out;
}

/** Undoes toGradient in place (load time: one pass, rows in order; left and up-left kept in locals). */
function fromGradient(a: Int16Array): void {
  const cols = rowLength(a);
  let left = 0;
  for (let i = 2; i < 2 + cols; i++) {
    const u = a[i]! & 0xffff;
    left = ((((u >>> 1) ^ -(u & 1)) + left) << 16) >> 16;
    a[i] = left;
  }
  for (let row = 2 + cols; row < a.length; row += cols) {
    let upLeft = a[row - cols]!;
    let u = a[row]! & 0xffff;
    left = ((((u >>> 1) ^ -(u & 1)) + upLeft) << 16) >> 16;
    a[row] = left;
    for (let i = row + 1, end = row + cols; i < end; i++) {
      const up = a[i - cols]!;
      u = a[i]! & 0xffff;
      left = ((((u >>> 1) ^ -(u & 1)) + left + up - upLeft) << 16) >> 16;
      a[i] = left;
      upLeft = up;
    }
  }
}

const int16s = (b: Uint8Array) => new Int16Array(b.buffer, b.byteOffset, b.byteLength / 2);

/** Once the byte planes are back in records: undoes the other steps of `name`'s layout, in place (load time). */
export function finishDictFile(name: DictFile, out: Uint8Array): void {
  const l = LAYOUTS[name];
  if (l?.gradient) fromGradient(int16s(out));
  if (l?.minusIndex) shiftByIndex(out, 1);
}

/** How `name` is stored, or undefined when it is stored as it is. */
export function dictLayout(name: DictFile): Readonly<Layout> | undefined {
  return LAYOUTS[name];
}

/** kuromoji's buffer → the stored layout (build time). */
export function encodeDictFile(name: DictFile, buf: Uint8Array): Uint8Array {
  const l = LAYOUTS[name];
  if (!l) return buf;
  let copy: Uint8Array = buf.slice();
  if (l.minusIndex) shiftByIndex(copy, -1);
  if (l.gradient) copy = new Uint8Array(toGradient(int16s(copy)).buffer);
  return l.planes ? planes(copy, l.width, true) : copy;
}

/** The stored layout → kuromoji's buffer (load time). */
export function decodeDictFile(name: DictFile, stored: ArrayBuffer): ArrayBuffer {
  const l = LAYOUTS[name];
  if (!l) return stored;
  const out = l.planes ? planes(new Uint8Array(stored), l.width, false) : new Uint8Array(stored);
  finishDictFile(name, out);
  return out.buffer as ArrayBuffer;
}

/**
 * The name a file has inside the extension: shipped unzipped (the package is zipped
 * anyway, and the installed extension then reads without a gunzip on every load).
 */
export function shippedDictName(f: DictFile): string {
  return f.replace(/\.gz$/, '');
}

/** Reads the tight dictionary: `read` gives the stored bytes (already gunzipped). */
export function tightDictReader(read: DictReader): DictReader {
  return async (name) => decodeDictFile(name, await read(name));
}
