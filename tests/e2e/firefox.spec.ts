/**
 * The Firefox build in a real Firefox (Debian's firefox-esr), driven over WebDriver BiDi
 * with puppeteer-core: Playwright drives only its own patched Firefox, which cannot be
 * downloaded here. The extension is installed as a temporary add-on; its tokenizer runs
 * in the background page (no offscreen documents in Firefox). Pages are served at a
 * news site's address through puppeteer's request interception, as in Chromium.
 */
import type { Browser, Page } from 'puppeteer-core';
import { firefoxMissing, launchFirefox } from '../support/firefox';
import { servePages } from '../support/puppeteer-serve';
import { newsUrl, samplePageMap } from '../support/site-pages';
import { highlightTextsInPage, pageUnchanged, textBox } from '../support/in-page';
import { expect, test } from './fixtures';

test.describe('Firefox', () => {
  test.skip(!!firefoxMissing, firefoxMissing);
  test.describe.configure({ mode: 'serial' });
  let browser: Browser;
  const pages = samplePageMap();
  /** requests no page answered (aborted): each test ends with none */
  const unserved: string[] = [];

  test.beforeAll(async () => {
    const launched = await launchFirefox();
    browser = launched.browser;
    expect(launched.addonId).toBe('chushaku@example.org');
  });

  test.afterAll(async () => {
    await browser?.close();
  });

  test.afterEach(() => {
    expect(unserved.splice(0)).toEqual([]);
  });

  const highlights = (page: Page) => page.evaluate(highlightTextsInPage);

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    // nothing reaches the network: the page map answers, anything else is refused
    await servePages(page, pages, unserved);
    await page.goto(newsUrl(path));
    return page;
  }

  test('marks the right spans and leaves the page text and DOM as they were', async () => {
    const page = await open('/short.html');
    await expect.poll(async () => Object.values(await highlights(page)).flat().length, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    const marks = await highlights(page);
    expect(marks['chushaku-person']).toContain('出澤剛');
    expect(marks['chushaku-government']).toContain('個人情報保護委員会');
    expect(marks['chushaku-correction']?.length).toBeGreaterThan(0);
    expect(await page.evaluate(pageUnchanged)).toEqual({ text: true, html: true });
    expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
    await page.close();
  });

  test('hovering a mark shows the card over the page; Esc takes it away', async () => {
    const page = await open('/short.html');
    await expect.poll(async () => (await highlights(page))['chushaku-person']?.length ?? 0, { timeout: 30_000 }).toBeGreaterThan(0);
    const b = await page.evaluate(textBox, { needle: '出澤剛' });
    const at = b && { x: b.left + 8, y: b.top + b.height / 2 };
    expect(at).toBeDefined();
    // the card lives in a closed shadow root, which no script can read: compare what
    // the page looks like (the region around the mark) before, during and after
    const clip = { x: 0, y: Math.max(0, at!.y - 150), width: 1000, height: 400 };
    await page.mouse.move(900, 790);
    const before = Buffer.from(await page.screenshot({ clip }));
    await page.mouse.move(at!.x, at!.y);
    await expect.poll(async () => Buffer.from(await page.screenshot({ clip })).equals(before), { timeout: 10_000 }).toBe(false);
    await page.keyboard.press('Escape');
    await page.mouse.move(900, 790);
    await expect.poll(async () => Buffer.from(await page.screenshot({ clip })).equals(before), { timeout: 10_000 }).toBe(true);
    await page.close();
  });

  test('content added later is annotated too', async () => {
    const page = await open('/late.html');
    await expect.poll(async () => (await highlights(page))['chushaku-organization'] ?? [], { timeout: 30_000 }).toContain('LINEヤフー');
    await page.close();
  });
});
