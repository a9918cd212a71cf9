/**
 * What the annotation service (lib/service.ts) loads, read from the extension's own
 * files: the matching half of the dataset with its trie, and kuromoji's dictionary,
 * each file decoded as it streams in (lib/tokenize/dict-stream.ts), with no copy of the
 * stored layout beside the decoded one. Used where the service runs: the service worker
 * on Chrome (entrypoints/background/host.ts), the tokenizer's worker on Firefox
 * (entrypoints/tokenizer-worker.ts).
 */
import { KbIndex } from '../../lib/kb/index';
import type { MatchEntity, MatchKb } from '../../lib/kb/types';
import { streamingDictReader } from '../../lib/tokenize/dict-stream';
import { DICT_SIZES_FILE, parseDictSizes } from '../../lib/tokenize/dict-sizes';
import { kuromojiFromBuffers, readDictionary } from '../../lib/tokenize/kuromoji';
import type { Tokenizer } from '../../lib/tokenize/types';
import { KB_MATCH_FILE, KB_TRIE_FILE } from './kb-files';

export interface TokenizerLoaders {
  loadKb(): Promise<KbIndex<MatchEntity>>;
  loadTokenizer(): Promise<Tokenizer>;
  /** where the last dictionary load's time went (ms): read (fetch and decode), build; the dataset's parse and index (kbMs, trieFromFile 1/0, sharedKb 1/0) */
  phases(): Record<string, number>;
  /** The matching half as parsed by loadKb, if it has been asked for (for another reader in the same thread: the background on Chrome, ../background/index.ts). */
  heldMatch?(): Promise<MatchKb> | undefined;
}

/**
 * Loaders reading under `root` (the extension's base URL). `fetch` is looked up at each read, so a test may slow it.
 * `heldMatch`: the matching half another reader in this thread already holds or is reading, if any, taken instead of a parse of its own.
 */
export function tokenizerLoaders(root: string, heldMatch: () => Promise<MatchKb> | undefined = () => undefined): TokenizerLoaders {
  let kb: Promise<KbIndex<MatchEntity>> | undefined;
  let parsed: Promise<MatchKb> | undefined;
  let phases: Record<string, number> = {};
  /** the dataset's parse and index, and whether the trie came from the shipped file */
  let kbPhases: Record<string, number> = {};
  const get: typeof fetch = (...args) => fetch(...args);
  return {
    loadKb: () => {
      if (kb) return kb;
      const shared = heldMatch();
      const t0 = performance.now();
      const match = (parsed =
        shared ??
        get(`${root}${KB_MATCH_FILE}`).then(async (res) => {
          if (!res.ok) throw new Error(`${KB_MATCH_FILE}: HTTP ${res.status}`);
          return (await res.json()) as MatchKb;
        }));
      const index = Promise.all([
        match,
        // the trie as built with the extension; without it (or with one for another dataset) it is built here
        get(`${root}${KB_TRIE_FILE}`)
          .then((res) => (res.ok ? res.arrayBuffer() : undefined))
          .catch(() => undefined),
      ]).then(([m, trie]) => {
        const t1 = performance.now();
        // the matcher's trie now, while the dictionary is still streaming in
        const i = new KbIndex<MatchEntity>(m).withTrie(trie);
        kbPhases = { kbMs: performance.now() - t1, readKbMs: t1 - t0, trieFromFile: i.trieSource === 'file' ? 1 : 0, sharedKb: shared ? 1 : 0 };
        return i;
      });
      index.catch(() => {
        // a failed read is tried again by the next load
        if (kb === index) kb = parsed = undefined;
      });
      return (kb = index);
    },
    loadTokenizer: async () => {
      const t0 = performance.now();
      // the files' lengths, which the browser's responses do not give (lib/tokenize/dict-sizes.ts); read beside the files, not before them
      const sizes = get(`${root}dict/${DICT_SIZES_FILE}`).then(async (res) => (res.ok ? parseDictSizes(await res.json()) : undefined));
      const decoded = await readDictionary(streamingDictReader(`${root}dict/`, get, sizes));
      const t1 = performance.now();
      const tk = kuromojiFromBuffers(decoded);
      decoded.clear();
      // no gunzip phase: the files ship unzipped (lib/tokenize/dict-codec.ts shippedDictName)
      phases = { readMs: t1 - t0, buildMs: performance.now() - t1 };
      return tk;
    },
    phases: () => ({ ...phases, ...kbPhases }),
    heldMatch: () => parsed,
  };
}
