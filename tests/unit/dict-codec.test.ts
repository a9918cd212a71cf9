import { describe, expect, it } from 'vitest';
import { decodeDictFile, encodeDictFile, shippedDictName } from '../../lib/tokenize/dict-codec';
import { DICT_FILES } from '../../lib/tokenize/types';

/** Bytes that look like a trie: int32 values near their index, some negative. */
function trieLike(n: number): Uint8Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i % 7 === 0 ? -i - 3 : i + ((i * 2654435761) % 97);
  return new Uint8Array(a.buffer);
}

describe('the tight dictionary layout', () => {
  it('gives back exactly the buffer it stored, for every file', () => {
    for (const f of DICT_FILES) {
      const buf = trieLike(2000 * 5); // 40 000 bytes: whole records of 2, 4 and 10 bytes
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

  it('refuses a buffer that is not whole records', () => {
    expect(() => decodeDictFile('tid.dat.gz', new ArrayBuffer(15))).toThrow(/not a whole number of 10-byte records/);
  });

  it('ships each file unzipped under its own name', () => {
    expect(shippedDictName('tid_pos.dat.gz')).toBe('tid_pos.dat');
  });
});
