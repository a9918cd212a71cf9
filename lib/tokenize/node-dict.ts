/** Node-only: reads kuromoji's dictionary from the file system (CLI, tests, bench). */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadKuromoji } from './kuromoji';
import type { DictReader, Tokenizer } from './types';

export function kuromojiDictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('kuromoji/package.json')), 'dict');
}

export function fsDictReader(dir: string = kuromojiDictDir()): DictReader {
  return async (name) => {
    const gz = await readFile(join(dir, name));
    const plain = gunzipSync(gz);
    return plain.buffer.slice(plain.byteOffset, plain.byteOffset + plain.byteLength) as ArrayBuffer;
  };
}

let shared: Promise<Tokenizer> | undefined;
/** One tokenizer per process: the dictionary is ~100 MB once unpacked. */
export function nodeTokenizer(): Promise<Tokenizer> {
  shared ??= loadKuromoji(fsDictReader());
  return shared;
}
