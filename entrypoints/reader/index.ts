// The content script: thin wiring around PageReader and PageMarks. No tokenizer, no
// IndexedDB and no schema library here (the tokenizer and the cache live in the
// extension's own origin; settings are validated by the background); it stays quiet on
// any failure.
// The content script alone takes the browser's own promise-based API rather than
// webextension-polyfill (every other context's `browser`, wxt.config.ts): the polyfill
// added 10 kB to it and ~0.9 ms to every news page without a mention (npm run bench,
// no-mention page, 2026-11-29, two runs each: 7.5 / 8.0 ms before, 9.0 / 8.2 ms after),
// above the 0.5 ms the house allows; this script needs no Firefox-only semantics.
import { browser } from '@wxt-dev/browser';
import { parseContentRequest } from '../shared/content-messages';
import prefilterData from 'virtual:chushaku-prefilter';
import type { ContentStatus, ContentToBackground, ReplyOf, TabSettings, ToContent } from '../shared/protocol';
import type { Send } from './handoff';
import { loadMarks } from './load-marks';
import { PageReader } from './reader';

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
  // this tab's view of the settings, asked for while the page is still being parsed. Its
  // answer lands behind the page's first layout, so the page is read and prefiltered
  // without waiting for it (the alias keys are compiled in); only marking waits.
  let hello: ReplyOf<ContentToBackground, 'hello'> | undefined;
  const helloP = send({ type: 'hello' })
    .catch(() => undefined)
    .then((h) => (hello = h ?? { ok: false, error: 'no answer' }));
  const settingsP = helloP.then((h) => (h.ok ? h.settings : undefined));
  if (document.readyState === 'loading') {
    await new Promise<void>((r) => document.addEventListener('DOMContentLoaded', () => r(), { once: true }));
  }
  // our main-thread time from here to the end of this function, for the bench (the
  // page's first pass runs inside it; later passes add to page.perf.syncMs)
  const resumedAt = performance.now();
  // already known to be off here: do nothing at all
  if (hello && (!hello.ok || !hello.settings.on)) return;
  const host = location.host;
  let page: PageReader | undefined;

  const startPage = (settings: Promise<TabSettings | undefined>) => {
    page = new PageReader(
      document,
      send,
      prefilterData,
      settings,
      // the marks and the card are another bundle, loaded once there is something to mark (./load-marks.ts)
      (ctx) => loadMarks().then((make) => make(ctx)),
      // a page with candidates almost always gets marks: load them while the background answers
      () => void loadMarks().catch(() => {}),
    );
    page.perf.scriptAt = scriptAt;
    page.start().catch(() => {
      /* the page stays as it was */
    });
  };
  const sync = (s: TabSettings) => {
    if (s.on) {
      if (!page) startPage(Promise.resolve(s));
      else page.applySettings(s);
    } else if (page) {
      page.dispose();
      page = undefined;
      void send({ type: 'page-report', mentions: 0, corrections: 0, entities: [] }).catch(() => {});
    }
  };
  // start now; marks wait for the settings, and a page found to be off is disposed
  startPage(settingsP);
  void settingsP.then((s) => {
    if (!s) {
      page?.dispose();
      page = undefined;
    } else sync(s);
  });

  // Settings changes are pushed by the background (this tab's view only); the script does
  // not read extension storage itself.
  const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: ReplyOf<ToContent, keyof ToContent>) => void) => {
    if (sender.id !== browser.runtime.id) return false;
    const msg = parseContentRequest(raw);
    if (!msg) return false;
    if (msg.type === 'navigate') page?.marker?.navigate(msg.direction);
    if (msg.type === 'focus-mark') page?.marker?.focusMark(msg.id);
    if (msg.type === 'settings') sync(msg.settings);
    const status: ContentStatus = {
      ok: true,
      host,
      active: !!page,
      marks: page?.markCount ?? 0,
      runs: page?.runs ?? 0,
      error: page?.error ?? null,
      reason: page?.reason ?? null,
      perf: page?.perf ?? null,
    };
    sendResponse(msg.type === 'summary' ? { ...status, items: page?.marker?.summary() ?? [] } : status);
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  if (page) {
    page.perf.mainMs = performance.now() - resumedAt;
    page.perf.syncAtMainEnd = page.perf.syncMs;
  }
  life.invalidate = () => {
    browser.runtime.onMessage.removeListener(onMessage);
    page?.dispose();
    page = undefined;
  };
}
