/**
 * On a phone: Chromium emulating a 360 × 740 touch screen. A tap on a mark opens its card
 * as a bottom sheet, a tap elsewhere closes it, a link in it is followed; a scroll or a
 * long-press over a mark opens nothing; the page's text and layout stay as they were.
 * The card lives in a closed shadow root: it is read through CDP (DOM with pierce, the
 * accessibility tree), as the page itself never could.
 */
import AxeBuilder from '@axe-core/playwright';
import type { CDPSession, Page } from '@playwright/test';
import { articlePage } from '../../scripts/sample-pages';
import { buildCardHarness } from './harness/build';
import { cardText, expect, test, waitForMarks } from './fixtures';
import { pageUnchanged, textBox } from '../support/in-page';

const PHONE = { width: 360, height: 740 };
test.use({ device: { viewport: PHONE, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } });

const FILLER = (i: number) => `天気の話題はここまで。気温は${10 + (i % 15)}度で、午後からは風がやや強まる見込みです。`;
/** A news page as phones get it (a mobile viewport), long enough to scroll, marks in the middle. */
const MOBILE_PAGE = articlePage({
  title: '中国からのアクセス遮断について',
  published: '2021-03-23',
  head: '<meta name="viewport" content="width=device-width, initial-scale=1">',
  paragraphs: [
    ...Array.from({ length: 4 }, (_, i) => FILLER(i)),
    'LINEの出澤剛社長は23日に記者会見し、謝罪した。',
    '個人情報保護委員会は報告を求めていた。',
    '「Letter Sealing」をONにしていれば、投稿した内容はLINEの運営側すらも読めなくなります。',
    ...Array.from({ length: 30 }, (_, i) => FILLER(i + 4)),
  ],
});

/** Where a text is on screen (viewport coordinates), without scrolling. */
async function rectOf(page: Page, needle: string): Promise<{ x: number; y: number; top: number; bottom: number; left: number; right: number }> {
  const b = await page.evaluate(textBox, { needle });
  if (!b) throw new Error(`not on the page: ${needle}`);
  return { x: b.left + b.width / 2, y: b.top + b.height / 2, top: b.top, bottom: b.bottom, left: b.left, right: b.right };
}

/** Scrolls so that a text sits in the upper third of the screen (the sheet takes the lower half). */
async function bringUp(page: Page, needle: string): Promise<void> {
  await page.evaluate((text) => {
    const p = [...document.querySelectorAll('p')].find((e) => e.textContent?.includes(text));
    if (p) window.scrollBy(0, p.getBoundingClientRect().top - 160);
  }, needle);
}

type DomNode = { nodeId: number; backendNodeId: number; localName?: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };
const attr = (n: DomNode, name: string) => {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
};
function findNode(n: DomNode, pred: (n: DomNode) => boolean, parent?: DomNode): { node: DomNode; parent?: DomNode } | undefined {
  if (pred(n)) return { node: n, ...(parent ? { parent } : {}) };
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
    const f = findNode(c, pred, n);
    if (f) return f;
  }
  return undefined;
}

/** The card's mount (the dialog's parent in the closed shadow root): its layout attribute and its box on screen. */
async function sheetBox(cdp: CDPSession): Promise<{ layout?: string; x: number; y: number; width: number; height: number } | undefined> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const found = findNode(root, (n) => attr(n, 'role') === 'dialog');
  if (!found?.parent) return undefined;
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: found.parent.nodeId })) as { model: { border: number[]; width: number; height: number } };
  const layout = attr(found.parent, 'data-layout');
  // from the border quad (page coordinates), which includes any zoom of the sheet
  const [x1, y1, x2, , , y3] = model.border as [number, number, number, number, number, number];
  return { ...(layout ? { layout } : {}), x: x1, y: y1, width: x2 - x1, height: y3 - y1 };
}

/** Every element's box in page coordinates, to compare the layout before and after. */
const layoutOf = (page: Page) =>
  page.evaluate(() =>
    [...document.body.querySelectorAll('*')].map((e) => {
      const r = e.getBoundingClientRect();
      return [r.left + scrollX, r.top + scrollY, r.width, r.height].map((v) => Math.round(v * 10) / 10).join(',');
    }),
  );

/**
 * A finger's swipe up from (x, y) through CDP touch events, one move a frame, starting
 * slowly as a real finger does (its first moves, still on the mark, are pointermoves the
 * page sees before the browser takes the gesture): the browser then scrolls the page and
 * cancels the pointer (pointercancel), as on a phone. (CDP's synthesizeScrollGesture
 * sends the pointer events but, headless, scrolls nothing.)
 */
