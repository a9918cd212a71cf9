// The content script: thin wiring around PageAnnotator. No tokenizer and no IndexedDB
// here (both live in the extension's own origin); it stays quiet on any failure.
import { browserT } from '../../components/i18n';
import { ContentRequest } from '../../lib/messages';
import { DEFAULT_MATCHES } from '../../lib/sites';
import { PageAnnotator } from './page';

export default defineContentScript({
  matches: DEFAULT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const t = browserT((k, s) => browser.i18n.getMessage(k as never, s));
    const lang = browser.i18n.getUILanguage().toLowerCase().startsWith('ja') ? 'ja' : 'en';
    const page = new PageAnnotator(document, (msg) => browser.runtime.sendMessage(msg), t, lang);
    page.start().catch(() => {
      /* the page stays as it was */
    });
    const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
      if (sender.id !== browser.runtime.id) return false;
      const parsed = ContentRequest.safeParse(raw);
      if (!parsed.success) return false;
      if (parsed.data.type === 'navigate') page.navigate(parsed.data.direction);
      sendResponse({ ok: true, marks: page.marks.length, runs: page.runs, error: page.error ?? null, perf: page.perf });
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      page.dispose();
    });
  },
});
