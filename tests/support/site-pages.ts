/**
 * The static page map shared by the e2e suite, the bench and the demo: the project's
 * sample articles (scripts/sample-pages.ts) at an address on a default news site, and a
 * second address that is on no list (for "use on this site" and cross-origin frames).
 * Served through interception (./intercept.ts): nothing listens on the machine.
 */
import { PAGES } from '../../scripts/sample-pages';
import type { PageMap } from './intercept';

/** A default site (lib/sites.ts): the content script runs here as it would for a reader. */
export const NEWS_ORIGIN = 'https://www3.nhk.or.jp';
/** Where the sample pages live on it. */
export const NEWS_PATH = '/news/html/chushaku-test';
/** A site on no list: the extension runs there only once the reader adds it. */
export const OTHER_ORIGIN = 'https://blog.example.jp';

export const newsUrl = (path: string) => `${NEWS_ORIGIN}${NEWS_PATH}${path}`;

/** The sample pages at `origin` + NEWS_PATH (the news site by default). */
export function samplePageMap(origin = NEWS_ORIGIN): PageMap {
  const map: PageMap = new Map();
  for (const [path, make] of Object.entries(PAGES)) {
    map.set(`${origin}${NEWS_PATH}${path}`, () => {
      const body = make();
      return body === undefined ? undefined : { body };
    });
  }
  return map;
}
