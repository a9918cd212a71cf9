/**
 * The tokenizer in a sandboxed extension page (entrypoints/tokenizer.sandbox) framed by
 * this offscreen document. Its origin is opaque, so Chromium runs it in a renderer
 * process of its own (site isolation of sandboxed frames), apart from the extension's
 * process that holds the service worker and this document: removing the frame ends
 * that process, and every page the dictionary used is given back with it. (A worker of
 * this document lived in the extension's process, which kept ~80 MB of freed pages.)
 */
import type { OpenPort } from '../shared/tokenizer-worker-client';
import type { WorkerRequest } from '../shared/tokenizer-worker-protocol';
import { SandboxReply, type SandboxMessage } from '../shared/sandbox-messages';
import { extUrl } from '../shared/ext-url';

const SANDBOX_PATH = '/tokenizer.html';
/**
 * After the frame's load event, how long its `ready` may still be in flight (the two
 * travel apart between processes); none by then means its script did not run.
 */
const READY_AFTER_LOAD_MS = 2_000;

export const sandboxPort: OpenPort = (onReply, onError) => {
  const frame = document.createElement('iframe');
  frame.src = extUrl(SANDBOX_PATH);
  frame.hidden = true;
  let ready = false;
  let readyTimer: ReturnType<typeof setTimeout> | undefined;
  /** requests made before the page listens (a message sent earlier reaches its initial blank document and is lost) */
  const queue: WorkerRequest[] = [];
  // an opaque origin cannot be named as postMessage's target; the frame is ours and cannot be navigated by anyone else
  const send = (m: WorkerRequest) => frame.contentWindow?.postMessage(m, '*');

  const onMessage = (e: MessageEvent<unknown>) => {
    // only the frame this port made (its origin is opaque: 'null')
    if (e.source !== frame.contentWindow || e.origin !== 'null') return;
    const parsed = SandboxReply.safeParse(e.data);
    if (!parsed.success) return;
    const m = parsed.data as SandboxMessage;
    if ('type' in m && m.type === 'ready') {
      ready = true;
      clearTimeout(readyTimer);
      for (const q of queue.splice(0)) send(q);
      return;
    }
    onReply(m as Exclude<SandboxMessage, { type: 'ready' }>);
  };
  window.addEventListener('message', onMessage);
  frame.addEventListener('load', () => {
    if (!ready) readyTimer = setTimeout(() => onError(new Error(`tokenizer page ${SANDBOX_PATH}: failed to start`)), READY_AFTER_LOAD_MS);
  });
  document.body.append(frame);

  return {
    post(m) {
      if (ready) send(m);
      else queue.push(m);
    },
    terminate() {
      clearTimeout(readyTimer);
      window.removeEventListener('message', onMessage);
      frame.remove();
    },
  };
};
