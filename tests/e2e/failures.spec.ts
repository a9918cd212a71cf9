import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { EXTENSION_DIR, expect, extensionStatus, highlightTexts, tabIdOf, test, waitForMarks } from './fixtures';

async function fromExtensionPage(context: BrowserContext, extensionId: string, fn: (arg: unknown) => unknown, arg?: unknown) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const r = await page.evaluate(fn, arg);
  await page.close();
  return r;
}

test.describe('the dictionary fails to load', () => {
  const copy = mkdtempSync(join(tmpdir(), 'chushaku-broken-'));
  const ext = join(copy, 'ext');
  test.use({ extensionPath: ext });
  test.beforeAll(() => {
    cpSync(EXTENSION_DIR, ext, { recursive: true });
    renameSync(join(ext, 'dict', 'base.dat'), join(ext, 'dict', 'base.dat.hidden'));
  });
  test.afterAll(() => rmSync(copy, { recursive: true, force: true }));

  test('the page stays untouched, the popup says why, and annotation resumes once it is back', async ({ context, site, extensionId }) => {
    const page = await context.newPage();
    await page.goto(site.url('/short.html'));
    const status = () => extensionStatus(context, extensionId);
    await expect.poll(async () => (await status()).lastError ?? '').toMatch(/base\.dat\b/);
    expect(await highlightTexts(page)).toEqual({});
    const texts = await page.evaluate(() => [document.body.textContent, (window as unknown as { __initialText: string }).__initialText]);
    expect(texts[0]).toBe(texts[1]);
    // the popup shows the reason
    const tabId = await tabIdOf(context.serviceWorkers()[0]!, page);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.getByRole('alert')).toContainText('base.dat');
    // the file comes back: the page that failed is annotated on its next change, even
    // one outside the article (its text is as it was), and the next page too
    renameSync(join(ext, 'dict', 'base.dat.hidden'), join(ext, 'dict', 'base.dat'));
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await waitForMarks(page, 3);
    const again = await context.newPage();
    await again.goto(site.url('/short.html'));
    await waitForMarks(again, 3);
    expect((await status()).lastError).toBeNull();
  });
});

test('the browser stops the service worker mid-page (the tokenizer with it): the next request starts it again, marks are not duplicated', async ({
  context,
  site,
}) => {
  const page = await context.newPage();
  await page.goto(site.url('/short.html'));
  await waitForMarks(page, 3);
  const before = await highlightTexts(page);
  // Chrome stops an extension's service worker (here over DevTools, as the bench does); the
  // dictionary it held goes with its process. Then new content arrives on the page
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable' as never);
  await cdp.send('ServiceWorker.stopAllWorkers' as never);
  await cdp.detach();
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = '総務省はLINEヤフーに行政指導をした。';
    document.querySelector('article')!.append(p);
  });
  await expect.poll(async () => (await highlightTexts(page))['chushaku-organization'] ?? [], { timeout: 20_000 }).toContain('LINEヤフー');
  const after = await highlightTexts(page);
  for (const [name, texts] of Object.entries(before)) {
    // every earlier mark is still there, and exactly as often as before: no duplicates
    const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
    for (const [text, n] of count(texts)) expect(count(after[name] ?? []).get(text)).toBe(n);
  }
});

test('malformed messages are rejected, and web pages cannot message the extension', async ({ context, site, extensionId }) => {
  const answers = await fromExtensionPage(context, extensionId, async () => {
    const send = (m: unknown) => chrome.runtime.sendMessage(m).catch((e: Error) => ({ thrown: e.message }));
    return Promise.all([
      send({ type: 'annotate', blocks: 'not a list' }),
      send({ type: 'annotate', blocks: [{ start: -1, text: 'x' }] }),
      send({ type: 'no-such-type' }),
      send('just a string'),
      send({ type: 'status', extra: true }),
      send({ type: 'site-added', origin: 'javascript:alert(1)' }),
    ]);
  });
  for (const a of answers as unknown[]) expect(a).toEqual({ ok: false, error: 'malformed message' });
  const page = await context.newPage();
  await page.goto(site.url('/short.html'));
  const fromPage = await page.evaluate(async (id) => {
    const rt = (window as unknown as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome?.runtime;
    if (!rt?.sendMessage) return 'no runtime messaging for web pages';
    try {
      return await rt.sendMessage(id, { type: 'status' });
    } catch (e) {
      return `refused: ${(e as Error).message}`;
    }
  }, extensionId);
  expect(String(fromPage)).toMatch(/^(no runtime messaging for web pages|refused: )/);
});

test('IndexedDB over its quota: the cache is skipped, annotation goes on, and the options page says so', async ({ context, site, extensionId }) => {
  // the extension's own origin gets a quota of a few bytes (the browser's storage
  // service refuses writes beyond it, as on a full disk)
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${extensionId}`, quotaSize: 16 });
  await page.goto(site.url('/short.html'));
  await waitForMarks(page, 3);
  const status = () => extensionStatus(context, extensionId);
  await expect.poll(async () => (await status()).cacheDisabled ?? '').toMatch(/quota/i);
  expect((await status()).lastError).toBeNull();
  // still annotating, from the tokenizer, on the next page and on a revisit
  const next = await context.newPage();
  await next.goto(site.url('/late.html'));
  await expect.poll(async () => (await highlightTexts(next))['chushaku-organization'] ?? [], { timeout: 15_000 }).toContain('LINEヤフー');
  await page.reload();
  await waitForMarks(page, 3);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('output[name="cache-entries"]')).toHaveText('0');
  await expect(options.getByText(/quota/i)).toBeVisible();
});

test('the dictionary loads slowly: the page stays untouched, the popup says it is loading, and marks come when it is done', async ({
  context,
  site,
  sw,
  extensionId,
}) => {
  // the service worker's reads of the dictionary files held back 5 s each (as a slow disk
  // or a busy machine would); its other reads (the dataset) as they are
  await sw.evaluate((ms) => {
    const f = globalThis.fetch;
    globalThis.fetch = (...a: Parameters<typeof fetch>) =>
      String(a[0] instanceof Request ? a[0].url : a[0]).includes('/dict/') ? new Promise((r) => setTimeout(r, ms)).then(() => f(...a)) : f(...a);
  }, 5000);

  const page = await context.newPage();
  await page.goto(site.url('/short.html'));
  await page.waitForTimeout(1500);
  expect(await highlightTexts(page)).toEqual({});
  const texts = await page.evaluate(() => [document.body.textContent, (window as unknown as { __initialText: string }).__initialText]);
  expect(texts[0]).toBe(texts[1]);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(sw, page)}`);
  await expect(popup.getByText('読み込み中')).toBeVisible();
  // once loaded, the waiting page is annotated without a reload
  await waitForMarks(page, 3);
  const status = await extensionStatus(context, extensionId);
  expect(status.host?.loads).toBe(1);
  expect(status.host?.loading).toBe(false);
  expect(status.host?.lastLoadMs).toBeGreaterThanOrEqual(5000);
});
