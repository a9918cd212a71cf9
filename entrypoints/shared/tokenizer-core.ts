/**
 * The tokenizer's service behind the worker protocol (./tokenizer-worker-protocol.ts):
 * loads the matching half of the dataset and the dictionary from the extension's files
 * under `root`, and answers each request with `post`. Runs wherever the dictionary is to
 * live: a dedicated worker (Firefox, entrypoints/tokenizer-worker.ts) or the sandboxed
 * page in a process of its own (Chrome, entrypoints/tokenizer.sandbox).
 */
import { AnnotatorService } from '../../lib/service';
import { KbIndex } from '../../lib/kb/index';
import type { MatchEntity } from '../../lib/kb/types';
import { KB_MATCH_FILE } from './kb-files';
import { streamingDictReader } from '../../lib/tokenize/dict-stream';
import { kuromojiFromBuffers, readDictionary } from '../../lib/tokenize/kuromoji';
import type { WorkerReply, WorkerRequest } from './tokenizer-worker-protocol';

export function serveTokenizer(root: string, post: (m: WorkerReply) => void): (msg: WorkerRequest) => void {
  let kb: Promise<KbIndex<MatchEntity>> | undefined;
  let phases: Record<string, number> = {};
  const loadKb = () =>
    (kb ??= fetch(`${root}${KB_MATCH_FILE}`).then(async (res) => {
      if (!res.ok) throw new Error(`${KB_MATCH_FILE}: HTTP ${res.status}`);
      // the matcher's trie now, while the dictionary is still streaming in
      return new KbIndex<MatchEntity>(await res.json()).withTrie();
    }));
  // the files are read here, each decoded as it streams in (lib/tokenize/dict-stream.ts):
  // no copy in the page that started this, none of the stored layout beside the decoded one
  const loadTokenizer = async () => {
    const t0 = performance.now();
    const decoded = await readDictionary(streamingDictReader(`${root}dict/`));
    const t1 = performance.now();
    const tk = kuromojiFromBuffers(decoded);
    decoded.clear();
    // no gunzip phase: the files ship unzipped (lib/tokenize/dict-codec.ts shippedDictName)
    phases = { readMs: t1 - t0, buildMs: performance.now() - t1 };
    return tk;
  };
  const service = new AnnotatorService(loadKb, loadTokenizer, undefined, () => post({ type: 'idle' }));
  const stats = () => ({ ...service.stats, lastLoadPhases: phases });
  const failed = (id: number) => (err: unknown) => post({ id, ok: false, error: err instanceof Error ? err.message : String(err), stats: stats() });

  return (msg) => {
    if (msg.type === 'stats') {
      post({ id: msg.id, ok: true, stats: stats() });
      return;
    }
    if (msg.type === 'warm') {
      service.warm().then(() => post({ id: msg.id, ok: true, stats: stats() }), failed(msg.id));
      return;
    }
    const t0 = performance.now();
    service
      .annotateBlocks(msg.blocks)
      .then((results) => post({ id: msg.id, ok: true, results, stats: stats(), workerMs: performance.now() - t0 }), failed(msg.id));
  };
}
