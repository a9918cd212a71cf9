/**
 * Pages at a news site's address for a browser puppeteer-core drives (firefox-esr, and
 * Chromium without DevTools on its service worker: ./launch.ts launchUnwatched), through
 * puppeteer's request interception, as ./intercept.ts serves Playwright's browsers.
 */
import type { Page } from 'puppeteer-core';
import { contentType, FAVICON, lookup, type PageSource } from './intercept';

/**
 * Answers a page's web requests from `pages`; anything else on the web is refused and
 * recorded in `unserved` (the browser's own favicon requests only refused), for the
 * caller to fail on. Other schemes (the add-on's own files) pass.
 */
export async function servePages(page: Page, pages: PageSource, unserved: string[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return;
    const url = req.url();
    if (!/^https?:/.test(url)) return void req.continue();
    const hit = lookup(pages, url);
    if (hit) return void req.respond({ status: 200, contentType: contentType(url, hit), body: hit.body });
    if (!FAVICON.test(url)) unserved.push(url);
    return void req.abort();
  });
}
