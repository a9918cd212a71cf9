/**
 * The content script's starter (entrypoints/reader/starter.ts): a page with no mention
 * evaluates the content script alone, loads no card bundle and makes no reader; the reader comes once the background finds the
 * page's text may name something, also later (late content, a client-side navigation, a
 * site turned on).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { articlePage } from '../../scripts/sample-pages';
import { expect, markCount, test, toContent, waitForMarks } from './fixtures';

/**
 * Most source the content script may be. The starter alone was 6.5 kB (2026-11-30), the
 * script it replaced 147 kB, 100 kB of them the prefilter's table, which took ~15 ms of a
 * quiet page's main thread (npm run bench, no-mention page). With the reader's and the
 * marks' code (the table stays in the background, the card is a bundle of its own) it is
 * 42 kB: docs/adr/reader-in-content-script.md.
 */
const CONTENT_SCRIPT_MAX_CHARS = 48_000;

/** The extension's scripts the page's renderer parsed (content scripts and what they import), by file name, with their length. */
async function extensionScripts(context: BrowserContext, page: Page): Promise<Map<string, number>> {
  const scripts = new Map<string, number>();
  const cdp = await context.newCDPSession(page);
  cdp.on('Debugger.scriptParsed', (e: { url: string; length?: number }) => {
    if (e.url.startsWith('chrome-extension://')) scripts.set(e.url.split('/').pop()!, e.length ?? 0);
  });
  await cdp.send('Debugger.enable');
  return scripts;
}

const QUIET = articlePage({ title: '天気', paragraphs: ['晴れのち曇り。気温は20度の見込みです。', '風はやや強い。洗濯物は午前中に。'] });

test('a page with no mention evaluates only the starter, and is watched: names arriving later bring the reader', async ({ context, site, sw }) => {
  site.pages.set('/quiet-late.html', QUIET);
  const page = await context.newPage();
  const scripts = await extensionScripts(context, page);
  await page.goto(site.url('/quiet-late.html'));
  await expect.poll(async () => (await toContent(sw, page, { type: 'stats' }))?.runs ?? 0).toBeGreaterThan(0);
  expect([...scripts.keys()]).toEqual(['reader.js']);
  expect(scripts.get('reader.js')).toBeLessThanOrEqual(CONTENT_SCRIPT_MAX_CHARS);
  const quiet = await toContent(sw, page, { type: 'stats' });
  expect(quiet).toMatchObject({ active: true, marks: 0, error: null });
  expect(quiet?.perf?.checkedAt).toBeGreaterThan(0);
  expect(quiet?.perf?.readerLoadedAt).toBe(0);
  // the article's text arrives after DOMContentLoaded
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'LINEの出澤剛社長は会見で謝罪した。';
    document.querySelector('article')!.append(p);
  });
  await waitForMarks(page, 2);
  // the card's bundle follows the first marks
  await expect.poll(() => [...scripts.keys()].sort()).toEqual(['reader-card.js', 'reader.js']);
  expect((await toContent(sw, page, { type: 'stats' }))?.perf?.readerLoadedAt).toBeGreaterThan(0);
});

test('script text does not count: a quiet page whose scripts hold names stays quiet', async ({ context, site, sw }) => {
  site.pages.set(
    '/quiet-scripts.html',
    articlePage({
      title: '天気',
      paragraphs: ['晴れのち曇り。'],
      extraBody: `<script type="application/ld+json">{"about": "LINEヤフー、個人情報保護委員会、総務省"}</script><style>.LINE{}</style>`,
    }),
  );
  const page = await context.newPage();
  const scripts = await extensionScripts(context, page);
  await page.goto(site.url('/quiet-scripts.html'));
  await expect.poll(async () => (await toContent(sw, page, { type: 'stats' }))?.runs ?? 0).toBeGreaterThan(0);
  expect([...scripts.keys()]).toEqual(['reader.js']);
});

const SPA = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>天気</title></head><body>
<nav><a id="go" href="b.html">次の記事</a></nav>
<main id="app"><article><h1>天気</h1><p>晴れのち曇り。気温は20度の見込みです。</p><p>風はやや強い。</p></article></main>
<script>
const A = document.getElementById('app').innerHTML;
const B = '<article><h1>LINEが記者会見</h1><p>LINEの出澤剛社長は記者会見で、個人情報保護委員会に報告したと述べた。</p></article>';
function show(which) { document.getElementById('app').innerHTML = which === 'b' ? B : A; }
document.getElementById('go').addEventListener('click', (e) => { e.preventDefault(); history.pushState({ p: 'b' }, '', 'b.html'); show('b'); });
addEventListener('popstate', (e) => show(e.state && e.state.p === 'b' ? 'b' : 'a'));
</script></body></html>`;

test('client-side navigation from a quiet page to an article: it is marked, and back again the marks go', async ({ context, site }) => {
  site.pages.set('/spa-quiet/a.html', SPA);
  const page = await context.newPage();
  const scripts = await extensionScripts(context, page);
  await page.goto(site.url('/spa-quiet/a.html'));
  // quiet: the starter alone (its hello answered)
  await page.waitForTimeout(500);
  expect([...scripts.keys()]).toEqual(['reader.js']);
  await page.click('#go');
  // one debounced look after the change, the reader's pass, the answer
  await waitForMarks(page, 3);
  await page.goBack();
  await expect.poll(() => markCount(page), { timeout: 5_000 }).toBe(0);
});

test('a page opened while annotation is off loads nothing more; turned on, it is marked', async ({ context, site, sw, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const all = popup.getByRole('checkbox', { name: 'すべてのサイトで注釈する' });
  await all.uncheck();
  const page = await context.newPage();
  const scripts = await extensionScripts(context, page);
  await page.goto(site.url('/short.html'));
  await expect.poll(async () => (await toContent(sw, page, { type: 'stats' }))?.active).toBe(false);
  expect([...scripts.keys()]).toEqual(['reader.js']);
  await all.check();
  await waitForMarks(page, 3);
});
