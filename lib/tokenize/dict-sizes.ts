/**
 * The shipped dictionary files' byte lengths, written beside them at build time
 * (wxt.config.ts). Chromium answers a fetch of an extension's own file without a
 * Content-Length (Chromium 156: page, worker and service worker alike), and the
 * streaming decoder (./dict-stream.ts) must know a file's length before its first byte
 * arrives: the byte planes' size is the file's length over its record width.
 * Without this the worker read each file whole and decoded it into a second buffer
 * (the stored copies, ~26 MB of ArrayBuffers per load, left for the next collection).
 */
import { shippedDictName } from './dict-codec';
import { DICT_FILES } from './types';

/** Beside the shipped files, under dict/. */
export const DICT_SIZES_FILE = 'sizes.json';

/** Each shipped file's name → its length in bytes. */
export type DictSizes = Record<string, number>;

/** The sizes file's contents for these files (`lengthOf` gives a shipped file's bytes). */
export function dictSizesOf(lengthOf: (shippedName: string) => number): DictSizes {
  return Object.fromEntries(DICT_FILES.map((f) => [shippedDictName(f), lengthOf(shippedDictName(f))]));
}

/** The sizes file as read: every shipped file with a whole, non-negative length, or an error that says what is wrong. */
export function parseDictSizes(json: unknown): DictSizes {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new Error(`dictionary ${DICT_SIZES_FILE}: not an object`);
  const sizes = json as Record<string, unknown>;
  for (const f of DICT_FILES) {
    const n = sizes[shippedDictName(f)];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new Error(`dictionary ${DICT_SIZES_FILE}: no length for ${shippedDictName(f)}`);
  }
  return sizes as DictSizes;
}
