/**
 * Serves pages at real news-site addresses through the browser's request interception,
 * so the extension under test runs with the manifest that ships (no loopback sites in
 * it). Nothing reaches the network: a request the map does not hold is aborted and
 * recorded, and the caller fails on it (`unserved`).
 */
import type { BrowserContext, Route } from '@playwright/test';

export interface Served {
  body: string | Buffer;
  type?: string;
}

type Entry = Served | ((url: string) => Served | undefined);
/** Full URL (without the query) → page; a function is asked at request time, with the full URL. */
export type PageMap = Map<string, Entry>;
/** What the interceptor reads: a PageMap, or any lookup of the same shape. */
export type PageSource = Pick<PageMap, 'get'>;

export interface Interception {
  /** requests no page answered (aborted): a test that made one fails */
  unserved: string[];
  /** requests answered */
  served: string[];
  /** requests a test lets through on purpose (to a closed loopback port), to prove the net log sees what is not intercepted */
  controls?: string[];
}

const typeOf = (url: string) =>
  /\.js(\?|$)/.test(url) ? 'text/javascript' : /\.json(\?|$)/.test(url) ? 'application/json' : /\.css(\?|$)/.test(url) ? 'text/css' : 'text/html';

/** The content-type header a served page is answered with. */
export function contentType(url: string, page: Served): string {
  return `${page.type ?? typeOf(url)}; charset=utf-8`;
}

export function lookup(pages: PageSource, url: string): Served | undefined {
  const u = new URL(url);
  const hit = pages.get(u.origin + u.pathname) ?? pages.get(url);
  return typeof hit === 'function' ? hit(url) : hit;
}

/**
 * Answers every request of the context from `pages`. `tolerate` names requests that may
 * go unanswered without failing (a real page's own images and scripts, the favicon);
 * they are aborted all the same.
 */
export async function interceptPages(
  context: BrowserContext,
  pages: PageSource,
  tolerate: RegExp = FAVICON,
  log: Interception = { unserved: [], served: [] },
): Promise<Interception> {
  // web addresses only: the extension's own files (chrome-extension://) are not network requests
  await context.route(/^https?:\/\//, async (route: Route) => {
    const url = route.request().url();
    if (log.controls?.includes(url)) {
      await route.continue();
      return;
    }
    const page = lookup(pages, url);
    if (page) {
      log.served.push(url);
      await route.fulfill({ status: 200, body: page.body, headers: { 'content-type': contentType(url, page) } });
      return;
    }
    if (!tolerate.test(url)) log.unserved.push(url);
    await route.abort('blockedbyclient');
  });
  return log;
}

/** The browser asks every site for its icon by itself. */
export const FAVICON = /^https?:\/\/[^/]+\/favicon\.ico$/;
