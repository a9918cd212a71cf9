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
import { DICT_SIZES_FILE, dictSizesOf, parseDictSizes } from '../../lib/tokenize/dict-sizes';
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

/**
 * A fetch like a browser's for an extension's own files: no Content-Length, and a byte
 * stream (a fetch's body is one). Counts the reads the stream answered into the reader's own buffer.
 */
function byteFetchOf(files: Map<string, Uint8Array>, chunk: number, seen: { byob: number; other: number }): typeof fetch {
  return (async (url: string | URL | Request) => {
    const bytes = files.get(String(url).split('/').pop()!);
    if (!bytes) return new Response('missing', { status: 404 });
    let at = 0;
    const body = new ReadableStream({
      type: 'bytes',
      pull(c) {
        if (at >= bytes.length) {
          c.close();
          c.byobRequest?.respond(0);
          return;
        }
        const req = c.byobRequest;
        if (req?.view) {
          const n = Math.min(chunk, req.view.byteLength, bytes.length - at);
          new Uint8Array(req.view.buffer, req.view.byteOffset, n).set(bytes.subarray(at, at + n));
          req.respond(n);
          at += n;
          seen.byob++;
        } else {
          c.enqueue(bytes.slice(at, at + chunk));
          at += chunk;
          seen.other++;
        }
      },
    });
    return new Response(body);
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

  it('streams with the build’s lengths where the response gives none, into a buffer of its own', async () => {
    const files = new Map<string, Uint8Array>();
    for (const f of DICT_FILES) files.set(f.replace(/\.gz$/, ''), await stored(f));
    const sizes = dictSizesOf((name) => files.get(name)!.length);
    const seen = { byob: 0, other: 0 };
    const read = streamingDictReader('chrome-extension://x/dict/', byteFetchOf(files, 70_001, seen), Promise.resolve(sizes));
    for (const f of DICT_FILES) {
      const expected = new Uint8Array(decodeDictFile(f, (await stored(f)).slice().buffer));
      expect(Buffer.compare(new Uint8Array(await read(f)), expected), f).toBe(0);
    }
    expect(seen.byob).toBeGreaterThan(100);
    expect(seen.other).toBe(0);
  }, 60_000);

  it('names the file when the build’s length is wrong, and reads whole without one', async () => {
    const bytes = await stored('tid.dat.gz');
    const files = new Map([['tid.dat', bytes]]);
    const seen = { byob: 0, other: 0 };
    const sized = (n: number) => streamingDictReader('x:/d/', byteFetchOf(files, 999, seen), Promise.resolve({ 'tid.dat': n }));
    await expect(sized(bytes.length + 10)('tid.dat.gz')).rejects.toThrow(/tid\.dat.*bytes/);
    await expect(sized(bytes.length - 10)('tid.dat.gz')).rejects.toThrow(/tid\.dat.*more than/);
    const expected = new Uint8Array(decodeDictFile('tid.dat.gz', bytes.slice().buffer));
    for (const sizes of [undefined, Promise.resolve(undefined), Promise.reject(new Error('no sizes file'))]) {
      const whole = streamingDictReader('x:/d/', byteFetchOf(files, 999, seen), sizes);
      expect(Buffer.compare(new Uint8Array(await whole('tid.dat.gz')), expected)).toBe(0);
    }
  });

  it('refuses a sizes file without a whole length for every file, naming it', () => {
    const sizes = dictSizesOf(() => 8);
    expect(parseDictSizes(JSON.parse(JSON.stringify(sizes)))).toEqual(sizes);
    expect(Object.keys(sizes)).toHaveLength(DICT_FILES.length);
    expect(() => parseDictSizes([])).toThrow(DICT_SIZES_FILE);
    expect(() => parseDictSizes({ ...sizes, 'cc.dat': undefined })).toThrow(/no length for cc\.dat/);
    expect(() => parseDictSizes({ ...sizes, 'tid.dat': 1.5 })).toThrow(/no length for tid\.dat/);
    expect(() => parseDictSizes({ ...sizes, 'base.dat': '8' })).toThrow(/no length for base\.dat/);
  });

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
