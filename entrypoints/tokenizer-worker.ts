/**
 * The tokenizer's own thread: a dedicated worker that holds the dictionary and the
 * annotation service (lib/service.ts). Started by entrypoints/shared/tokenizer-worker-client.ts
 * (in the offscreen document on Chrome, the background page on Firefox), and terminated
 * when the service goes idle: a worker has its own JS heap, so terminating it gives the
 * whole dictionary (buffers and kuromoji's maps) back at once, which a page that merely
 * drops its references does not (its heap lives on with the extension's process).
 */
import { AnnotatorService } from '../lib/service';
import { KbIndex } from '../lib/kb/index';
import type { MatchEntity } from '../lib/kb/types';
import { KB_MATCH_FILE } from './shared/kb-files';
import { streamingDictReader } from '../lib/tokenize/dict-stream';
import { DICT_SIZES_FILE, parseDictSizes } from '../lib/tokenize/dict-sizes';
import { kuromojiFromBuffers, readDictionary } from '../lib/tokenize/kuromoji';
import type { WorkerReply, WorkerRequest } from './shared/tokenizer-worker-protocol';

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(m: WorkerReply): void;
  location: { href: string };
}

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as WorkerScope;
  const root = new URL('/', scope.location.href).href;
  let kb: Promise<KbIndex<MatchEntity>> | undefined;
  let phases: Record<string, number> = {};
  const loadKb = () =>
    (kb ??= fetch(`${root}${KB_MATCH_FILE}`).then(async (res) => {
      if (!res.ok) throw new Error(`${KB_MATCH_FILE}: HTTP ${res.status}`);
      // the matcher's trie now, while the dictionary is still streaming in
      return new KbIndex<MatchEntity>(await res.json()).withTrie();
    }));
  // the worker reads the files itself, decoding each as it streams in (lib/tokenize/dict-stream.ts):
  // no copy in the page that started it, none of the stored layout beside the decoded one
  const loadTokenizer = async () => {
    const t0 = performance.now();
    // the files' lengths, which the browser's responses do not give (lib/tokenize/dict-sizes.ts); read beside the files, not before them
    const sizes = fetch(`${root}dict/${DICT_SIZES_FILE}`).then(async (res) => (res.ok ? parseDictSizes(await res.json()) : undefined));
    const decoded = await readDictionary(streamingDictReader(`${root}dict/`, fetch, sizes));
    const t1 = performance.now();
    const tk = kuromojiFromBuffers(decoded);
    decoded.clear();
    // no gunzip phase: the files ship unzipped (lib/tokenize/dict-codec.ts shippedDictName)
    phases = { readMs: t1 - t0, buildMs: performance.now() - t1 };
    return tk;
  };
  const service = new AnnotatorService(loadKb, loadTokenizer, undefined, () => scope.postMessage({ type: 'idle' }));
  const stats = () => ({ ...service.stats, lastLoadPhases: phases });
  const failed = (id: number) => (err: unknown) =>
    scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err), stats: stats() });

  scope.onmessage = (e) => {
    const msg = e.data;
    if (msg.type === 'stats') {
      scope.postMessage({ id: msg.id, ok: true, stats: stats() });
      return;
    }
    if (msg.type === 'warm') {
      service.warm().then(() => scope.postMessage({ id: msg.id, ok: true, stats: stats() }), failed(msg.id));
      return;
    }
    const t0 = performance.now();
    service
      .annotateBlocks(msg.blocks)
      .then((results) => scope.postMessage({ id: msg.id, ok: true, results, stats: stats(), workerMs: performance.now() - t0 }), failed(msg.id));
  };
});
