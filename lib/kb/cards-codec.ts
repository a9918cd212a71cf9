/**
 * The shipped layout of the dataset's cards half (kb-cards.bin, issue #16: the Chrome zip's
 * 10 MB). The zip deflates every file with a 32 kB window; in plain JSON that window holds a
 * mix of Japanese texts, English texts, addresses and titles, and Japanese costs three UTF-8
 * bytes a character. Stored here instead (measured on 2026-11-30's dataset: 1.42 -> 1.12 MB
 * in the zip; decoding a fresh process's first time takes ~60 ms of CPU in Node against
 * JSON.parse's ~43, of which ~9 are the checksum):
 * - column by column: every leaf value (string, number, boolean, null) goes to the column of
 *   its path (`.entities[].facts[].text.ja` …), so like lies beside like; the tree's shape is
 *   kept once as a skeleton whose leaves are column numbers;
 * - each text column coded by its own character table, ranked by frequency: the 127 most
 *   frequent characters take one byte, the rest two (so a Japanese character is one or two
 *   bytes instead of three, and deflate's codes see characters, not UTF-8 fragments).
 * Generic over any JSON value: the dataset's schema can grow without a change here; decoding
 * gives back what JSON.parse(JSON.stringify(value)) would, keys in the same order.
 *
 * File: "CHKC", format version (1 byte), Adler-32 of what follows (4 bytes LE), then three
 * sections, each a 4-byte LE length and its bytes: the header (JSON: one entry per column),
 * the skeleton (JSON) and the text columns' bytes, one after the other.
 */
const MAGIC = 'CHKC';
const FORMAT_VERSION = 1;
const PREFIX_BYTES = MAGIC.length + 1 + 4;
/** Ends a string in a text column (so no stored string may contain U+0000). */
const END = 0;
/** Characters coded in one byte (1…127; byte 0 is END, 128…255 start a two-byte code). */
const ONE_BYTE = 127;
/** Characters a text column can hold: one-byte codes, then 128 high bytes × 256. */
const MAX_CHARS = ONE_BYTE + 128 * 256;
/**
 * A column is coded with its table only where that makes it this much smaller than UTF-8:
 * mostly-ASCII columns (English, addresses) gain nothing in the zip from a table, and UTF-8
 * is decoded natively, several times faster than the table's loop.
 */
const TABLE_GAIN = 0.9;

type Leaf = string | number | boolean | null;

/**
 * A column: `count` strings in `bytes` of the text section, coded with `table` (characters,
 * most frequent first) or, without a table, in UTF-8; or other leaves as JSON.
 */
type TextColumn = { table?: string[]; count: number; bytes: number };
type Column = TextColumn | { json: Leaf[] };

class CardsFormatError extends Error {
  constructor(what: string) {
    super(`kb-cards: ${what}`);
  }
}

/** Adler-32 (zlib's checksum, RFC 1950): catches a damaged or truncated file before it is read. */
export function adler32(bytes: Uint8Array): number {
  // the largest run of sums that cannot overflow before the modulo (zlib's NMAX)
  const NMAX = 5552;
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length;) {
    const end = Math.min(i + NMAX, bytes.length);
    for (; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function codeText(values: string[]): { table?: string[]; bytes: Uint8Array } {
  const freq = new Map<string, number>();
  for (const s of values) {
    // U+0000 ends a string here; a lone surrogate would not survive decoding as UTF-16
    if (s.includes('\0') || /\p{Cs}/u.test(s)) throw new CardsFormatError(`a string holds U+0000 or a lone surrogate: ${JSON.stringify(s.slice(0, 40))}`);
    for (const ch of s) freq.set(ch, (freq.get(ch) ?? 0) + 1);
  }
  // most frequent first; ties by code unit order, so the same dataset always gives the same file
  const table = [...freq].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([ch]) => ch);
  if (table.length > MAX_CHARS) throw new CardsFormatError(`a column has ${table.length} distinct characters (at most ${MAX_CHARS})`);
  const rank = new Map(table.map((ch, i) => [ch, i]));
  const out: number[] = [];
  for (const s of values) {
    for (const ch of s) {
      const r = rank.get(ch)!;
      if (r < ONE_BYTE) out.push(r + 1);
      else out.push(128 + ((r - ONE_BYTE) >> 8), (r - ONE_BYTE) & 255);
    }
    out.push(END);
  }
  const utf8 = new TextEncoder().encode(values.join('\0') + '\0');
  return out.length < utf8.length * TABLE_GAIN ? { table, bytes: Uint8Array.from(out) } : { bytes: utf8 };
}

/** Any value JSON can write → the column layout (build time). */
export function encodeCards(value: unknown): Uint8Array {
  // JSON's own rules first (undefined properties dropped, toJSON …): the walk sees only JSON
  const json: unknown = JSON.parse(JSON.stringify(value));
  const byPath = new Map<string, number>();
  const leaves: Leaf[][] = [];
  const walk = (v: unknown, path: string): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, `${path}[]`));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, `${path}.${k}`)]));
    let col = byPath.get(path);
    if (col === undefined) byPath.set(path, (col = leaves.push([]) - 1));
    leaves[col]!.push(v as Leaf);
    return col;
  };
  const skeleton = new TextEncoder().encode(JSON.stringify(walk(json, '')));
  const texts: Uint8Array[] = [];
  const columns: Column[] = leaves.map((vs) => {
    if (!vs.every((v) => typeof v === 'string')) return { json: vs };
    const { table, bytes } = codeText(vs);
    texts.push(bytes);
    return { ...(table && { table }), count: vs.length, bytes: bytes.length };
  });
  const header = new TextEncoder().encode(JSON.stringify(columns));
  const text = new Uint8Array(texts.reduce((n, t) => n + t.length, 0));
  texts.reduce((at, t) => (text.set(t, at), at + t.length), 0);
  const sections = [header, skeleton, text];
  const out = new Uint8Array(sections.reduce((n, s) => n + 4 + s.length, PREFIX_BYTES));
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  out[MAGIC.length] = FORMAT_VERSION;
  let at = PREFIX_BYTES;
  for (const s of sections) {
    view.setUint32(at, s.length, true);
    out.set(s, at + 4);
    at += 4 + s.length;
  }
  view.setUint32(MAGIC.length + 1, adler32(out.subarray(PREFIX_BYTES)), true);
  return out;
}

