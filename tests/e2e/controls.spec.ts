import type { BrowserContext, Page } from '@playwright/test';
import { cardStyle, cardText, expect, highlightTexts, markCount, tabIdOf, test, textRect, waitForMarks } from './fixtures';

async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('注釈 Chushaku');
  return popup;
}

test('popup lists what was found, corrections first, and opens a card from the list', async ({ context, site, sw, extensionId }) => {
  const page = await context.newPage();
  await page.goto(site.url('/short.html'));
  await waitForMarks(page, 3);
  const popup = await openPopup(context, extensionId, await tabIdOf(sw, page));
  const groups = popup.locator('details summary');
  await expect(groups.first()).toContainText('訂正・補足');
  await expect(popup.getByRole('heading', { name: /このページで見つかったもの \(\d+\)/ })).toBeVisible();
  await popup.locator('summary', { hasText: '行政機関' }).click();
  await popup.getByRole('button', { name: /個人情報保護委員会/ }).click();
  await expect.poll(async () => (await cardText(page))?.name).toBe('個人情報保護委員会');
});

test('turning the site off removes its marks live; on brings them back', async ({ context, site, sw, extensionId }) => {
  const page = await context.newPage();
  await page.goto(site.url('/short.html'));
  await waitForMarks(page, 3);
  const popup = await openPopup(context, extensionId, await tabIdOf(sw, page));
  const siteSwitch = popup.getByRole('checkbox', { name: /このサイトで注釈する/ });
  await expect(siteSwitch).toBeChecked();
  await siteSwitch.uncheck();
  await expect.poll(() => markCount(page)).toBe(0);
  await siteSwitch.check();
  await expect.poll(() => markCount(page)).toBeGreaterThanOrEqual(3);
  await popup.getByRole('checkbox', { name: 'すべてのサイトで注釈する' }).uncheck();
  await expect.poll(() => markCount(page)).toBe(0);
});

test('options: hiding a category removes its marks in an open tab', async ({ context, site, extensionId }) => {
  const page = await context.newPage();
  await page.goto(site.url('/short.html'));
  await waitForMarks(page, 3);
  expect((await highlightTexts(page))['chushaku-person']?.length).toBeGreaterThan(0);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('checkbox', { name: '人物' }).uncheck();
  await expect.poll(async () => (await highlightTexts(page))['chushaku-person']).toBeUndefined();
  expect((await highlightTexts(page))['chushaku-government']?.length).toBeGreaterThan(0);
  await options.getByRole('checkbox', { name: '人物' }).check();
  await expect.poll(async () => (await highlightTexts(page))['chushaku-person']?.length ?? 0).toBeGreaterThan(0);
});

test('options: the cache fills from a page and clearing empties it; data figures are shown', async ({ context, site, extensionId }) => {
  const page = await context.newPage();
  await page.goto(site.url('/short.html'));
  await waitForMarks(page, 3);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const entries = options.locator('output[name="cache-entries"]');
  await expect.poll(async () => Number(await entries.textContent())).toBeGreaterThan(0);
  await options.getByRole('button', { name: 'キャッシュを消去' }).click();
  await expect(entries).toHaveText('0');
  await expect(options.getByText(/件の項目/)).toBeVisible();
});

test('options: appearance settings are saved and survive a reload', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('下線の種類').selectOption('dotted');
  await options.getByRole('radio', { name: 'ダーク' }).check();
  await options.getByLabel('カードの大きさ').selectOption('large');
  await expect(options.locator('p[role="status"]')).toHaveText('保存しました');
  await options.reload();
  await expect(options.getByLabel('下線の種類')).toHaveValue('dotted');
  await expect(options.getByRole('radio', { name: 'ダーク' })).toBeChecked();
  await expect(options.getByLabel('カードの大きさ')).toHaveValue('large');
  await expect(options.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('options: appearance applies live in an open tab (underline, colour, theme, card size, hover delay)', async ({ context, site, extensionId }) => {
  const page = await context.newPage();
  await page.goto(site.url('/short.html'));
  await waitForMarks(page, 3);
  // highlight names carry a per-page random suffix (chushaku-organization-<random>)
  const rule = (name: string) =>
    page.evaluate(
      (n) => [...document.adoptedStyleSheets].flatMap((sh) => [...sh.cssRules].map((r) => r.cssText)).find((t) => t.includes(`::highlight(${n}-`)) ?? '',
      name,
    );
  expect(await rule('chushaku-organization')).not.toContain('dotted');
  const openCard = async () => {
    const at = await textRect(page, '出澤剛');
    await page.mouse.move(at!.x, at!.y);
  };
  await openCard();
  await expect.poll(async () => (await cardText(page))?.name).toBe('出澤剛');
  const before = (await cardStyle(page, ['background-color', 'font-size']))!;
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('下線の種類').selectOption('dotted');
  await options.locator('input[name="color-organization"]').fill('#ff0000');
  await options.getByRole('radio', { name: 'ダーク' }).check();
  await options.getByLabel('カードの大きさ').selectOption('large');
  await options.getByLabel(/カードを開くまで/).fill('1000');
  await options.getByLabel(/カードを開くまで/).press('Tab');
  await expect(options.locator('p[role="status"]')).toHaveText('保存しました');

  // underline style and colour: the page's highlight rules change without a reload
  await expect.poll(() => rule('chushaku-organization')).toMatch(/dotted.*rgb\(255, 0, 0\)|rgb\(255, 0, 0\).*dotted/);
  // hover delay: not open after 500 ms, open later
  await page.bringToFront();
  await openCard();
  await page.waitForTimeout(500);
  expect(await cardText(page)).toBeUndefined();
  await expect.poll(async () => (await cardText(page))?.name, { timeout: 5_000 }).toBe('出澤剛');
  // theme and size: the card itself
  const after = (await cardStyle(page, ['background-color', 'font-size']))!;
  expect(after['background-color']).not.toBe(before['background-color']);
  const lum = (c: string) =>
    (c.match(/\d+/g) ?? [])
      .slice(0, 3)
      .map(Number)
      .reduce((a, b) => a + b, 0) / 3;
  expect(lum(after['background-color']!)).toBeLessThan(80);
  expect(parseFloat(after['font-size']!)).toBeGreaterThan(parseFloat(before['font-size']!));
});
