/**
 * kuromoji's word lookup with its trie-id → token-info-ids table (tid_map.dat) kept as
 * the file's own Int32Array plus one index array, instead of the object of ~326 000
 * small arrays kuromoji builds from it (TokenInfoDictionary.loadTargetMap): that object
 * was ~60 MB of the tokenizer's ~65 MB JS heap, here it is ~5.7 MB of typed arrays.
 * kuromoji's own lattice builder reads it through `targetMapView`, so the tokens are
 * kuromoji's (tests/unit/target-map.test.ts).
 */

/**
 * tid_map.dat: a count, then per trie id: id, n, n token info ids. kuromoji's own loader
 * adds each id to its trie id's list, so an entry with n = 0 adds nothing: the stock
 * file, saved at its buffer's allocated size, ends in zeros that read as (0, 0) pairs
 * and must not replace trie id 0's list.
 */
export class TargetMap {
  readonly ids: Int32Array;
  /** for each trie id, where its token info ids start in `ids` (their count is just before); 0 = no entry */
  private readonly at: Int32Array;

  constructor(buffer: ArrayBuffer) {
    const ids = new Int32Array(buffer);
    let maxKey = -1;
    for (let p = 1; p + 1 < ids.length; p += 2 + ids[p + 1]!) maxKey = Math.max(maxKey, ids[p]!);
    const at = new Int32Array(maxKey + 1);
    for (let p = 1; p + 1 < ids.length; p += 2 + ids[p + 1]!) {
      if (ids[p + 1] === 0) continue;
      if (at[ids[p]!] !== 0) throw new Error(`dictionary: trie id ${ids[p]} is listed twice in tid_map.dat`);
      at[ids[p]!] = p + 2;
    }
    this.ids = ids;
    this.at = at;
  }

  /** The token info ids of `trieId`, as a view into the file's array. */
  list(trieId: number): Int32Array {
    const p = trieId < this.at.length ? this.at[trieId]! : 0;
    if (p === 0) throw new Error(`dictionary: trie id ${trieId} has no token info (tid_map.dat does not match base.dat)`);
    return this.ids.subarray(p, p + this.ids[p - 1]!);
  }
}

/**
 * The table as kuromoji's lattice builder reads it (`target_map[trieId]`, then `.length`
 * and `[i]`): each read answers a view into the file's own array, so no object of small
 * arrays is ever built and kuromoji's own builder runs unchanged.
 */
export function targetMapView(map: TargetMap): Record<number, Int32Array> {
  return new Proxy(Object.create(null) as Record<number, Int32Array>, {
    get: (_target, key) => (typeof key === 'string' ? map.list(Number(key)) : undefined),
  });
}
