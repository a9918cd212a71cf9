import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeDictFile, dictLayout, encodeDictFile, shippedDictName } from '../../lib/tokenize/dict-codec';
import { kuromojiDictDir, tightDictDir } from '../../lib/tokenize/node-dict';
import { DICT_FILES, type DictFile } from '../../lib/tokenize/types';

/** Bytes that look like a trie: int32 values near their index, some negative. */
function trieLike(n: number): Uint8Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i % 7 === 0 ? -i - 3 : i + ((i * 2654435761) % 97);
  return new Uint8Array(a.buffer);
}

/** A connection-cost-like int16 matrix: header [rows, row length], smooth values, and both int16 extremes (differences wrap). */
function costsLike(rows: number, cols: number): Uint8Array {
  const a = new Int16Array(2 + rows * cols);
  a[0] = rows;
  a[1] = cols;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) a[2 + r * cols + c] = ((r * 37 + c * 11) % 900) - 450 + ((r * c) % 13);
  a[2 + cols + 1] = 32767;
  a[2 + cols + 2] = -32768;
  a[a.length - 1] = -32768;
  return new Uint8Array(a.buffer);
}

const fileOf = (dir: string, f: DictFile) => new Uint8Array(gunzipSync(readFileSync(join(dir, f))));
const decoded = (f: DictFile, stored: Uint8Array) => new Uint8Array(decodeDictFile(f, stored.slice().buffer));

describe('the tight dictionary layout', () => {
  it('gives back exactly the buffer it stored, for every file', () => {
    for (const f of DICT_FILES) {
      // 40 000 bytes: whole records of 2, 4 and 10 bytes; the connection costs as a 100 × 199 matrix
      const buf = f === 'cc.dat.gz' ? costsLike(100, 199) : trieLike(2000 * 5);
      const stored = encodeDictFile(f, buf);
      expect(stored.length).toBe(buf.length);
      expect(new Uint8Array(decodeDictFile(f, stored.slice().buffer)), f).toEqual(buf);
    }
  });

  it('rearranges the big files (so gzip finds their runs) and leaves the small ones', () => {
    const buf = trieLike(1000);
    expect(encodeDictFile('base.dat.gz', buf)).not.toEqual(buf);
    expect(encodeDictFile('unk.dat.gz', buf)).toEqual(buf);
  });

  it('keeps byte planes only where they make the zip much smaller, and decodes the rest as one copy', () => {
    const zipped = (b: Uint8Array) => deflateRawSync(b, { level: 9 }).length;
    // the shipped files: word records and word ids zip to under half without their planes
    for (const f of ['tid.dat.gz', 'tid_map.dat.gz'] as const) {
      expect(dictLayout(f)?.planes, f).toBe(true);
      const stored = fileOf(tightDictDir(), f);
      expect(zipped(stored), f).toBeLessThan(zipped(decoded(f, stored)) * 0.6);
    }
    // the trie and the costs are stored as records: a value's bytes stay together
    for (const f of ['base.dat.gz', 'check.dat.gz', 'cc.dat.gz'] as const) expect(dictLayout(f)?.planes, f).toBe(false);
    const trie = trieLike(1000);
    const stored = encodeDictFile('check.dat.gz', trie);
    const values = new Int32Array(stored.buffer, stored.byteOffset, 1000);
    expect([values[1], values[2]]).toEqual([new Int32Array(trie.buffer)[1]! - 1, new Int32Array(trie.buffer)[2]! - 2]);
  }, 60_000);

  it('keeps feature offsets that wrap past int32 and a one-row cost matrix', () => {
    const tid = trieLike(2000 * 5);
    new DataView(tid.buffer).setInt32(6, 2 ** 31 - 1, true);
    new DataView(tid.buffer).setInt32(16, -(2 ** 31), true);
    expect(decoded('tid.dat.gz', encodeDictFile('tid.dat.gz', tid))).toEqual(tid);
    const row = costsLike(1, 300);
    expect(decoded('cc.dat.gz', encodeDictFile('cc.dat.gz', row))).toEqual(row);
  });

  it('gives back kuromoji’s own connection costs from the shipped file', () => {
    // the stock file carries kuromoji's allocation slack after the matrix
    const stock = fileOf(kuromojiDictDir(), 'cc.dat.gz');
    const ours = decoded('cc.dat.gz', fileOf(tightDictDir(), 'cc.dat.gz'));
    expect(Buffer.compare(ours, stock.subarray(0, ours.length))).toBe(0);
  });

  it('stores the costs smaller in the zip than byte planes alone (the point of it)', () => {
    // 2026-11-30: cc.dat 1 406 -> 1 016 kB deflated with planes too; 2026-12-01, record by record: 1 152 kB
    const zipped = (b: Uint8Array) => deflateRawSync(b, { level: 9 }).length;
    const planesOnly = (b: Uint8Array, width: number) => {
      const n = b.length / width;
      const out = new Uint8Array(b.length);
      for (let k = 0; k < width; k++) for (let i = 0; i < n; i++) out[k * n + i] = b[i * width + k]!;
      return out;
    };
    for (const [f, width, gain] of [['cc.dat.gz', 2, 0.85]] as const) {
      const stored = fileOf(tightDictDir(), f);
      expect(zipped(stored), f).toBeLessThan(zipped(planesOnly(decoded(f, stored), width)) * gain);
    }
  }, 60_000);

  it('refuses a cost matrix whose header does not match its size', () => {
    const bad = costsLike(10, 10);
    new Int16Array(bad.buffer)[1] = 7;
    expect(() => encodeDictFile('cc.dat.gz', bad)).toThrow(/connection costs of 102 values do not hold rows of 7/);
    // the same header in a stored file (record by record): the row length's low and high byte
    const stored = encodeDictFile('cc.dat.gz', costsLike(10, 10));
    stored[2] = 7;
    stored[3] = 0;
    expect(() => decodeDictFile('cc.dat.gz', stored.buffer as ArrayBuffer)).toThrow(/do not hold rows of 7/);
  });

  it('refuses a buffer that is not whole records', () => {
    expect(() => decodeDictFile('tid.dat.gz', new ArrayBuffer(15))).toThrow(/not a whole number of 10-byte records/);
  });

  it('ships each file unzipped under its own name', () => {
    expect(shippedDictName('tid_pos.dat.gz')).toBe('tid_pos.dat');
  });
});
