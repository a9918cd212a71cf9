import { deflateRawSync, deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { adler32, decodeCards, encodeCards } from '../../lib/kb/cards-codec';
import { cardsKbOf } from '../../lib/kb/halves';
import { realKb } from './real-kb';

/** The cards half as the build shipped it until this layout: its JSON text. */
let json: string;
let stored: Uint8Array;

beforeAll(() => {
  const cards = cardsKbOf(realKb().kb.kb);
  json = JSON.stringify(cards);
  stored = encodeCards(cards);
}, 60_000);

const roundTrip = (v: unknown) => decodeCards(encodeCards(v));

describe('the cards half stored column by column', () => {
  it('gives back the real compiled dataset exactly: same values, same key order', () => {
    expect(JSON.stringify(decodeCards(stored))).toBe(json);
  });

  it('is smaller in the zip than the JSON it replaces (the point of it)', () => {
    const zipped = (b: Uint8Array | string) => deflateRawSync(b, { level: 9 }).length;
    // 2026-11-30: 1 434 -> 1 119 kB; a fifth is a floor well under that
    expect(zipped(stored)).toBeLessThan(zipped(json) * 0.8);
  });

  it('keeps any JSON value: numbers, booleans, null, empty containers, mixed columns, odd keys', () => {
    const cases: unknown[] = [
      { a: [1, 'x', true, null, 2.5, -0.25], b: {}, c: [], d: [[], [{}]], '2024': 'number-like key', '': 'empty key' },
      [{ k: 'あ' }, { k: 1 }, { k: null }, { k: false }],
      'one string',
      42,
      null,
      [],
      { s: ['', '', 'a'] },
    ];
    for (const v of cases) expect(JSON.stringify(roundTrip(v))).toBe(JSON.stringify(v));
  });

  it('keeps characters outside the one-byte codes: astral characters, a leading BOM, over 127 distinct kanji', () => {
    const kanji = Array.from({ length: 600 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 37) % 20000))).join('');
    const v = { t: ['\uFEFFbom first', '𠮷野家 𩸽', kanji, kanji.slice(100) + '😀', 'ascii only'], u: ['\uFEFF'] };
    expect(roundTrip(v)).toEqual(v);
  });

  it('follows JSON’s rules where a value is not JSON, as the JSON file did', () => {
    expect(roundTrip({ t: undefined, u: [undefined, 1], d: new Date(0) })).toEqual({ u: [null, 1], d: '1970-01-01T00:00:00.000Z' });
  });

  it('refuses what it could not give back (U+0000, a lone surrogate)', () => {
    expect(() => encodeCards({ t: 'a\0b' })).toThrow(/kb-cards: .*U\+0000/);
    expect(() => encodeCards({ t: 'a\uD800b' })).toThrow(/lone surrogate/);
  });

  it('checksums with zlib’s Adler-32', () => {
    const bytes = new TextEncoder().encode(json.slice(0, 200_000));
    const z = deflateSync(bytes);
    expect(adler32(bytes)).toBe(z.readUInt32BE(z.length - 4));
  });
});

describe('a damaged cards file', () => {
  it('is refused when cut short anywhere, with a clear error', () => {
    for (const len of [0, 3, 8, 9, 20, 1000, stored.length >> 1, stored.length - 1]) {
      expect(() => decodeCards(stored.subarray(0, len)), `${len} bytes`).toThrow(/^kb-cards: /);
    }
  });

  it('is refused when any byte is changed (magic, version, checksum, each section)', () => {
    const view = new DataView(stored.buffer, stored.byteOffset);
    const headerLen = view.getUint32(9, true);
    const skeletonAt = 9 + 4 + headerLen + 4;
    const spots = [0, 4, 5, 9 + 4 + 10, skeletonAt + 5, stored.length - 2000, stored.length - 1];
    const expected = [/no CHKC mark/, /format version/, /checksum/, /checksum/, /checksum/, /checksum/, /checksum/];
    spots.forEach((at, i) => {
      const bad = stored.slice();
      bad[at] = bad[at]! ^ 0x5a;
      expect(() => decodeCards(bad), `byte ${at}`).toThrow(expected[i]!);
    });
  });

  it('is refused when its parts disagree, even with a valid checksum', () => {
    // a column whose header count is off by one: rebuilt with a fresh checksum, as a faulty encoder would write it
    const forged = Buffer.from(encodeCards({ a: ['x', 'y'], b: [1, 2] }));
    const at = forged.indexOf('"count":2');
    expect(at).toBeGreaterThan(0);
    forged.write('"count":3', at);
    forged.writeUInt32LE(adler32(forged.subarray(9)), 5);
    expect(() => decodeCards(forged)).toThrow(/kb-cards: column 0: 2 strings, the header says 3/);
  });
});
