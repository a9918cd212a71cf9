/**
 * The words' feature lines stored once per distinct value without the surface
 * (scripts/dict-features.ts): on kuromoji's stock dictionary every word keeps its line
 * from the surface's comma on and the rest of its record, and equal lines are stored once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { kuromojiDictDir } from '../../lib/tokenize/node-dict';
import { shareFeatures } from '../../scripts/dict-features';

const stock = (f: string) => new Uint8Array(gunzipSync(readFileSync(join(kuromojiDictDir(), f))));
const lineAt = (pos: Uint8Array, at: number) => new TextDecoder().decode(pos.subarray(at, pos.indexOf(0, at)));
const offsets = (tid: Uint8Array) => {
  const v = new DataView(tid.buffer, tid.byteOffset, tid.byteLength);
  return Array.from({ length: tid.length / 10 }, (_, i) => v.getInt32(i * 10 + 6, true));
};

describe('shared feature lines', () => {
  it('keep every word’s line but its surface, and every other byte of its record, each distinct line once', () => {
    // the stock file ends in zeros past its last record (its builder wrote the whole allocation)
    const pos = stock('tid_pos.dat.gz');
    const tidAll = stock('tid.dat.gz');
    const before = offsets(tidAll);
    const words = before.findIndex((o, i) => i > 0 && o === 0);
    const tid = tidAll.subarray(0, words * 10);
    expect(words).toBeGreaterThan(300_000);
    const shared = shareFeatures(tid, pos);
    const after = offsets(shared.tid);
    const wrong: string[] = [];
    const distinct = new Set<string>();
    for (let i = 0; i < words; i++) {
      const line = lineAt(pos, before[i]!);
      const rest = line.slice(line.indexOf(','));
      distinct.add(rest);
      if (lineAt(shared.pos, after[i]!) !== rest) wrong.push(`word ${i}: ${line}`);
      for (let b = 0; b < 6; b++) if (shared.tid[i * 10 + b] !== tid[i * 10 + b]) wrong.push(`word ${i}: byte ${b}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    // each distinct line once, with its end
    const lines = new TextDecoder().decode(shared.pos).split('\0');
    expect(lines.pop()).toBe('');
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.length).toBe(distinct.size);
  }, 60_000);

  it('refuses a record whose features are not in the file, and a cut record', () => {
    const tid = new Uint8Array(10);
    new DataView(tid.buffer).setInt32(6, 50, true);
    expect(() => shareFeatures(tid, new TextEncoder().encode('a,名詞\0'))).toThrow(/word at byte 0 has its features at 50/);
    expect(() => shareFeatures(new Uint8Array(15), new Uint8Array(1))).toThrow(/not a whole number of 10-byte records/);
  });
});