function decodeText(column: TextColumn, bytes: Uint8Array, index: number): string[] {
  if (bytes[bytes.length - 1] !== END) throw new CardsFormatError(`column ${index} does not end a string where it ends`);
  if (!column.table) return checkCount(new TextDecoder().decode(bytes.subarray(0, bytes.length - 1)).split('\0'), column, index);
  const table = column.table;
  // each character's one or two UTF-16 code units (no character is U+0000, so 0 = none)
  const first = new Uint16Array(table.length);
  const second = new Uint16Array(table.length);
  table.forEach((ch, r) => {
    first[r] = ch.charCodeAt(0);
    if (ch.length > 1) second[r] = ch.charCodeAt(1);
  });
  // the whole column as UTF-16, strings separated by U+0000, made into strings natively
  const out = new Uint16Array(bytes.length * 2);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === END) {
      out[n++] = 0;
      continue;
    }
    let r = b - 1;
    if (b > ONE_BYTE) {
      if (i + 1 >= bytes.length) throw new CardsFormatError(`column ${index}: a two-byte code is cut off`);
      r = ONE_BYTE + ((b - 128) << 8) + bytes[++i]!;
    }
    if (r >= first.length) throw new CardsFormatError(`column ${index}: code ${r} outside its table of ${first.length} characters`);
    out[n++] = first[r]!;
    if (second[r]) out[n++] = second[r]!;
  }
  return checkCount(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(out.subarray(0, n - 1)).split('\0'), column, index);
}

function checkCount(strings: string[], column: TextColumn, index: number): string[] {
  if (strings.length !== column.count) throw new CardsFormatError(`column ${index}: ${strings.length} strings, the header says ${column.count}`);
  return strings;
}

/** The column layout → the value it was made from (load time); a damaged file is refused with what is wrong. */
export function decodeCards(bytes: Uint8Array): unknown {
  if (bytes.length < PREFIX_BYTES || new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC)
    throw new CardsFormatError('not a cards file (no CHKC mark)');
  if (bytes[MAGIC.length] !== FORMAT_VERSION) throw new CardsFormatError(`format version ${bytes[MAGIC.length]}, this build reads ${FORMAT_VERSION}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(MAGIC.length + 1, true) !== adler32(bytes.subarray(PREFIX_BYTES)))
    throw new CardsFormatError('checksum mismatch (the file is damaged or cut short)');
  let at = PREFIX_BYTES;
  const section = () => {
    const len = view.getUint32(at, true);
    if (at + 4 + len > bytes.length) throw new CardsFormatError('a section runs past the end of the file');
    const s = bytes.subarray(at + 4, at + 4 + len);
    at += 4 + len;
    return s;
  };
  const parse = <T>(s: Uint8Array, what: string): T => {
    try {
      return JSON.parse(new TextDecoder().decode(s)) as T;
    } catch (e) {
      throw new CardsFormatError(`${what} is not JSON (${(e as Error).message})`);
    }
  };
  const columns = parse<Column[]>(section(), 'the header');
  const skeletonBytes = section();
  const textBytes = section();
  if (at !== bytes.length) throw new CardsFormatError(`${bytes.length - at} bytes after the last section`);
  let t = 0;
  const values: Leaf[][] = columns.map((c, i) => {
    if ('json' in c) return c.json;
    if ((c.table !== undefined && !Array.isArray(c.table)) || !Number.isInteger(c.bytes) || !Number.isInteger(c.count))
      throw new CardsFormatError(`column ${i}: header entry is malformed`);
    if (t + c.bytes > textBytes.length) throw new CardsFormatError(`column ${i} runs past the text section`);
    return decodeText(c, textBytes.subarray(t, (t += c.bytes)), i);
  });
  const next = new Array<number>(values.length).fill(0);
  const take = (v: number): Leaf => {
    const col = values[v];
    if (!col || next[v]! >= col.length) throw new CardsFormatError(`the skeleton asks for more values of column ${v} than it has`);
    return col[next[v]!++]!;
  };
  // leaves in document order, as the encoder took them (for…in and Object.entries agree on order)
  const fill = (node: Record<string, unknown> | unknown[]): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const v = node[i];
        if (typeof v === 'number') node[i] = take(v);
        else if (v !== null && typeof v === 'object') fill(v as Record<string, unknown>);
      }
    } else {
      for (const k in node) {
        const v = node[k];
        if (typeof v === 'number') node[k] = take(v);
        else if (v !== null && typeof v === 'object') fill(v as Record<string, unknown>);
      }
    }
  };
  const root = parse<unknown>(skeletonBytes, 'the skeleton');
  const value = typeof root === 'number' ? take(root) : root !== null && typeof root === 'object' ? (fill(root as Record<string, unknown>), root) : root;
  const left = values.findIndex((col, i) => next[i] !== col.length);
  if (left >= 0) throw new CardsFormatError(`column ${left}: ${values[left]!.length - next[left]!} values the skeleton never uses`);
  return value;
}
