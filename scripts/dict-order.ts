/**
 * IPADIC's words in the order of kuromoji's stock dictionary (scripts/build-dict.ts).
 *
 * Where two words have the same surface and cost, kuromoji's lattice keeps the one added
 * first, so the word order decides some tokens: read in file-name order, 安冨 (a family
 * name) came out as the adjective 安い's stem instead of the stock's prefix 安
 * (npm run dict:check, 2026-12-01). The seed package reads its word files all at once and
 * hands the lines over as they arrive, so each build had its own order, and whether it
 * matched the stock's on such ties was luck. Ordering the words as the stock dictionary
 * holds them makes the build the same on every machine and the ties the stock's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { kuromojiDictDir } from '../lib/tokenize/node-dict';

/** Bytes of one word in kuromoji's tid.dat: left id, right id, cost (int16 each), feature offset (int32). */
const RECORD = 10;

/** A CSV line's key as the stock dictionary stores the word: ids, cost, then the surface and its features. */
function lineKey(line: string): string | undefined {
  const f = line.split(',');
  if (f.length < 4) return undefined;
  return `${f[1]},${f[2]},${f[3]},${f[0]},${f.slice(4).join(',')}`;
}

/** `lines` (IPADIC word lines, any order) in the stock dictionary's word order; throws naming a line it does not hold. */
export function inStockOrder(lines: readonly string[], dir = kuromojiDictDir()): string[] {
  const tid = gunzipSync(readFileSync(join(dir, 'tid.dat.gz')));
  const pos = gunzipSync(readFileSync(join(dir, 'tid_pos.dat.gz')));
  const words = lines.filter((l) => lineKey(l) !== undefined);
  // each key's places in the stock dictionary, first to last (equal lines are the same word)
  const places = new Map<string, number[]>();
  for (let k = 0; k < words.length; k++) {
    const at = k * RECORD;
    if (at + RECORD > tid.length) throw new Error(`stock tid.dat holds fewer than the ${words.length} words read`);
    const feat = tid.readInt32LE(at + 6);
    const end = pos.indexOf(0, feat);
    const key = `${tid.readInt16LE(at)},${tid.readInt16LE(at + 2)},${tid.readInt16LE(at + 4)},${pos.toString('utf8', feat, end)}`;
    let list = places.get(key);
    if (!list) places.set(key, (list = []));
    list.push(k);
  }
  const placed = new Array<string | undefined>(words.length);
  for (const line of words) {
    const k = places.get(lineKey(line)!)?.shift();
    if (k === undefined) throw new Error(`IPADIC word not in the stock dictionary (or more often than there): ${line}`);
    placed[k] = line;
  }
  return placed as string[];
}
