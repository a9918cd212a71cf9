/**
 * The reader (reading the article, prefiltering it block by block, asking the background,
 * following late content: ./reader.ts), made by the starter (./starter.ts) only once the
 * background has found that the page's text may name something. Its code is part of the
 * content script, as the marks' is (./load-marks.ts): imported as a bundle of its own it cost a fetch from the
 * extension after the hello, 25–50 ms that landed behind the page's first layout (npm run
 * bench, BENCH_PHASES=1, readerLoadMs, 2026-11-30). What a page with no mention never
 * gets is the prefilter's table (100+ kB) and its build: the background sends the table
 * with the hello's answer only to a page that may name something.
 */
import type { PrefilterData } from '../../lib/match/prefilter';
import type { TabSettings } from '../shared/protocol';
import type { Send } from './handoff';
import { makeMarks } from './load-marks';
import type { Probes } from './probes';
import { PageReader } from './reader';

export interface ReaderContext {
  doc: Document;
  send: Send;
  /** this tab's settings view, known (the starter's hello) */
  settings: TabSettings;
  /** the prefilter's table, from the hello's answer */
  prefilter: PrefilterData;
  /** the starter's own measurements, carried on by the reader's */
  probes: Probes;
}

/** What the starter asks of a running reader. */
export type Reader = Pick<PageReader, 'applySettings' | 'dispose' | 'markCount' | 'marker' | 'runs' | 'error' | 'reason' | 'perf'>;
export type MakeReader = (ctx: ReaderContext) => Reader;

/** Makes and starts a page's reader. */
export const makeReader: MakeReader = ({ doc, send, settings, prefilter, probes }) => {
  const page = new PageReader(
    doc,
    send,
    prefilter,
    Promise.resolve(settings),
    // the marks, made once there is something to mark (./load-marks.ts)
    makeMarks,
  );
  // the starter's time and milestones so far, added to by the reader's
  Object.assign(page.perf, probes);
  page.start().catch(() => {
    /* the page stays as it was */
  });
  return page;
};
