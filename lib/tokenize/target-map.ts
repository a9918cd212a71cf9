/**
 * kuromoji's word lookup with its trie-id → token-info-ids table (tid_map.dat) kept as
 * the file's own Int32Array plus one index array, instead of the object of ~326 000
 * small arrays kuromoji builds from it (TokenInfoDictionary.loadTargetMap): that object
 * was ~60 MB of the tokenizer's ~65 MB JS heap, here it is ~5.7 MB of typed arrays.
 *
 * `compactBuild` is kuromoji 0.1.2's ViterbiBuilder.prototype.build (Apache-2.0,
 * © Takuya Asano, Atilika Inc. and contributors) with only the table lookup changed:
 * the same lattice, node for node, so the same tokens (tests/unit/target-map.test.ts).
 */
import SurrogateAwareString from 'kuromoji/src/util/SurrogateAwareString.js';
import ViterbiLattice from 'kuromoji/src/viterbi/ViterbiLattice.js';
import ViterbiNode from 'kuromoji/src/viterbi/ViterbiNode.js';

/** tid_map.dat: a count, then per trie id in ascending order: id, n, n token info ids. */
export class TargetMap {
  readonly ids: Int32Array;
  /** for each trie id, where its token info ids start in `ids` (their count is just before); 0 = no entry */
  private readonly at: Int32Array;

  constructor(buffer: ArrayBuffer) {
    const ids = new Int32Array(buffer);
    let maxKey = -1;
    for (let p = 1; p + 1 < ids.length; p += 2 + ids[p + 1]!) maxKey = Math.max(maxKey, ids[p]!);
    const at = new Int32Array(maxKey + 1);
    for (let p = 1; p + 1 < ids.length; p += 2 + ids[p + 1]!) at[ids[p]!] = p + 2;
    this.ids = ids;
    this.at = at;
  }

  /** Index in `ids` of the first token info id of `trieId`; their count is at the index before. */
  first(trieId: number): number {
    const p = trieId < this.at.length ? this.at[trieId]! : 0;
    if (p === 0) throw new Error(`dictionary: trie id ${trieId} has no token info (tid_map.dat does not match base.dat)`);
    return p;
  }
}

/** The parts of kuromoji's dictionaries the lattice builder reads. */
interface Dic {
  trie: { commonPrefixSearch(key: string): { k: string; v: number }[] };
  token_info_dictionary: { dictionary: ShortReader };
  unknown_dictionary: {
    dictionary: ShortReader;
    target_map: Record<number, number[]>;
    lookup(ch: string): { class_id: number; class_name: string; is_always_invoke: number; is_grouping: number };
  };
}
interface ShortReader {
  getShort(at: number): number;
}

/** kuromoji's ViterbiBuilder.build over `map` (see the file comment). */
export function compactBuild(dic: Dic, map: TargetMap): (sentence: string) => unknown {
  const known = dic.token_info_dictionary.dictionary;
  const unknown = dic.unknown_dictionary;
  return (sentenceStr) => {
    const lattice = new ViterbiLattice();
    const sentence = new SurrogateAwareString(sentenceStr);
    for (let pos = 0; pos < sentence.length; pos++) {
      const tail = sentence.slice(pos);
      const vocabulary = dic.trie.commonPrefixSearch(tail);
      for (const { k: key, v: trieId } of vocabulary) {
        // (a loop over the ids, no callback: this runs for every dictionary word at every position)
        const p = map.first(trieId);
        for (let i = p, end = p + map.ids[p - 1]!; i < end; i++) {
          const id = map.ids[i]!;
          lattice.append(new ViterbiNode(id, known.getShort(id + 4), pos + 1, key.length, 'KNOWN', known.getShort(id), known.getShort(id + 2), key));
        }
      }
      // unknown word processing, as kuromoji's
      const surrogateAwareTail = new SurrogateAwareString(tail);
      const headChar = new SurrogateAwareString(surrogateAwareTail.charAt(0));
      const headClass = unknown.lookup(headChar.toString());
      if (vocabulary.length === 0 || headClass.is_always_invoke === 1) {
        let key: string | InstanceType<typeof SurrogateAwareString> = headChar;
        if (headClass.is_grouping === 1 && 1 < surrogateAwareTail.length) {
          for (let k = 1; k < surrogateAwareTail.length; k++) {
            const next = surrogateAwareTail.charAt(k);
            if (headClass.class_name !== unknown.lookup(next).class_name) break;
            key += next;
          }
        }
        for (const unkId of unknown.target_map[headClass.class_id]!) {
          const id = Number(unkId);
          lattice.append(
            new ViterbiNode(
              id,
              unknown.dictionary.getShort(id + 4),
              pos + 1,
              key.length,
              'UNKNOWN',
              unknown.dictionary.getShort(id),
              unknown.dictionary.getShort(id + 2),
              key.toString(),
            ),
          );
        }
      }
    }
    lattice.appendEos();
    return lattice;
  };
}
