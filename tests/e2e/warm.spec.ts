/**
 * The background starts the dictionary's load as soon as a page asks (while it reads its
 * dataset and its cache), and undoes that load when the cache had every block: a page
 * read before must not bring the ~100 MB dictionary back for nothing.
 */
import { articlePage } from '../../scripts/sample-pages';
import { datasetHeld, dictionaryLoaded, releaseAsIdle } from '../../scripts/bench-memory';
import { expect, markCount, test, toContent, waitForMarks } from './fixtures';

test('a page whose blocks are all cached does not leave the dictionary loaded; new text loads it', async ({ context, site }) => {
  site.pages.set('/seen.html', articlePage({ title: 'LINE', paragraphs: ['LINEの出澤剛社長は記者会見で、個人情報保護委員会に報告したと述べた。'] }));
  site.pages.set('/new.html', articlePage({ title: 'LINE', paragraphs: ['個人情報保護委員会は、LINEヤフーに報告を求めた。'] }));
  const first = await context.newPage();
  await first.goto(site.url('/seen.html'));
  await waitForMarks(first, 2);
  await first.close();
  // the dictionary goes idle and is released, as after ten minutes without a request
  await releaseAsIdle(context);
  expect(await dictionaryLoaded(context)).toBe(false);

  // the same text again: every block comes from the cache; the load begun for it is undone
  const again = await context.newPage();
  await again.goto(site.url('/seen.html'));
  await waitForMarks(again, 2);
  await expect.poll(() => dictionaryLoaded(context), { timeout: 10_000 }).toBe(false);

  // text the cache lacks: the dictionary loads and stays for the next page
  const fresh = await context.newPage();
  await fresh.goto(site.url('/new.html'));
  await waitForMarks(fresh, 2);
  expect(await dictionaryLoaded(context)).toBe(true);
});

test('a page whose names are only in its menus loads neither the dictionary nor the dataset', async ({ context, site, sw }) => {
  // the page's first look (the background's prefilter over its whole text) finds a name in
  // the menu; its article names nothing, so none of its reader's blocks goes on
  site.pages.set(
    '/menu-only.html',
    '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>天気</title></head><body>' +
      '<nav><a href="/a">個人情報保護委員会の発表</a> <a href="/b">LINEヤフーの決算</a></nav>' +
      '<main><article><h1>週末の天気</h1>' +
      '<p>週末は晴れる見込みです。気温は平年並みで、朝晩は冷え込みます。</p>'.repeat(12) +
      '</article></main></body></html>',
  );
  expect(await dictionaryLoaded(context)).toBe(false);
  const page = await context.newPage();
  await page.goto(site.url('/menu-only.html'));
  // the reader has read the article and had its answer: no load was started at the hello
  // (whose first look found the menu's names), nor for the blocks (a build that loads at
  // the hello is loading or holding the dictionary here, for seconds)
  await expect.poll(async () => (await toContent(sw, page, { type: 'stats' }))?.perf?.answeredAt ?? 0, { timeout: 5_000 }).toBeGreaterThan(0);
  expect(await dictionaryLoaded(context)).toBe(false);
  await page.waitForTimeout(1_000);
  expect(await dictionaryLoaded(context)).toBe(false);
  expect(await markCount(page)).toBe(0);
  // the reader sent the article's blocks; none may name anything, so the background
  // answered without reading its dataset (or its cache)
  expect(await datasetHeld(context)).toBe(false);
});

test("a page with no mention, the browser's first, reads neither the dataset nor the dictionary", async ({ context, site, sw }) => {
  site.pages.set('/weather.html', articlePage({ title: '天気', paragraphs: ['晴れのち曇り。気温は20度の見込みです。', '風はやや強い。洗濯物は午前中に。'] }));
  expect(await datasetHeld(context)).toBe(false);
  const page = await context.newPage();
  await page.goto(site.url('/weather.html'));
  await expect.poll(async () => (await toContent(sw, page, { type: 'stats' }))?.runs ?? 0).toBeGreaterThan(0);
  await page.waitForTimeout(500);
  expect(await datasetHeld(context)).toBe(false);
  expect(await dictionaryLoaded(context)).toBe(false);
  expect(await markCount(page)).toBe(0);
});
