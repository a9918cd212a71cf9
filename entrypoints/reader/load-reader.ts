/**
 * The reader (reading the article, asking the background, following late content:
 * ./reader.ts), made by the starter (./starter.ts) only once the background has found
 * that the page's text may name something. Its code is part of the content script, as
 * the marks' is (./load-marks.ts): imported as a bundle of its own it cost a fetch from
 * the extension after the hello, 25–50 ms that landed behind the page's first layout
 * (npm run bench, BENCH_PHASES=1, readerLoadMs, 2026-11-30). The prefilter stays in the
 * background (entrypoints/background/page-check.ts): no page receives its table.
 */
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
  /** the starter's own measurements, carried on by the reader's */
  probes: Probes;
}

/** What the starter asks of a running reader. */
export type Reader = Pick<PageReader, 'applySettings' | 'dispose' | 'markCount' | 'marker' | 'runs' | 'error' | 'reason' | 'perf'>;
export type MakeReader = (ctx: ReaderContext) => Reader;

/** Makes and starts a page's reader. */
export const makeReader: MakeReader = ({ doc, send, settings, probes }) => {
  const page = new PageReader(
    doc,
    send,
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
