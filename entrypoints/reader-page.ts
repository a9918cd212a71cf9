/**
 * The content script's reader (entrypoints/reader/reader.ts), a bundle of its own: loaded
 * by the starter (entrypoints/reader/index.ts, entrypoints/reader/load-reader.ts) only
 * on a page that may name something. The prefilter's table is compiled in here, for the
 * reader's own look at the article and its blocks. It runs in the content script's world
 * and leaves the factory there.
 */
import prefilterData from 'virtual:chushaku-prefilter';
import { loadMarks } from './reader/load-marks';
import { provideReader } from './reader/load-reader';
import { PageReader } from './reader/reader';

export default defineUnlistedScript(() => {
  provideReader(({ doc, send, settings, probes }) => {
    const page = new PageReader(
      doc,
      send,
      prefilterData,
      Promise.resolve(settings),
      // the marks and the card are another bundle, loaded once there is something to mark (./reader/load-marks.ts)
      (ctx) => loadMarks().then((make) => make(ctx)),
      // a page with candidates almost always gets marks: load them while the background answers
      () => void loadMarks().catch(() => {}),
    );
    // the starter's time and milestones so far, added to by the reader's
    Object.assign(page.perf, probes);
    page.start().catch(() => {
      /* the page stays as it was */
    });
    return page;
  });
});
