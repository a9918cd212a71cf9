/**
 * The Firefox build in a phone-sized Firefox window (Debian's firefox-esr over WebDriver
 * BiDi, as in firefox.spec.ts): it installs, marks the page, and a touch tap on a mark
 * opens its card as a sheet over the bottom of the screen; a tap elsewhere closes it.
 * (Firefox for Android itself cannot run here; the same Gecko engine and the same build,
 * which declares Android support, can.) The card lives in a closed shadow root no script
 * can read: what the screen shows is compared instead.
 */
import type { Browser, Page } from 'puppeteer-core';
import { articlePage } from '../../scripts/sample-pages';
import { firefoxMissing, launchFirefox } from '../support/firefox';
import { servePages } from '../support/puppeteer-serve';
import { newsUrl } from '../support/site-pages';
import { pageUnchanged, textBox } from '../support/in-page';
import { expect, test } from './fixtures';
const PHONE = { width: 360, height: 740 };

const PAGE = articlePage({
  title: '中国からのアクセス遮断について',
  published: '2021-03-23',
  head: '<meta name="viewport" content="width=device-width, initial-scale=1">',
  paragraphs: [
    '天気の話題はここまで。午後からは風がやや強まる見込みです。',
    'LINEの出澤剛社長は23日に記者会見し、謝罪した。',
    '個人情報保護委員会は報告を求めていた。',
    ...Array.from({ length: 20 }, (_, i) => `天気の話題はここまで。気温は${10 + i}度の見込みです。`),
  ],
});

test.describe('Firefox, phone-sized', () => {
  test.skip(!!firefoxMissing, firefoxMissing);
  test.describe.configure({ mode: 'serial' });
  let browser: Browser;
  /** requests no page answered: a test fails on any */
  const unserved: string[] = [];

  test.beforeAll(async () => {
    const launched = await launchFirefox();
    browser = launched.browser;
    expect(launched.addonId).toBe('chushaku@example.org');
  });

  test.afterAll(async () => {
    await browser?.close();
    expect(unserved).toEqual([]);
  });

  const markCount = (page: Page) =>
    page.evaluate(() =>
      [...(CSS.highlights as unknown as Map<string, Set<Range>>)].reduce((n, [name, h]) => n + (name.startsWith('chushaku-active') ? 0 : h.size), 0),
    );

  /** Centre of a text on screen. */
  const centreOf = async (page: Page, needle: string) => {
    const b = await page.evaluate(textBox, { needle });
    return b && { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  };

  test('a touch tap on a mark opens its card over the bottom half; a tap elsewhere closes it', async () => {
    const page = await browser.newPage();
    // served at a news site's address through interception, as the shipped manifest needs;
    // nothing reaches the network
    await servePages(page, new Map([[newsUrl('/phone.html'), { body: PAGE, type: 'text/html' }]]), unserved);
    await page.setViewport({ ...PHONE, hasTouch: true });
    await page.goto(newsUrl('/phone.html'));
    await expect.poll(() => markCount(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => innerWidth)).toBe(PHONE.width);

    const bottom = { x: 0, y: PHONE.height / 2 + 20, width: PHONE.width, height: PHONE.height / 2 - 20 };
    // above the sheet and its shadow (24 px blur)
    const top = { x: 0, y: 0, width: PHONE.width, height: PHONE.height / 2 - 40 };
    const shot = async (clip: typeof bottom) => Buffer.from(await page.screenshot({ clip }));
    const before = { bottom: await shot(bottom), top: await shot(top) };

    const at = (await centreOf(page, '出澤剛'))!;
    expect(at.y).toBeLessThan(top.height);
    await page.touchscreen.tap(at.x, at.y);
    // the sheet covers the bottom of the screen; the text above it, with the tapped mark, is as it was
    await expect.poll(async () => (await shot(bottom)).equals(before.bottom), { timeout: 10_000 }).toBe(false);
    await page.screenshot({ path: test.info().outputPath('firefox-phone-sheet.png') });
    expect((await shot(top)).equals(before.top)).toBe(true);
    expect(await page.evaluate(pageUnchanged)).toEqual({ text: true, html: true });

    const plain = (await centreOf(page, '天気の話題'))!;
    await page.touchscreen.tap(plain.x, plain.y);
    await expect.poll(async () => (await shot(bottom)).equals(before.bottom), { timeout: 10_000 }).toBe(true);
    await page.close();
  });
});
