/**
 * The content script's second bundle: the marks and the card (entrypoints/reader/marks.ts),
 * loaded by the reader (entrypoints/reader/load-marks.ts) only once a page has something
 * to mark. It runs in the content script's world and leaves the factory there.
 */
import { browser } from '@wxt-dev/browser';
import { browserT } from '../components/i18n';
import { provideMarks } from './reader/load-marks';
import { PageMarks } from './reader/marks';

export default defineUnlistedScript(() => {
  provideMarks(({ doc, send, settings, timed }) => {
    const t = browserT((k, s) => browser.i18n.getMessage(k as never, s));
    const lang = browser.i18n.getUILanguage().toLowerCase().startsWith('ja') ? 'ja' : 'en';
    return new PageMarks(doc, send, t, lang, settings, timed);
  });
});
