import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKuromoji, urlDictReader } from '../../lib/tokenize/kuromoji';
import { kuromojiDictDir, nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';

let tk: Tokenizer;
beforeAll(async () => {
  tk = await nodeTokenizer();
});

describe('kuromoji tokenizer', () => {
  it('gives offsets that tile the input exactly', () => {
    const s = '中国国内では「個人情報保護法」と名のつく法律は存在し ないため。LINE Payは、約3900万人';
    const toks = tk.tokenize(s);
    expect(toks.map((t) => t.surface).join('')).toBe(s);
    for (const t of toks) expect(s.slice(t.start, t.end)).toBe(t.surface);
    expect(toks.at(-1)!.end).toBe(s.length);
  });

  it('gives dictionary forms for inflected words', () => {
    const toks = tk.tokenize('読めなくなります');
    expect(toks.map((t) => t.lemma)).toEqual(['読める', 'ない', 'なる', 'ます']);
  });

  it('keeps ordinary katakana words whole, so ライン is not a token inside them', () => {
    expect(tk.tokenize('オンライン').map((t) => t.surface)).toEqual(['オンライン']);
    expect(tk.tokenize('ガイドライン').map((t) => t.surface)).toEqual(['ガイドライン']);
  });

  it('loads the same dictionary over fetch + DecompressionStream', async () => {
    const dir = kuromojiDictDir();
    // A fetch that serves the shipped .dat.gz bytes as an extension URL would.
    const fakeFetch = (async (url: string) => {
      const name = new URL(url).pathname.split('/').pop()!;
      return new Response(await readFile(join(dir, name)));
    }) as unknown as typeof fetch;
    const viaUrl = await loadKuromoji(urlDictReader('chrome-extension://abc/dict/', fakeFetch));
    const s = 'LINEヤフーの出澤剛社長は謝罪した。';
    expect(viaUrl.tokenize(s)).toEqual(tk.tokenize(s));
  });

  it('reports a missing dictionary file clearly', async () => {
    const notFound = (async () => new Response('nope', { status: 404 })) as unknown as typeof fetch;
    await expect(loadKuromoji(urlDictReader('chrome-extension://abc/dict', notFound))).rejects.toThrow(/dictionary file .*HTTP 404/);
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(loadKuromoji(urlDictReader('chrome-extension://abc/dict', offline))).rejects.toThrow(/^dictionary file \S+\.dat\.gz: Failed to fetch$/);
    const notGzip = (async () => new Response('plain text, not gzip')) as unknown as typeof fetch;
    await expect(loadKuromoji(urlDictReader('chrome-extension://abc/dict', notGzip))).rejects.toThrow(/not valid gzip/);
  });
});
