// The tokenizer host on Chrome: one per browser, holding the dictionary for all tabs.
import type { OffscreenRequestT } from '../shared/messages';
import { LOAD_ON_START, type HostToBackground, type Send } from '../shared/protocol';
import { HOST_SENDERS, senderIs } from '../shared/senders';
import { TokenizerWorker } from '../shared/tokenizer-worker-client';

const toBackground: Send<HostToBackground> = (msg) => browser.runtime.sendMessage(msg);
const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') };

// the dictionary lives in a worker of this document (entrypoints/tokenizer-worker.ts)
const service = new TokenizerWorker(
  // idle: the worker is gone; tell the background, which closes this document too
  () => void toBackground({ type: 'offscreen-idle' }).catch(() => {}),
);

// The background creates this document when a page needs the dictionary, and says so in its
// address (entrypoints/background/host.ts, OFFSCREEN_PATH): the load then starts with the
// document, rather than after the background's `warm` comes back through a service worker
// thread busy with the page's request (cold first marks). Made without it (a test holding
// the worker at its start), it waits for the first request.
let startedOnLoad = new URLSearchParams(location.search).has(LOAD_ON_START) && service.warm();

// The messages' schemas (zod) are evaluated after the worker has started: they are not needed
// to start it, and their evaluation would come first otherwise.
const requests = import('../shared/messages').then((m) => m.OffscreenRequest);

function serve(msg: OffscreenRequestT, sendResponse: (r: unknown) => void): void {
  if (msg.type === 'warm') {
    // the first `warm` learns whether this document's own start began a load
    sendResponse({ ok: true, started: service.warm() || startedOnLoad });
    startedOnLoad = false;
    return;
  }
  if (msg.type === 'stats') {
    service.stats().then(sendResponse, () => sendResponse(undefined));
    return;
  }
  service.annotate(msg.blocks).then(
    (results) => sendResponse({ ok: true, results }),
    (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
}

browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
  if (sender.id !== browser.runtime.id) return false;
  // not for us (content/popup traffic goes to the background): told apart at once, so that
  // only our own messages wait for the schemas
  if (typeof raw !== 'object' || raw === null || (raw as { target?: unknown }).target !== 'offscreen') return false;
  void requests.then(
    (schema) => {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return sendResponse({ ok: false, error: 'invalid message' });
      // only the background: a content script or a page must go through its checks and limits
      if (!senderIs(HOST_SENDERS[parsed.data.type], sender, self)) return sendResponse({ ok: false, error: 'not allowed from this sender' });
      serve(parsed.data, sendResponse);
    },
    () => sendResponse({ ok: false, error: 'the host could not start' }),
  );
  return true;
});
