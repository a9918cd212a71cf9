/** Node-only: reads kuromoji's dictionary from the file system (CLI, tests, bench). */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { tightDictReader } from './dict-codec';
import { loadKuromoji } from './kuromoji';
import type { DictReader, Tokenizer } from './types';

/** kuromoji's stock dictionary (the reference the tight one is proven against). */
export function kuromojiDictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('kuromoji/package.json')), 'dict');
}

/** The tight dictionary built by scripts/build-dict.ts (npm run dict:build), checked in. */
export function tightDictDir(): string {
  return fileURLToPath(new URL('../../dict/', import.meta.url));
}

export function fsDictReader(dir: string = kuromojiDictDir()): DictReader {
  return async (name) => {
    const gz = await readFile(join(dir, name));
    const plain = gunzipSync(gz);
    return plain.buffer.slice(plain.byteOffset, plain.byteOffset + plain.byteLength) as ArrayBuffer;
  };
}

/** The dictionary the extension ships: the tight one (dict/), decoded as it is read. */
export function tightFsReader(): DictReader {
  return tightDictReader(fsDictReader(tightDictDir()));
}

let shared: Promise<Tokenizer> | undefined;
/** One tokenizer per process, on the shipped dictionary (~33 MB unpacked). */
export function nodeTokenizer(): Promise<Tokenizer> {
  shared ??= loadKuromoji(tightFsReader());
  return shared;
}
