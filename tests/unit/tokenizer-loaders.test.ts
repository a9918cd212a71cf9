/**
 * The annotation service's loaders (entrypoints/shared/tokenizer-loaders.ts): the matching
 * half is read from the extension's file, or, in Chrome's service worker, taken from the
 * background, which has read it already: then the file is not read a second time.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KB_MATCH_FILE } from '../../entrypoints/shared/kb-files';
import { tokenizerLoaders } from '../../entrypoints/shared/tokenizer-loaders';
import { miniKb } from '../fixtures/mini-kb';

const ROOT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('tokenizer loaders: the matching half', () => {
  it('given the background\u2019s matching half, builds its trie and reads no file', async () => {
    const fetched = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', fetched);
    const kb = miniKb();
    const matching = vi.fn(async () => kb);
    const loaders = tokenizerLoaders(ROOT, matching);
    const [a, b] = await Promise.all([loaders.loadKb(), loaders.loadKb()]);
    expect(a).toBe(kb);
    expect(b).toBe(kb);
    expect(matching).toHaveBeenCalledTimes(1);
    // built by the load (reading kb.trie here would build it)
    expect((kb as unknown as { builtTrie?: unknown }).builtTrie).toBeDefined();
    expect(fetched).not.toHaveBeenCalled();
  });

  it('without it, reads the file; a failed read is tried again by the next load', async () => {
    const json = JSON.stringify(miniKb().kb);
    let fail = true;
    const fetched = vi.fn(async (url: string) => {
      expect(url).toBe(`${ROOT}${KB_MATCH_FILE}`);
      if (fail) return new Response('', { status: 500 });
      return new Response(json);
    });
    vi.stubGlobal('fetch', fetched);
    const loaders = tokenizerLoaders(ROOT);
    await expect(loaders.loadKb()).rejects.toThrow(`${KB_MATCH_FILE}: HTTP 500`);
    fail = false;
    const kb = await loaders.loadKb();
    expect(kb.entity('org-lineplus')?.id).toBe('org-lineplus');
    expect(fetched).toHaveBeenCalledTimes(2);
  });
});
