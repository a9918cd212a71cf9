/**
 * Reads a shipped dictionary file straight into kuromoji's layout as its bytes arrive:
 * each chunk of the stored layout (./dict-codec.ts, byte planes) is written to its place
 * in the one output buffer, so no whole copy of the stored file is ever held beside the
 * decoded one (they were ~22 MB of garbage ArrayBuffers per load, freed only whenever
 * the worker's heap next collected). Needs the file's length up front (Content-Length);
 * without it the file is read whole and decoded as before.
 */
import { decodeDictFile, dictLayout, finishDictFile, shippedDictName } from './dict-codec';
import { fetchDictFile } from './fetch-dict';
import type { DictFile, DictReader } from './types';

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

/** The decoded file from its stored bytes as a stream of `total` bytes. */
export async function decodeDictStream(name: DictFile, body: ReadableStream<Uint8Array>, total: number): Promise<ArrayBuffer> {
  const layout = dictLayout(name);
  const out = new Uint8Array(total);
  if (layout && total % layout.width !== 0) throw new Error(`dictionary file ${name}: ${total} bytes is not a whole number of ${layout.width}-byte records`);
  const reader = body.getReader();
  let at = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    const chunk = r.value;
    if (at + chunk.length > total) throw new Error(`dictionary file ${name}: more than the ${total} bytes announced`);
    if (layout) place(out, chunk, at, total, layout.width);
    else out.set(chunk, at);
    at += chunk.length;
  }
  if (at !== total) throw new Error(`dictionary file ${name}: ${at} of ${total} bytes`);
  finishDictFile(name, out);
  return out.buffer as ArrayBuffer;
}

/** Reads the shipped dictionary (unzipped, tight layout) at `baseUrl` over `fetch`, decoding as it streams; errors name the file. */
export function streamingDictReader(baseUrl: string, fetchImpl: typeof fetch = fetch): DictReader {
  return async (name) => {
    const res = await fetchDictFile(baseUrl, shippedDictName(name), fetchImpl);
    const total = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isInteger(total) && total >= 0) return decodeDictStream(name, res.body, total);
    return decodeDictFile(name, await res.arrayBuffer());
  };
}
