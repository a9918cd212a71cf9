/**
 * The tokenizer on Chrome: a sandboxed extension page (opaque origin, no extension APIs)
 * framed by the offscreen document (entrypoints/offscreen/sandbox-port.ts), in a renderer
 * process of its own that ends when the frame is removed. It reads the dictionary and
 * kb-match.json itself (the sandbox CSP allows fetching the extension's own files only)
 * and answers the document's requests (entrypoints/shared/sandbox-messages.ts).
 */
import { serveTokenizer } from '../shared/tokenizer-core';
import { SandboxRequest, type SandboxMessage } from '../shared/sandbox-messages';
import type { WorkerRequest } from '../shared/tokenizer-worker-protocol';

// location.origin is the address's origin (the extension's), self.origin the opaque 'null'
const extensionOrigin = location.origin;
/** only to the extension's document that frames this page */
const post = (m: SandboxMessage) => window.parent.postMessage(m, extensionOrigin);
const handle = serveTokenizer(`${extensionOrigin}/`, post);

window.addEventListener('message', (e: MessageEvent<unknown>) => {
  if (e.source !== window.parent || e.origin !== extensionOrigin) return;
  const parsed = SandboxRequest.safeParse(e.data);
  if (parsed.success) handle(parsed.data as WorkerRequest);
});
post({ type: 'ready' });
