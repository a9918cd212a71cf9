// The content script: the starter (./starter.ts), small because every news page runs
// it. At DOMContentLoaded it sends the page's text with its hello; the reader (the
// article finder and ./reader.ts, ./load-reader.ts) is made only if the background finds
// the text may name something. No prefilter, no tokenizer, no IndexedDB and no schema
// library here (the tokenizer and the cache live in the extension's own origin;
// settings are validated by the background); it stays quiet on any failure.
// The content script alone takes the browser's own promise-based API rather than
// webextension-polyfill (every other context's `browser`, wxt.config.ts): the polyfill
// added 10 kB to it and ~0.9 ms to every news page without a mention (npm run bench,
// no-mention page, 2026-11-29, two runs each: 7.5 / 8.0 ms before, 9.0 / 8.2 ms after),
// above the 0.5 ms the house allows; this script needs no Firefox-only semantics.
import { browser } from '@wxt-dev/browser';
import { parseContentRequest } from '../shared/content-messages';
import type { ContentStatus, ReplyOf, ToContent } from '../shared/protocol';
import type { Send } from './handoff';
import { makeReader } from './load-reader';
import { newProbes } from './probes';
import { Starter } from './starter';

// Declared in the manifest by hand (wxt.config.ts, content_scripts: the default news
// sites, at document_start) rather than through WXT's defineContentScript, whose context
// announces every content script to the page (a CustomEvent on document and a
// window.postMessage to '*': any site could detect the extension, or forge the event to
// stop the script).
export default defineUnlistedScript(() => {
  void main();
});

async function main(): Promise<void> {
  const scriptAt = performance.now();
  // injected twice (registered script + on-demand injection): the first one serves
  const flag = '__chushakuContentScript';
  const g = globalThis as unknown as Record<string, boolean>;
  if (g[flag]) return;
  g[flag] = true;

  // an extension that was reloaded or updated leaves this script orphaned (no runtime
  // id, every message fails): it then stops and leaves the page as it is
  const life: { invalidate?: () => void } = {};
  const send: Send = (msg) => {
    if (!browser.runtime?.id) {
      life.invalidate?.();
      return Promise.reject(new Error('extension context invalidated'));
    }
    return browser.runtime.sendMessage(msg);
  };
  if (document.readyState === 'loading') {
    await new Promise<void>((r) => document.addEventListener('DOMContentLoaded', () => r(), { once: true }));
  }
  // our main-thread time from here to the end of this function, for the bench (the
  // page's first look runs inside it; later work adds to probes.syncMs)
  const resumedAt = performance.now();
  const probes = newProbes();
  probes.scriptAt = scriptAt;
  const host = location.host;
  const starter = new Starter(document, send, makeReader, probes);
  void starter.check();

  // Settings changes are pushed by the background (this tab's view only); the script does
  // not read extension storage itself.
  const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: ReplyOf<ToContent, keyof ToContent>) => void) => {
    if (sender.id !== browser.runtime.id) return false;
    const msg = parseContentRequest(raw);
    if (!msg) return false;
    if (msg.type === 'navigate') starter.marker?.navigate(msg.direction);
    if (msg.type === 'focus-mark') starter.marker?.focusMark(msg.id);
    if (msg.type === 'settings') starter.applySettings(msg.settings);
    const status: ContentStatus = { ok: true, host, ...starter.status() };
    sendResponse(msg.type === 'summary' ? { ...status, items: starter.marker?.summary() ?? [] } : status);
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  probes.mainMs = performance.now() - resumedAt;
  probes.syncAtMainEnd = probes.syncMs;
  life.invalidate = () => {
    browser.runtime.onMessage.removeListener(onMessage);
    starter.dispose();
  };
}