async function swipeUp(cdp: CDPSession, page: Page, x: number, y: number, distance: number): Promise<void> {
  const path = [1, 2, 3, 4, 5, ...Array.from({ length: 12 }, (_, i) => 5 + ((distance - 5) * (i + 1)) / 12)];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (const d of path) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - d }] });
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** A touch held still at one point for `ms` (a long-press), through CDP as a real finger would be. */
async function press(cdp: CDPSession, x: number, y: number, ms: number): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  await new Promise((r) => setTimeout(r, ms));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('a tap opens the right card as a bottom sheet; a tap elsewhere closes it; page text and layout unchanged', async ({ context, site }, testInfo) => {
  site.pages.set('/mobile.html', MOBILE_PAGE);
  const page = await context.newPage();
  await page.goto(site.url('/mobile.html'));
  await waitForMarks(page, 3);
  const cdp = await context.newCDPSession(page);
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches && innerWidth)).toBe(PHONE.width);

  await bringUp(page, '出澤剛');
  const layoutBefore = await layoutOf(page);
  const at = await rectOf(page, '出澤剛');
  await page.touchscreen.tap(at.x, at.y);
  await expect.poll(async () => (await cardText(page))?.name).toBe('出澤剛');

  // a sheet: full width, on the bottom edge, at most half the screen's height
  const box = (await sheetBox(cdp))!;
  expect(box.layout).toBe('sheet');
  expect(box.x).toBe(0);
  expect(box.width).toBe(PHONE.width);
  expect(box.y + box.height).toBeCloseTo(PHONE.height, 0);
  expect(box.height).toBeLessThanOrEqual(PHONE.height / 2);
  expect(box.height).toBeGreaterThan(120);
  // the tapped mark stays in sight above it
  expect(at.bottom).toBeLessThan(box.y);
  await page.screenshot({ path: testInfo.outputPath('mobile-sheet-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('mobile-sheet-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // the page is as it was: text, markup and every element's box
  expect(await page.evaluate(pageUnchanged)).toEqual({ text: true, html: true });
  expect(await layoutOf(page)).toEqual(layoutBefore);

  // a tap on another mark (a finger's width below its text still hits it) switches the card
  const ppc = await rectOf(page, '個人情報保護委員会');
  await page.touchscreen.tap(ppc.x, ppc.bottom + 8);
  await expect.poll(async () => (await cardText(page))?.name).toBe('個人情報保護委員会');

  // a tap on plain text, away from any mark, closes it
  const plain = await rectOf(page, '天気の話題');
  expect(plain.bottom).toBeLessThan(box.y);
  await page.touchscreen.tap(plain.x, plain.y);
  await expect.poll(async () => cardText(page)).toBeUndefined();
  expect(await layoutOf(page)).toEqual(layoutBefore);
  await page.close();
});

test('a scroll or a long-press over a mark opens nothing; a tap afterwards still does', async ({ context, site }) => {
  site.pages.set('/mobile.html', MOBILE_PAGE);
  const page = await context.newPage();
  await page.goto(site.url('/mobile.html'));
  await waitForMarks(page, 3);
  const cdp = await context.newCDPSession(page);
  await bringUp(page, '出澤剛');

  // a finger's scroll that starts on the mark: the page scrolls, no card
  const at = await rectOf(page, '出澤剛');
  const y0 = await page.evaluate(() => scrollY);
  await swipeUp(cdp, page, at.x, at.y, 150);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(y0 + 50);
  // nothing may open: wait longer than the hover delay and the card's round trip would take
  await page.waitForTimeout(1_000);
  expect(await cardText(page)).toBeUndefined();

  // a long-press on the mark (text selection's gesture): no card
  await bringUp(page, '出澤剛');
  const again = await rectOf(page, '出澤剛');
  await press(cdp, again.x, again.y, 800);
  await page.waitForTimeout(1_000);
  expect(await cardText(page)).toBeUndefined();

  // the control: a tap on the same spot opens it
  await page.evaluate(() => getSelection()?.removeAllRanges());
  await page.touchscreen.tap(again.x, again.y);
  await expect.poll(async () => (await cardText(page))?.name).toBe('出澤剛');
  await page.close();
});

test('a tap on a source link in the sheet follows it', async ({ context, site }) => {
  site.pages.set('/mobile.html', MOBILE_PAGE);
  // the link leads off the test site: answer it here, so nothing reaches the network
  // (the extension's own files, e.g. the marks' bundle the content script imports, stay its own)
  const followed: string[] = [];
  await context.route(
    (url) => !url.href.startsWith(site.origin) && url.protocol !== 'chrome-extension:',
    (route) => {
      followed.push(route.request().url());
      // an icon of its own: else Chromium asks the source's /favicon.ico, which routes do not see
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>source</title><link rel="icon" href="data:,">' });
    },
  );
  const page = await context.newPage();
  await page.goto(site.url('/mobile.html'));
  await waitForMarks(page, 3);
  const cdp = await context.newCDPSession(page);
  await bringUp(page, '出澤剛');
  const at = await rectOf(page, '出澤剛');
  await page.touchscreen.tap(at.x, at.y);
  await expect.poll(async () => (await cardText(page))?.name).toBe('出澤剛');

  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const link = findNode(root, (n) => n.localName === 'a' && /^https?:/.test(attr(n, 'href') ?? '') && !attr(n, 'href')!.includes('127.0.0.1'))!.node;
  const href = attr(link, 'href')!;
  await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: link.nodeId });
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: link.nodeId })) as { model: { content: number[] } };
  const [x1, y1, x2, , , y3] = model.content as [number, number, number, number, number, number];
  const opened = context.waitForEvent('page');
  await page.touchscreen.tap(Math.min(x1 + 10, (x1 + x2) / 2), (y1 + y3) / 2);
  const tab = await opened;
  await expect.poll(() => followed).toContain(href);
  await tab.close();
  await page.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the sheet has no axe violations (${scheme} theme)`, async ({ context, site }, testInfo) => {
    for (const [path, body] of Object.entries(await buildCardHarness())) site.pages.set(path, body);
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    for (const q of [`theme=${scheme}&layout=sheet&entity=per-idezawa`, `theme=${scheme}&layout=sheet&claim=e9-letter-sealing-unreadable`]) {
      await page.goto(site.url(`/card.html?${q}`));
      await expect(page.locator('body[data-ready="1"]')).toHaveCount(1);
      await expect(page.getByRole('dialog')).toBeVisible();
      const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(
        r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)),
        q,
      ).toEqual([]);
      // the sheet: full width on the bottom edge, half the height at most, its close button a finger's size
      const sheet = await page.locator('#root').boundingBox();
      expect(sheet).toMatchObject({ x: 0, width: PHONE.width });
      expect(sheet!.y + sheet!.height).toBeCloseTo(PHONE.height, 0);
      expect(sheet!.height).toBeLessThanOrEqual(PHONE.height / 2);
      const close = await page.getByRole('button', { name: '閉じる' }).boundingBox();
      expect(Math.min(close!.width, close!.height)).toBeGreaterThanOrEqual(44);
    }
    await page.screenshot({ path: testInfo.outputPath(`sheet-harness-${scheme}.png`) });
  });
}

test('popup and options work as full-screen pages at 360 px (Firefox for Android opens them so)', async ({ context, extensionId }, testInfo) => {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  for (const path of ['popup.html', 'options.html']) {
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    // Playwright's touch emulation does not reach extension pages: the touch screen
    // (pointer: coarse, hover: none) is switched on for this one through CDP
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    await expect.poll(() => page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (path === 'options.html') await page.locator('details summary').first().click();
    const fit = await page.evaluate(() => ({
      width: innerWidth,
      overflow: document.documentElement.scrollWidth - innerWidth,
      main: Math.round(document.querySelector('main')!.getBoundingClientRect().width),
      // every control a finger can hit: its own box or its label's at least 24 px high (WCAG 2.5.8)
      small: [...document.querySelectorAll('button, select, input, summary')]
        .map((e) => (e.closest('label') ?? e) as HTMLElement)
        .filter((e) => e.getBoundingClientRect().height > 0 && e.getBoundingClientRect().height < 24)
        .map((e) => e.outerHTML.slice(0, 60)),
    }));
    expect(fit, path).toMatchObject({ width: PHONE.width, overflow: 0, main: PHONE.width, small: [] });
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(
      r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)),
      path,
    ).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`phone-${path.replace('.html', '')}.png`), fullPage: true });
  }
});

test('options: "open cards on tap" off stops taps opening cards; auto (the default) opens them on a touch screen', async ({ context, site, extensionId }) => {
  site.pages.set('/mobile.html', MOBILE_PAGE);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const select = options.getByLabel('タップでカードを開く');
  await expect(select).toHaveValue('auto');
  await select.selectOption('off');
  await expect(options.locator('p[role="status"]')).toHaveText('保存しました');

  const page = await context.newPage();
  await page.goto(site.url('/mobile.html'));
  await waitForMarks(page, 3);
  await bringUp(page, '出澤剛');
  const at = await rectOf(page, '出澤剛');
  await page.touchscreen.tap(at.x, at.y);
  // nothing may open: longer than an open takes in the tests above
  await page.waitForTimeout(1_000);
  expect(await cardText(page)).toBeUndefined();

  await options.bringToFront();
  await select.selectOption('auto');
  await expect(options.locator('p[role="status"]')).toHaveText('保存しました');
  await page.bringToFront();
  await expect
    .poll(async () => {
      await page.touchscreen.tap(at.x, at.y);
      return (await cardText(page))?.name;
    })
    .toBe('出澤剛');
});

test('the back gesture closes a tapped card; the page keeps its own history', async ({ context, site }) => {
  site.pages.set('/mobile.html', MOBILE_PAGE);
  site.pages.set('/before.html', '<!doctype html><title>before</title><p>before</p>');
  const page = await context.newPage();
  await page.goto(site.url('/before.html'));
  await page.goto(site.url('/mobile.html'));
  await waitForMarks(page, 3);
  const cdp = await context.newCDPSession(page);
  const historyLength = await page.evaluate(() => history.length);
  await bringUp(page, '出澤剛');
  const at = await rectOf(page, '出澤剛');

  // Chromium has CloseWatcher: opening and closing a card leaves the page's history alone
  await page.touchscreen.tap(at.x, at.y);
  await expect.poll(async () => (await cardText(page))?.name).toBe('出澤剛');
  expect(await page.evaluate(() => [history.length, history.state])).toEqual([historyLength, null]);
  await page.keyboard.press('Escape');
  await expect.poll(async () => cardText(page)).toBeUndefined();

  // Firefox for Android 140–148 has no CloseWatcher: take it from the extension's own world
  // (the content script's isolated world, through CDP) to run the history path it uses there
  const worlds: { id: number; auxData?: { type?: string }; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; auxData?: { type?: string }; origin: string } }) => void worlds.push(e.context));
  await cdp.send('Runtime.enable');
  await expect.poll(() => worlds.filter((w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://')).length).toBeGreaterThan(0);
  for (const w of worlds.filter((x) => x.auxData?.type === 'isolated' && x.origin.startsWith('chrome-extension://'))) {
    await cdp.send('Runtime.evaluate', { contextId: w.id, expression: 'delete globalThis.CloseWatcher' });
  }

  // the back gesture closes the card and stays on the page (same document, same address)
  await page.touchscreen.tap(at.x, at.y);
  await expect.poll(async () => (await cardText(page))?.name).toBe('出澤剛');
  expect(await page.evaluate(() => history.length)).toBe(historyLength + 1);
  const url = page.url();
  await page.evaluate(() => ((window as unknown as { __stay: number }).__stay = 1));
  await page.goBack();
  await expect.poll(async () => cardText(page)).toBeUndefined();
  expect(await page.evaluate(() => [location.href, (window as unknown as { __stay?: number }).__stay, history.state])).toEqual([url, 1, null]);

  // a card closed by a tap elsewhere takes its entry back: the next back is the page's own
  await page.touchscreen.tap(at.x, at.y);
  await expect.poll(async () => (await cardText(page))?.name).toBe('出澤剛');
  const plain = await rectOf(page, '天気の話題');
  await page.touchscreen.tap(plain.x, plain.y);
  await expect.poll(async () => cardText(page)).toBeUndefined();
  await expect.poll(() => page.evaluate(() => history.state)).toBeNull();
  await page.goBack();
  await expect(page).toHaveURL(site.url('/before.html'));
});

test('a desktop-width page shown zoomed out on a phone gets a sheet as large as on a mobile page; the page is unchanged', async ({
  context,
  site,
}, testInfo) => {
  // short.html has no mobile viewport: laid out 980 px wide, shown at about a third
  const page = await context.newPage();
  await page.goto(site.url('/short.html'));
  await waitForMarks(page, 3);
  const cdp = await context.newCDPSession(page);
  const scale = await page.evaluate(() => visualViewport!.scale);
  expect(scale).toBeLessThan(0.5);
  const fonts = () => page.evaluate(() => [...document.querySelectorAll('p, h1')].map((e) => getComputedStyle(e).fontSize));
  const fontsBefore = await fonts();
  const layoutBefore = await layoutOf(page);
  const at = await rectOf(page, '出澤剛');
  await page.touchscreen.tap(at.x, at.y);
  await expect.poll(async () => (await cardText(page))?.name).toBe('出澤剛');
  // on screen (layout px × scale): the full width, the bottom half at most
  const box = (await sheetBox(cdp))!;
  expect(box.layout).toBe('sheet');
  expect(box.width * scale).toBeCloseTo(PHONE.width, 0);
  expect(box.height * scale).toBeLessThanOrEqual(PHONE.height / 2 + 1);
  expect(box.height * scale).toBeGreaterThan(120);
  await page.screenshot({ path: testInfo.outputPath('zoomed-out-page-sheet.png') });
  expect(await fonts()).toEqual(fontsBefore);
  expect(await layoutOf(page)).toEqual(layoutBefore);
});
