// The content script: thin wiring around PageAnnotator. No tokenizer, no IndexedDB and
// no schema library here (the tokenizer and the cache live in the extension's own
// origin; settings are validated by the background); it stays quiet on any failure.
import { browserT } from '../../components/i18n';
import { parseContentRequest } from '../../lib/content-messages';
import { activeOn, type Settings } from '../../lib/settings-model';
import { DEFAULT_MATCHES } from '../../lib/sites';
import { PageAnnotator } from './page';

interface Hello {
  ok?: boolean;
  keys?: string[];
  settings?: Settings;
}

export default defineContentScript({
  matches: DEFAULT_MATCHES,
  // injected at document start so the first round trip to the background (alias keys,
  // settings) overlaps the page's own parsing; the page is read at DOMContentLoaded.
  // (document_idle added ~60 ms before the first marks; later content is caught by the
  // page's MutationObserver)
  runAt: 'document_start',
  async main(ctx) {
    const scriptAt = performance.now();
    // injected twice (registered script + on-demand injection): the first one serves
    const flag = '__chushakuContentScript';
    const g = globalThis as unknown as Record<string, boolean>;
    if (g[flag]) return;
    g[flag] = true;

    const send = (msg: unknown) => browser.runtime.sendMessage(msg);
    // one round trip brings the prefilter's alias keys and the validated settings,
    // while the page is still being parsed
    const helloP = send({ type: 'prefilter' }).catch(() => undefined) as Promise<Hello | undefined>;
    if (document.readyState === 'loading') {
      await new Promise<void>((r) => document.addEventListener('DOMContentLoaded', () => r(), { once: true }));
    }
    const hello = await helloP;
    if (!hello?.ok || !hello.keys || !hello.settings) return;
    const keys = hello.keys;
    const t = browserT((k, s) => browser.i18n.getMessage(k as never, s));
    const lang = browser.i18n.getUILanguage().toLowerCase().startsWith('ja') ? 'ja' : 'en';
    const host = location.host;
    let page: PageAnnotator | undefined;

    const sync = (s: Settings) => {
      if (activeOn(s, host)) {
        if (!page) {
          page = new PageAnnotator(document, send, t, lang, keys);
          page.perf.scriptAt = scriptAt;
          page.applySettings(s);
          page.start().catch(() => {
            /* the page stays as it was */
          });
        } else page.applySettings(s);
      } else if (page) {
        page.dispose();
        page = undefined;
        void send({ type: 'page-report', mentions: 0, corrections: 0, entities: [] }).catch(() => {});
      }
    };
    sync(hello.settings);

    const onStorage = () => {
      void send({ type: 'settings' })
        .then((r) => {
          const s = (r as { settings?: Settings } | undefined)?.settings;
          if (s) sync(s);
        })
        .catch(() => {});
    };
    browser.storage.onChanged.addListener(onStorage);

    const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
      if (sender.id !== browser.runtime.id) return false;
      const msg = parseContentRequest(raw);
      if (!msg) return false;
      if (msg.type === 'navigate') page?.navigate(msg.direction);
      if (msg.type === 'focus-mark') page?.focusMark(msg.id);
      sendResponse({
        ok: true,
        host,
        active: !!page,
        marks: page?.marks.length ?? 0,
        runs: page?.runs ?? 0,
        error: page?.error ?? null,
        perf: page?.perf ?? null,
        ...(msg.type === 'summary' ? { items: page?.summary() ?? [] } : {}),
      });
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.runtime.onMessage.removeListener(onMessage);
      page?.dispose();
    });
  },
});
