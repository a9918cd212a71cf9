/**
 * The words' features stored once per distinct value (scripts/build-dict.ts): a word's
 * feature line in tid_pos.dat loses its surface, which the tokenizer takes from the
 * lattice (lib/tokenize/kuromoji.ts), so the line is the first POS level and, where it
 * differs from the surface, the basic form. Of 392 127 lines 16 384 are then distinct:
 * tid_pos.dat 9.9 MB -> 0.4 MB, which the tokenizer's worker holds while loaded (issue #16).
 * The surface's field stays, empty, so kuromoji's formatter finds every field where it was.
 */

/** Bytes of one word's record in tid.dat: left id, right id, cost (int16 each), feature offset (int32). */
const RECORD_BYTES = 10;
/** Where a record's feature offset (into tid_pos.dat) is. */
const FEATURE_AT = 6;
const COMMA = 0x2c;

/** tid.dat and tid_pos.dat with each word's surface dropped from its features and equal lines shared. */
export function shareFeatures(tid: Uint8Array, pos: Uint8Array): { tid: Uint8Array; pos: Uint8Array } {
  if (tid.length % RECORD_BYTES !== 0) throw new Error(`tid.dat: ${tid.length} bytes is not a whole number of ${RECORD_BYTES}-byte records`);
  const out = tid.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const placed = new Map<string, number>();
  const lines: Uint8Array[] = [];
  let size = 0;
  for (let r = 0; r < out.length; r += RECORD_BYTES) {
    const at = view.getInt32(r + FEATURE_AT, true);
    const end = pos.indexOf(0, at);
    if (at < 0 || end < 0) throw new Error(`tid.dat: word at byte ${r} has its features at ${at}, outside tid_pos.dat`);
    const comma = pos.indexOf(COMMA, at);
    // from the surface's comma on (a line without one keeps only its end)
    const rest = pos.subarray(comma >= 0 && comma < end ? comma : end, end + 1);
    const key = Buffer.from(rest).toString('latin1');
    let offset = placed.get(key);
    if (offset === undefined) {
      placed.set(key, (offset = size));
      lines.push(rest);
      size += rest.length;
    }
    view.setInt32(r + FEATURE_AT, offset, true);
  }
  const shared = new Uint8Array(size);
  lines.reduce((o, l) => (shared.set(l, o), o + l.length), 0);
  return { tid: out, pos: shared };
}
