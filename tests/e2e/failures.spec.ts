import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession } from '@playwright/test';
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

test('the tokenizer host closed by the browser mid-page: the next request reopens it, marks are not duplicated', async ({ context, site, sw }) => {
  const page = await context.newPage();
  await page.goto(site.url('/short.html'));
  await waitForMarks(page, 3);
  const before = await highlightTexts(page);
  // the browser closes the offscreen document; then new content arrives on the page
  await sw.evaluate(async () => chrome.offscreen.closeDocument());
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = '総務省はLINEヤフーに行政指導をした。';
    document.querySelector('article')!.append(p);
  });
  await expect.poll(async () => (await highlightTexts(page))['chushaku-organization'] ?? []).toContain('LINEヤフー');
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
  // the tokenizer's document made ahead of time, and its worker's reads of the dictionary
  // files held back 5 s each (as a slow disk or a busy machine would): the worker is held
  // at its start (DevTools auto-attach) until its fetch is slowed
  await sw.evaluate(() => chrome.offscreen.createDocument({ url: '/offscreen.html', reasons: ['WORKERS'], justification: 'test: a slow dictionary' }));
  const cdp = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
  const offscreen = targetInfos.find((t) => t.url.endsWith('/offscreen.html'))!;
  expect(offscreen).toBeDefined();
  const slowed = slowWorkerFetch(cdp, offscreen.targetId, 5000);

  const page = await context.newPage();
  await page.goto(site.url('/short.html'));
  expect(await slowed).toBe(true);
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

/**
 * Holds the next dedicated worker `targetId` starts at its first line, replaces its fetch
 * with one that waits `ms` first, then lets it run. Resolves true once the worker runs
 * with the slow fetch.
 */
async function slowWorkerFetch(browserCdp: CDPSession, targetId: string, ms: number): Promise<boolean> {
  const { sessionId } = (await browserCdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  let nextId = 1;
  const toPage = (method: string, params: object) =>
    browserCdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method, params }) });
  const toWorker = (worker: string, id: number, method: string, params: object = {}) =>
    toPage('Target.sendMessageToTarget', { sessionId: worker, message: JSON.stringify({ id, method, params }) });
  const done = new Promise<boolean>((resolve) => {
    browserCdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message) as { method?: string; params?: { sessionId: string; message?: string; waitingForDebugger?: boolean } };
      if (m.method === 'Target.attachedToTarget' && m.params?.waitingForDebugger) {
        const worker = m.params.sessionId;
        const expression = `(() => { const f = globalThis.fetch; globalThis.fetch = (...a) => new Promise((r) => setTimeout(r, ${ms})).then(() => f(...a)); return true; })()`;
        void toWorker(worker, 1, 'Runtime.evaluate', { expression, returnByValue: true });
      }
      if (m.method === 'Target.receivedMessageFromTarget' && m.params?.message) {
        const reply = JSON.parse(m.params.message) as { id?: number; result?: { result?: { value?: unknown } } };
        if (reply.id === 1) void toWorker(m.params.sessionId, 2, 'Runtime.runIfWaitingForDebugger').then(() => resolve(reply.result?.result?.value === true));
      }
    });
  });
  await toPage('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  return done;
}
