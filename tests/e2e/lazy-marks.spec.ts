/**
 * The content script's card is a second bundle, imported only once a page's marks are up
 * (entrypoints/reader/load-card.ts): it loads on a page whose own CSP allows no script at
 * all, a page without candidates never loads it, and the page's own resource list never
 * shows its address.
 */
import { articlePage } from '../../scripts/sample-pages';
import type { BrowserContext, Page } from '@playwright/test';
import { cardText, expect, test, textRect, toContent, waitForMarks } from './fixtures';

/** Every address the page's renderer asks for (the content script's imports included), from the DevTools protocol. */
async function requested(context: BrowserContext, page: Page): Promise<string[]> {
  const urls: string[] = [];
  const cdp = await context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (e: { request: { url: string } }) => urls.push(e.request.url));
  await cdp.send('Network.enable');
  return urls;
}
const isBundle = (u: string) => u.startsWith('chrome-extension://') && u.endsWith('/reader-card.js');

const STRICT_CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; style-src 'unsafe-inline'">`;

test("a page whose CSP allows no script gets its marks and cards; its resource list never names the extension's files", async ({ context, site, sw }) => {
  site.pages.set(
    '/strict.html',
    articlePage({ title: 'LINE', head: STRICT_CSP, paragraphs: ['LINEの出澤剛社長は記者会見で、個人情報保護委員会に報告したと述べた。'] }),
  );
  const page = await context.newPage();
  const urls = await requested(context, page);
  await page.goto(site.url('/strict.html'));
  await waitForMarks(page, 2);
  const at = await textRect(page, '出澤剛');
  await page.mouse.move(at!.x, at!.y);
  await expect.poll(async () => (await cardText(page))?.name).toBe('出澤剛');
  const stats = await toContent(sw, page, { type: 'stats' });
  expect(stats?.perf?.marksLoadedAt).toBeGreaterThan(0);
  // (the browser may list it twice: at its per-session address and at the one it resolves to)
  expect(urls.filter(isBundle).length).toBeGreaterThan(0);
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(resources.filter((u) => !u.startsWith('http'))).toEqual([]);
});

test("a page without a candidate never loads the card's bundle", async ({ context, site, sw }) => {
  site.pages.set('/weather.html', articlePage({ title: '天気', paragraphs: ['晴れのち曇り。気温は20度の見込みです。', '風はやや強い。'] }));
  const page = await context.newPage();
  const urls = await requested(context, page);
  await page.goto(site.url('/weather.html'));
  await expect.poll(async () => (await toContent(sw, page, { type: 'stats' }))?.runs ?? 0).toBeGreaterThan(0);
  // the bundle sets its factory on the content script's world; the marks load it only once they are up
  const stats = await toContent(sw, page, { type: 'stats' });
  expect(stats?.perf?.askedAt).toBe(0);
  expect(stats?.perf?.marksLoadedAt).toBe(0);
  expect(urls.filter(isBundle)).toEqual([]);
});
