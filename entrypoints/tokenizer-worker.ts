/**
 * The tokenizer's own thread on Firefox: a dedicated worker that holds the dictionary and
 * the annotation service (lib/service.ts). Started by entrypoints/shared/tokenizer-worker-client.ts
 * in the background page (Chrome's service worker runs the service itself:
 * entrypoints/background/host.ts), and terminated
 * when the service goes idle: a worker has its own JS heap, so terminating it gives the
 * whole dictionary (buffers and kuromoji's maps) back at once, which a page that merely
 * drops its references does not (its heap lives on with the extension's process).
 */
import { AnnotatorService } from '../lib/service';
import { tokenizerLoaders } from './shared/tokenizer-loaders';
import type { WorkerReply, WorkerRequest } from './shared/tokenizer-worker-protocol';

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(m: WorkerReply): void;
  location: { href: string };
}

// Firefox's build only: Chrome's service worker cannot start a worker
export default defineUnlistedScript({
  include: ['firefox'],
  main() {
    const scope = globalThis as unknown as WorkerScope;
    const loaders = tokenizerLoaders(new URL('/', scope.location.href).href);
    const service = new AnnotatorService(loaders.loadKb, loaders.loadTokenizer, undefined, () => scope.postMessage({ type: 'idle' }));
    const stats = () => ({ ...service.stats, lastLoadPhases: loaders.phases() });
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
  },
});
