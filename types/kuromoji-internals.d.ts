// kuromoji 0.1.2 ships CommonJS sources without an `exports` map; the custom loader
// (lib/tokenize/kuromoji.ts) builds the tokenizer from two of its internal classes.
declare module 'kuromoji/src/dict/DynamicDictionaries.js' {
  import type TokenInfoDictionary from 'kuromoji/src/dict/TokenInfoDictionary.js';
  import type UnknownDictionary from 'kuromoji/src/dict/UnknownDictionary.js';
  class DynamicDictionaries {
    trie: { commonPrefixSearch(key: string): { k: string; v: number }[] };
    token_info_dictionary: {
      dictionary: { getShort(at: number): number };
      loadDictionary(tokenInfo: Uint8Array): unknown;
      loadPosVector(pos: Uint8Array): unknown;
      /** trie id → token info ids; its builder reads only `[id]`, `.length` and `[i]` */
      target_map: Record<number, ArrayLike<number>>;
    };
    unknown_dictionary: {
      dictionary: { getShort(at: number): number };
      target_map: Record<number, number[]>;
      lookup(ch: string): { class_id: number; class_name: string; is_always_invoke: number; is_grouping: number };
    };
    constructor(trie?: null, tokenInfo?: TokenInfoDictionary | null, costs?: null, unknown?: UnknownDictionary | null);
    loadTrie(base: Int32Array, check: Int32Array): this;
    loadTokenInfoDictionaries(tokenInfo: Uint8Array, pos: Uint8Array, targetMap: Uint8Array): this;
    loadConnectionCosts(cc: Int16Array): this;
    loadUnknownDictionaries(
      unk: Uint8Array,
      unkPos: Uint8Array,
      unkMap: Uint8Array,
      catMap: Uint8Array,
      compatCatMap: Uint32Array,
      invokeDef: Uint8Array,
    ): this;
  }
  export default DynamicDictionaries;
}
declare module 'kuromoji/src/Tokenizer.js' {
  import type { IpadicFeatures } from 'kuromoji';
  import type DynamicDictionaries from 'kuromoji/src/dict/DynamicDictionaries.js';
  /** a node of the best path: its token info id (known or unknown word) and its text */
  interface PathNode {
    name: number;
    type: 'KNOWN' | 'UNKNOWN' | 'BOS' | 'EOS';
    surface_form: string;
  }
  class Tokenizer {
    constructor(dic: DynamicDictionaries);
    static splitByPunctuation(text: string): string[];
    tokenize(text: string): IpadicFeatures[];
    viterbi_builder: { build(sentence: string): unknown };
    viterbi_searcher: { search(lattice: unknown): PathNode[] };
    getLattice(sentence: string): unknown;
    token_info_dictionary: { getFeatures(id: number): string | null };
    unknown_dictionary: { getFeatures(id: number): string | null };
  }
  export default Tokenizer;
}
declare module 'kuromoji/src/util/SurrogateAwareString.js' {
  class SurrogateAwareString {
    constructor(s: string);
    length: number;
    slice(index: number): string;
    charAt(index: number): string;
    toString(): string;
  }
  export default SurrogateAwareString;
}
declare module 'kuromoji/src/viterbi/ViterbiLattice.js' {
  class ViterbiLattice {
    append(node: unknown): void;
    appendEos(): void;
  }
  export default ViterbiLattice;
}
declare module 'kuromoji/src/viterbi/ViterbiNode.js' {
  class ViterbiNode {
    constructor(name: number, cost: number, startPos: number, length: number, type: string, leftId: number, rightId: number, surface: string);
  }
  export default ViterbiNode;
}
declare module 'kuromoji/src/dict/TokenInfoDictionary.js' {
  class TokenInfoDictionary {}
  export default TokenInfoDictionary;
}
declare module 'kuromoji/src/dict/UnknownDictionary.js' {
  class UnknownDictionary {}
  export default UnknownDictionary;
}
