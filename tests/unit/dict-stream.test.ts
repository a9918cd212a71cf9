/**
 * The worker's streaming dictionary reader (lib/tokenize/dict-stream.ts) gives exactly the
 * whole-file decoder's bytes, however the stored file is cut into chunks, and names the
 * file when a response is short, long or missing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeDictFile } from '../../lib/tokenize/dict-codec';
import { streamingDictReader } from '../../lib/tokenize/dict-stream';
import { tightDictDir } from '../../lib/tokenize/node-dict';
import { DICT_FILES, type DictFile } from '../../lib/tokenize/types';

const stored = async (f: DictFile) => new Uint8Array(gunzipSync(await readFile(join(tightDictDir(), f))));

/** A fetch that serves `files` (by shipped name) in chunks of the given sizes, in turn, with or without Content-Length. */
function fetchOf(files: Map<string, Uint8Array>, sizes: number[], opts: { length?: (real: number) => number | undefined } = {}): typeof fetch {
  return (async (url: string | URL | Request) => {
    const name = String(url).split('/').pop()!;
    const bytes = files.get(name);
    if (!bytes) return new Response('missing', { status: 404 });
    let at = 0;
    let k = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        if (at >= bytes.length) return c.close();
        const n = sizes[k++ % sizes.length]!;
        c.enqueue(bytes.slice(at, at + n));
        at += n;
      },
    });
    const length = opts.length ? opts.length(bytes.length) : bytes.length;
    return new Response(body, { headers: length === undefined ? {} : { 'content-length': String(length) } });
  }) as typeof fetch;
}

describe('the streaming dictionary reader', () => {
  it('decodes every shipped file to the whole-file decoder’s bytes, in odd-sized chunks', async () => {
    const files = new Map<string, Uint8Array>();
    for (const f of DICT_FILES) files.set(f.replace(/\.gz$/, ''), await stored(f));
    const read = streamingDictReader('chrome-extension://x/dict/', fetchOf(files, [65_536, 1, 7, 100_003, 4096]));
    for (const f of DICT_FILES) {
      const expected = new Uint8Array(decodeDictFile(f, (await stored(f)).slice().buffer));
      expect(Buffer.compare(new Uint8Array(await read(f)), expected), f).toBe(0);
    }
  }, 60_000);

  it('reads a file whole when the response gives no length', async () => {
    const f: DictFile = 'cc.dat.gz';
    const bytes = await stored(f);
    const read = streamingDictReader('x:/dict/', fetchOf(new Map([['cc.dat', bytes]]), [1000], { length: () => undefined }));
    expect(Buffer.compare(new Uint8Array(await read(f)), new Uint8Array(decodeDictFile(f, bytes.slice().buffer)))).toBe(0);
  });

  it('names the file when it is shorter or longer than announced, or missing', async () => {
    const bytes = await stored('tid.dat.gz');
    const files = new Map([['tid.dat', bytes]]);
    await expect(streamingDictReader('x:/d/', fetchOf(files, [999], { length: (n) => n + 10 }))('tid.dat.gz')).rejects.toThrow(/tid\.dat.*bytes/);
    await expect(streamingDictReader('x:/d/', fetchOf(files, [999], { length: (n) => n - 10 }))('tid.dat.gz')).rejects.toThrow(/tid\.dat.*more than/);
    await expect(streamingDictReader('x:/d/', fetchOf(files, [999]))('base.dat.gz')).rejects.toThrow(/base\.dat: HTTP 404/);
  });
});
