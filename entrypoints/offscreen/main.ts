// The tokenizer host on Chrome: one per browser, holding the dictionary for all tabs.
import { OffscreenRequest } from '../shared/messages';
import type { HostToBackground, Send } from '../shared/protocol';
import { HOST_SENDERS, senderIs } from '../shared/senders';
import { TokenizerWorker } from '../shared/tokenizer-worker-client';

const toBackground: Send<HostToBackground> = (msg) => browser.runtime.sendMessage(msg);
const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') };

// the dictionary lives in a worker of this document (entrypoints/tokenizer-worker.ts)
const service = new TokenizerWorker(
  // idle: the worker is gone; tell the background, which closes this document too
  () => void toBackground({ type: 'offscreen-idle' }).catch(() => {}),
);

browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
  if (sender.id !== browser.runtime.id) return false;
  const parsed = OffscreenRequest.safeParse(raw);
  if (!parsed.success) return false; // not for us (content/popup traffic goes to the background)
  const msg = parsed.data;
  // only the background: a content script or a page must go through its checks and limits
  if (!senderIs(HOST_SENDERS[msg.type], sender, self)) {
    sendResponse({ ok: false, error: 'not allowed from this sender' });
    return false;
  }
  if (msg.type === 'warm') {
    sendResponse({ ok: true, started: service.warm() });
    return false;
  }
  if (msg.type === 'stats') {
    service.stats().then(sendResponse, () => sendResponse(undefined));
    return true;
  }
  service.annotate(msg.blocks).then(
    (results) => sendResponse({ ok: true, results }),
    (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
  return true;
});
