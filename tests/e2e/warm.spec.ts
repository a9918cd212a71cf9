/**
 * The background starts the dictionary's load as soon as a page on a site that is on
 * starts (its content script's hello, while the page is still being parsed) and undoes
 * that load when the page needed nothing of it: its blocks were all cached, or it asked
 * for nothing within UNUSED_WARM_MS. A page read before must not keep the ~100 MB
 * dictionary loaded for nothing (entrypoints/background/warmth.ts).
 */
import { articlePage } from '../../scripts/sample-pages';
import { releaseAsIdle } from '../../scripts/bench-memory';
import type { Worker } from '@playwright/test';
import { UNUSED_WARM_MS } from '../../entrypoints/shared/timing';
import { expect, markCount, test, waitForMarks } from './fixtures';

const offscreenOpen = (sw: Worker) => sw.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length);

test('a page whose blocks are all cached does not leave the dictionary loaded; new text loads it', async ({ context, site, sw }) => {
  site.pages.set('/seen.html', articlePage({ title: 'LINE', paragraphs: ['LINEの出澤剛社長は記者会見で、個人情報保護委員会に報告したと述べた。'] }));
  site.pages.set('/new.html', articlePage({ title: 'LINE', paragraphs: ['個人情報保護委員会は、LINEヤフーに報告を求めた。'] }));
  const first = await context.newPage();
  await first.goto(site.url('/seen.html'));
  await waitForMarks(first, 2);
  await first.close();
  // the dictionary goes idle and is released, as after ten minutes without a request
  await releaseAsIdle(context);
  expect(await offscreenOpen(sw)).toBe(0);

  // the same text again: every block comes from the cache; the load begun for it is undone
  const again = await context.newPage();
  await again.goto(site.url('/seen.html'));
  await waitForMarks(again, 2);
  await expect.poll(() => offscreenOpen(sw), { timeout: 10_000 }).toBe(0);

  // text the cache lacks: the dictionary loads and stays for the next page
  const fresh = await context.newPage();
  await fresh.goto(site.url('/new.html'));
  await waitForMarks(fresh, 2);
  expect(await offscreenOpen(sw)).toBe(1);
});

test('the dictionary loads while the page is still being parsed, before its first request', async ({ context, site, sw }) => {
  // a script in the body that the "site" holds back keeps the page before DOMContentLoaded
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await context.route(/\/held\.js$/, async (route) => {
    await held;
    await route.fulfill({ status: 200, body: '/* late */', headers: { 'content-type': 'text/javascript' } });
  });
  site.pages.set(
    '/held.html',
    articlePage({ title: '総務省', paragraphs: ['総務省は個人情報保護委員会と協議した。'], extraBody: '<script src="/held.js"></script>' }),
  );
  const page = await context.newPage();
  await page.goto(site.url('/held.html'), { waitUntil: 'commit' });
  await expect.poll(() => offscreenOpen(sw), { timeout: 10_000 }).toBe(1);
  expect(await page.evaluate(() => document.readyState)).toBe('loading');
  release();
  await waitForMarks(page, 2);
});

test('a page that asks for nothing gives the dictionary loaded at its start back', async ({ context, site, sw }) => {
  test.setTimeout(UNUSED_WARM_MS + 30_000);
  site.pages.set('/quiet.html', articlePage({ title: '天気', paragraphs: ['あすは晴れて、気温が上がる見込みです。'] }));
  const page = await context.newPage();
  await page.goto(site.url('/quiet.html'));
  await expect.poll(() => offscreenOpen(sw), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => offscreenOpen(sw), { timeout: UNUSED_WARM_MS + 15_000, intervals: [1_000] }).toBe(0);
  expect(await markCount(page)).toBe(0);
});
