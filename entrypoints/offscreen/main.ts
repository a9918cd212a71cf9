// The tokenizer host on Chrome: one per browser, holding the dictionary for all tabs.
import { OffscreenRequest } from '../../lib/messages';
import { AnnotatorService } from '../../lib/service';
import { loadKuromoji, urlDictReader } from '../../lib/tokenize/kuromoji';
import type { KbIndex } from '../../lib/kb/index';
import { extUrl, loadCompiledKb } from '../shared/ext-url';
import type { HostToBackground, Send } from '../../lib/protocol';
import { HOST_SENDERS, senderIs } from '../../lib/senders';

const toBackground: Send<HostToBackground> = (msg) => browser.runtime.sendMessage(msg);
const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') };

let kb: Promise<KbIndex> | undefined;
const service = new AnnotatorService(
  () => (kb ??= loadCompiledKb()),
  () => loadKuromoji(urlDictReader(extUrl('/dict/'))),
  undefined,
  // idle: tell the background, which closes this document and frees its memory
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
  if (msg.type === 'stats') {
    sendResponse(service.stats);
    return false;
  }
  service.annotateBlocks(msg.blocks).then(
    (results) => sendResponse({ ok: true, results }),
    (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
  return true;
});
