/**
 * The tokenizer's own thread on Firefox: a dedicated worker of the background page that
 * holds the dictionary and the annotation service (./shared/tokenizer-core.ts). Started
 * by entrypoints/shared/tokenizer-worker-client.ts and terminated when the service goes
 * idle: a worker has its own JS heap, so terminating it gives the whole dictionary
 * (buffers and kuromoji's maps) back at once, which a page that merely drops its
 * references does not. (Chrome runs the same service in a sandboxed page, whose process
 * exits with it: entrypoints/tokenizer.sandbox.)
 */
import { serveTokenizer } from './shared/tokenizer-core';
import type { WorkerReply, WorkerRequest } from './shared/tokenizer-worker-protocol';

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(m: WorkerReply): void;
  location: { href: string };
}

export default defineUnlistedScript({
  include: ['firefox'],
  main() {
    const scope = globalThis as unknown as WorkerScope;
    const handle = serveTokenizer(new URL('/', scope.location.href).href, (m) => scope.postMessage(m));
    scope.onmessage = (e) => handle(e.data);
  },
});
