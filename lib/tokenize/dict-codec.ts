/**
 * The byte layout of the tight dictionary (dict/, built by scripts/build-dict.ts): each
 * file is kuromoji's own buffer, rearranged so gzip finds the repetition in it, which
 * halves the shipped size (13.6 MB → ~8 MB gzipped). Decoding gives back exactly
 * kuromoji's buffer; the tokenizer never sees the layout.
 *
 * - Fixed-width records are stored column by column ("byte planes": every record's
 *   byte 0, then every record's byte 1 …): the high bytes of small numbers are runs.
 * - The double-array trie's base and check values lie close to their own index, so
 *   they are stored as value − index first.
 */
import type { DictFile, DictReader } from './types';

interface Layout {
  /** bytes per record */
  width: number;
  /** int32 values stored as value − index */
  minusIndex?: boolean;
}

/** Files not listed are stored as they are (the small unknown-word tables). */
const LAYOUTS: Partial<Record<DictFile, Layout>> = {
  'base.dat.gz': { width: 4, minusIndex: true },
  'check.dat.gz': { width: 4, minusIndex: true },
  // left id, right id, cost (int16 each), feature offset (int32)
  'tid.dat.gz': { width: 10 },
  'tid_map.dat.gz': { width: 4 },
  'cc.dat.gz': { width: 2 },
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
export function shiftByIndex(bytes: Uint8Array, sign: 1 | -1): void {
  const a = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  for (let i = 0; i < a.length; i++) a[i] = (a[i]! + sign * i) | 0;
}

/** How `name` is stored, or undefined when it is stored as it is. */
export function dictLayout(name: DictFile): Readonly<Layout> | undefined {
  return LAYOUTS[name];
}

/** kuromoji's buffer → the stored layout (build time). */
export function encodeDictFile(name: DictFile, buf: Uint8Array): Uint8Array {
  const l = LAYOUTS[name];
  if (!l) return buf;
  const copy = buf.slice();
  if (l.minusIndex) shiftByIndex(copy, -1);
  return planes(copy, l.width, true);
}

/** The stored layout → kuromoji's buffer (load time). */
export function decodeDictFile(name: DictFile, stored: ArrayBuffer): ArrayBuffer {
  const l = LAYOUTS[name];
  if (!l) return stored;
  const out = planes(new Uint8Array(stored), l.width, false);
  if (l.minusIndex) shiftByIndex(out, 1);
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
