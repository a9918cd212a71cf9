/**
 * One parse of the dataset's matching half in Chrome's service worker: the background's
 * halves (entrypoints/background/kb-store.ts) and the tokenizer's loaders
 * (entrypoints/shared/tokenizer-loaders.ts) run in the same thread there, and whichever
 * reads kb-match.json first, the other takes that parse (entrypoints/background/index.ts
 * wires them so). Each lets go of it on its own release.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KbHalves } from '../../entrypoints/background/kb-store';
import { tokenizerLoaders, type TokenizerLoaders } from '../../entrypoints/shared/tokenizer-loaders';
import type { CardsKb, MatchKb } from '../../lib/kb/types';

const ROOT = 'chrome-extension://test/';
const match: MatchKb = {
  version: 'v1',
  date: '2026-12-01',
  entities: [{ id: 'org-a', category: 'organization', names: { ja: 'エー社' } }],
  aliases: [{ key: 'えーしゃ', entity: 'org-a', text: 'エー社' }],
  people: [],
  claims: [],
};

let reads: string[];
let failNext: boolean;

beforeEach(() => {
  reads = [];
  failNext = false;
  vi.stubGlobal('fetch', async (url: string) => {
    reads.push(url.slice(ROOT.length));
    if (url.endsWith('kb-match.json')) {
      if (failNext) {
        failNext = false;
        return new Response('', { status: 500 });
      }
      return new Response(JSON.stringify(match));
    }
    // no shipped trie: the loaders build it
    return new Response('', { status: 404 });
  });
});
afterEach(() => vi.unstubAllGlobals());

/** The two readers as the background wires them; `host()` gives the current loaders (a new set after each close). */
function wired() {
  let loaders: TokenizerLoaders | undefined;
  const halves = new KbHalves(
    () =>
      loaders?.heldMatch?.() ??
      fetch(`${ROOT}kb-match.json`).then(async (r) => {
        if (!r.ok) throw new Error(`kb-match.json: HTTP ${r.status}`);
        return (await r.json()) as MatchKb;
      }),
    async () => ({}) as CardsKb,
  );
  const open = () => (loaders = tokenizerLoaders(ROOT, () => halves.heldMatch()));
  const close = () => (loaders = undefined);
  return { halves, open, close };
}

const matchReads = () => reads.filter((r) => r === 'kb-match.json').length;

describe('the matching half, read once in the service worker', () => {
  it('the tokenizer first (a cold start: the dictionary begins loading as the first request arrives): the background takes its parse', async () => {
    const { halves, open } = wired();
    const loaders = open();
    const tokenizerKb = loaders.loadKb();
    const backgroundKb = halves.matching();
    const [t, b] = await Promise.all([tokenizerKb, backgroundKb]);
    expect(matchReads()).toBe(1);
    expect(b.kb).toBe(t.kb);
    const found: string[] = [];
    t.trie.walk('えーしゃ', 0, (_end, values) => found.push(...values.map((v) => v.entity)));
    expect(found).toEqual(['org-a']);
    expect(loaders.phases().sharedKb).toBe(0);
  });

  it('the background first (a page whose blocks were all cached, then an uncached one): the tokenizer takes its parse', async () => {
    const { halves, open } = wired();
    const b = await halves.matching();
    const loaders = open();
    const t = await loaders.loadKb();
    expect(matchReads()).toBe(1);
    expect(t.kb).toBe(b.kb);
    expect(loaders.phases().sharedKb).toBe(1);
  });

  it('what one has let go of is not offered: each reads again after its release', async () => {
    const { halves, open, close } = wired();
    await open().loadKb();
    await halves.matching();
    halves.release();
    close();
    expect(halves.heldMatch()).toBeUndefined();
    await open().loadKb();
    expect(matchReads()).toBe(2);
    // the tokenizer still holds it: the background's next read takes it
    await halves.matching();
    expect(matchReads()).toBe(2);
  });

  it('a failed read is offered to neither, and the next load reads again', async () => {
    const { halves, open } = wired();
    failNext = true;
    const loaders = open();
    await expect(loaders.loadKb()).rejects.toThrow(/HTTP 500/);
    expect(loaders.heldMatch?.()).toBeUndefined();
    await expect(halves.matching()).resolves.toBeDefined();
    expect(matchReads()).toBe(2);
    expect((await loaders.loadKb()).kb).toBe((await halves.matching()).kb);
    expect(matchReads()).toBe(2);
  });
});
