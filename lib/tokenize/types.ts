/** One token, with offsets into the text that was tokenised (UTF-16 code units). */
export interface Token {
  start: number;
  end: number;
  surface: string;
  /** dictionary form (基本形); the surface for unknown words */
  lemma: string;
  /** part of speech, first level (名詞, 動詞, 記号 …) */
  pos: string;
}

/** The one small interface the engine needs from a morphological analyser. */
export interface Tokenizer {
  tokenize(text: string): Token[];
}

/** The twelve files of kuromoji's IPADIC build, gzip-compressed as shipped. */
export const DICT_FILES = [
  'base.dat.gz',
  'check.dat.gz',
  'tid.dat.gz',
  'tid_pos.dat.gz',
  'tid_map.dat.gz',
  'cc.dat.gz',
  'unk.dat.gz',
  'unk_pos.dat.gz',
  'unk_map.dat.gz',
  'unk_char.dat.gz',
  'unk_compat.dat.gz',
  'unk_invoke.dat.gz',
] as const;
export type DictFile = (typeof DICT_FILES)[number];

/** Reads one dictionary file, already decompressed. */
export type DictReader = (name: DictFile) => Promise<ArrayBuffer>;
