/**
 * Reads the shipped dictionary files into kuromoji's layout. A file stored as byte planes
 * (./dict-codec.ts) is read into one scratch buffer and decoded from it a machine word at
 * a time; the files take turns at the scratch, so a load leaves one file's worth of
 * garbage (5.4 MB) rather than a stored copy of each (~22 MB, freed only whenever the
 * worker's heap next collected). Writing each chunk's bytes to their places as they
 * arrived kept no copy at all but cost a byte-at-a-time loop: ~160 ms of a cold load
 * (Node, 2026-11-30). Needs the file's length up front (Content-Length); without it the
 * file is read whole and decoded.
 */
import { decodeDictFile, dictLayout, shippedDictName } from './dict-codec';
import { fetchDictFile } from './fetch-dict';
import type { DictFile, DictReader } from './types';

/** Reads `total` bytes of `body` into `into` (at least that long). */
async function readInto(name: DictFile, body: ReadableStream<Uint8Array>, total: number, into: Uint8Array): Promise<void> {
  const reader = body.getReader();
  let at = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    const chunk = r.value;
    if (at + chunk.length > total) throw new Error(`dictionary file ${name}: more than the ${total} bytes announced`);
    into.set(chunk, at);
    at += chunk.length;
  }
  if (at !== total) throw new Error(`dictionary file ${name}: ${at} of ${total} bytes`);
}

/** The decoded file from its stored bytes as a stream of `total` bytes; `scratch` gives a buffer of at least n bytes to read a stored layout into. */
export async function decodeDictStream(
  name: DictFile,
  body: ReadableStream<Uint8Array>,
  total: number,
  scratch: (n: number) => Uint8Array = (n) => new Uint8Array(n),
): Promise<ArrayBuffer> {
  const layout = dictLayout(name);
  if (layout && total % layout.width !== 0) throw new Error(`dictionary file ${name}: ${total} bytes is not a whole number of ${layout.width}-byte records`);
  if (!layout) {
    const out = new Uint8Array(total);
    await readInto(name, body, total, out);
    return out.buffer as ArrayBuffer;
  }
  const stored = scratch(total).subarray(0, total);
  await readInto(name, body, total, stored);
  return decodeDictFile(name, stored);
}

/** Reads the shipped dictionary (unzipped, tight layout) at `baseUrl` over `fetch`; errors name the file. */
export function streamingDictReader(baseUrl: string, fetchImpl: typeof fetch = fetch): DictReader {
  // one scratch for the reader's files, taken in turns (see above); dropped with the reader
  let scratch = new Uint8Array(0);
  let turn: Promise<unknown> = Promise.resolve();
  const grow = (n: number) => (scratch.length >= n ? scratch : (scratch = new Uint8Array(n)));
  return (name) => {
    const mine = turn.then(async () => {
      const res = await fetchDictFile(baseUrl, shippedDictName(name), fetchImpl);
      const total = Number(res.headers.get('content-length') ?? NaN);
      if (Number.isInteger(total) && total >= 0) return decodeDictStream(name, res.body, total, grow);
      return decodeDictFile(name, await res.arrayBuffer());
    });
    turn = mine.catch(() => {});
    return mine;
  };
}
