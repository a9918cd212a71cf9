// The content script: thin wiring around PageAnnotator. No tokenizer and no IndexedDB
// here (both live in the extension's own origin); it stays quiet on any failure.
import { browserT } from '../../components/i18n';
import { ContentRequest } from '../../lib/messages';
import { activeOn, type Settings } from '../../lib/settings';
import { DEFAULT_MATCHES } from '../../lib/sites';
import { loadSettings, watchSettings } from '../shared/settings-store';
import { PageAnnotator } from './page';

export default defineContentScript({
  matches: DEFAULT_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    // injected twice (registered script + on-demand injection): the first one serves
    const flag = '__chushakuContentScript';
    const g = globalThis as unknown as Record<string, boolean>;
    if (g[flag]) return;
    g[flag] = true;

    const t = browserT((k, s) => browser.i18n.getMessage(k as never, s));
    const lang = browser.i18n.getUILanguage().toLowerCase().startsWith('ja') ? 'ja' : 'en';
    const host = location.host;
    let page: PageAnnotator | undefined;

    const sync = (s: Settings) => {
      if (activeOn(s, host)) {
        if (!page) {
          page = new PageAnnotator(document, (msg) => browser.runtime.sendMessage(msg), t, lang);
          page.applySettings(s);
          page.start().catch(() => {
            /* the page stays as it was */
          });
        } else page.applySettings(s);
      } else if (page) {
        page.dispose();
        page = undefined;
        void browser.runtime.sendMessage({ type: 'page-report', mentions: 0, corrections: 0, entities: [] }).catch(() => {});
      }
    };
    sync(await loadSettings().catch(() => undefined as never));
    const unwatch = watchSettings(sync);

    const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
      if (sender.id !== browser.runtime.id) return false;
      const parsed = ContentRequest.safeParse(raw);
      if (!parsed.success) return false;
      const msg = parsed.data;
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
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
      page?.dispose();
    });
  },
});
