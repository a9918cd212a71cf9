/**
 * Reads a shipped dictionary file straight into kuromoji's layout as its bytes arrive:
 * each chunk of the stored layout (./dict-codec.ts, byte planes) is written to its place
 * in the one output buffer, so no whole copy of the stored file is ever held beside the
 * decoded one (they were ~22 MB of garbage ArrayBuffers per load, freed only whenever
 * the worker's heap next collected). Where the stream allows it (a fetch's body does),
 * the chunks are read into one reused buffer of the reader's own, so none is left either.
 * Needs the file's length up front: Content-Length, else the build's list of lengths
 * (./dict-sizes.ts; Chromium sends no Content-Length for an extension's files); without
 * either the file is read whole and decoded as before.
 */
import { decodeDictFile, dictLayout, finishDictFile, shippedDictName } from './dict-codec';
import type { DictSizes } from './dict-sizes';
import { fetchDictFile } from './fetch-dict';
import type { DictFile, DictReader } from './types';

/** Bytes read at a time into the reused buffer: a fetch's own chunks are this size or smaller. */
const READ_BYTES = 64 * 1024;

/** Writes `chunk` (stored bytes from offset `at` of a file of `total` bytes) into `out`, kuromoji's layout. */
function place(out: Uint8Array, chunk: Uint8Array, at: number, total: number, width: number): void {
  const n = total / width;
  let i = 0;
  while (i < chunk.length) {
    const pos = at + i;
    const plane = Math.floor(pos / n);
    const j0 = pos - plane * n;
    // this chunk's run inside one plane: records j0, j0+1, … get their byte `plane`
    const run = Math.min(chunk.length - i, n - j0);
    for (let r = 0, o = j0 * width + plane; r < run; r++, o += width) out[o] = chunk[i + r]!;
    i += run;
  }
}

/**
 * The stream's chunks in turn: read into one buffer reused chunk after chunk when the
 * stream is a byte stream (each chunk valid until the next is asked for), else as they come.
 */
async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  let byob: ReadableStreamBYOBReader | undefined;
  try {
    byob = body.getReader({ mode: 'byob' });
  } catch {
    // not a byte stream: its own chunks
  }
  if (!byob) {
    const reader = body.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) yield r.value;
    return;
  }
  let buffer = new ArrayBuffer(READ_BYTES);
  for (;;) {
    const r = await byob.read(new Uint8Array(buffer));
    if (r.done) return;
    yield r.value;
    // the read handed the buffer over and back: the next read reuses it
    buffer = r.value.buffer as ArrayBuffer;
  }
}

/** The decoded file from its stored bytes as a stream of `total` bytes. */
export async function decodeDictStream(name: DictFile, body: ReadableStream<Uint8Array>, total: number): Promise<ArrayBuffer> {
  const layout = dictLayout(name);
  const out = new Uint8Array(total);
  if (layout && total % layout.width !== 0) throw new Error(`dictionary file ${name}: ${total} bytes is not a whole number of ${layout.width}-byte records`);
  let at = 0;
  for await (const chunk of chunksOf(body)) {
    if (at + chunk.length > total) throw new Error(`dictionary file ${name}: more than the ${total} bytes announced`);
    if (layout?.planes) place(out, chunk, at, total, layout.width);
    else out.set(chunk, at);
    at += chunk.length;
  }
  if (at !== total) throw new Error(`dictionary file ${name}: ${at} of ${total} bytes`);
  finishDictFile(name, out);
  return out.buffer as ArrayBuffer;
}

/**
 * Reads the shipped dictionary (unzipped, tight layout) at `baseUrl` over `fetch`, decoding as it streams; errors name the file.
 * `sizes`: the files' lengths where the responses do not say (./dict-sizes.ts); undefined (or a failed read of them) = read whole.
 */
export function streamingDictReader(baseUrl: string, fetchImpl: typeof fetch = fetch, sizes?: Promise<DictSizes | undefined>): DictReader {
  return async (name) => {
    const res = await fetchDictFile(baseUrl, shippedDictName(name), fetchImpl);
    const header = res.headers.get('content-length');
    const total = header !== null ? Number(header) : (await sizes?.catch(() => undefined))?.[shippedDictName(name)];
    if (total !== undefined && Number.isInteger(total) && total >= 0) return decodeDictStream(name, res.body, total);
    return decodeDictFile(name, await res.arrayBuffer());
  };
}
