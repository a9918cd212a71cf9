/**
 * The marks (highlights, hover, keyboard and taps: ./marks.ts), made by the reader once an
 * answer has something to mark. Part of the content script since 2026-11-30: imported as
 * a bundle of their own, a cached page's first marks waited 15-25 ms for its fetch
 * (docs/adr/reader-in-content-script.md). The card they open is a bundle of its own
 * (./load-card.ts).
 */
import { browser } from '@wxt-dev/browser';
import { browserT } from '../../components/i18n';
import type { Marks, MarksContext } from './handoff';
import { PageMarks } from './marks';

/** A page's marks, in the browser's interface language. */
export function makeMarks({ doc, send, settings, timed }: MarksContext): Marks {
  const t = browserT((k, s) => browser.i18n.getMessage(k as never, s));
  const lang = browser.i18n.getUILanguage().toLowerCase().startsWith('ja') ? 'ja' : 'en';
  return new PageMarks(doc, send, t, lang, settings, timed);
}
