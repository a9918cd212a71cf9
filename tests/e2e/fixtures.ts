/**
 * Playwright fixtures: a fresh Chromium profile with the built extension loaded (the one
 * launcher in tests/support/launch.ts), the test pages served at a default news site's
 * address through request interception (tests/support/intercept.ts: the manifest under
 * test is the one that ships, and nothing reaches the network), the extension id, and
 * Chromium's own network log to prove what was requested.
 */
import { test as base, type BrowserContext, type BrowserContextOptions, type CDPSession, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FAVICON, interceptPages, type Interception, type PageMap, type PageSource } from '../support/intercept';
import { launchBrowser } from '../support/launch';
import { highlightTextsInPage, textBox } from '../support/in-page';
import { NEWS_ORIGIN, NEWS_PATH, samplePageMap } from '../support/site-pages';
import type { Failure, PageToBackground, ReplyOf, RequestOf, StatusAnswer, ToContent } from '../../entrypoints/shared/protocol';

/** the built extension; CHUSHAKU_EXTENSION_DIR points a run at another build (e.g. an older one, to see a test fail) */
export const EXTENSION_DIR = process.env.CHUSHAKU_EXTENSION_DIR ?? resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');

export interface Site {
  /** the news site's origin (a default site) */
  origin: string;
  /** a sample page's address on it (`/short.html` → https://www3.nhk.or.jp/news/html/chushaku-test/short.html) */
  url(path: string): string;
  /** extra pages a test serves beside the sample pages, by path (as `url` takes it) */
  pages: Map<string, string>;
  /** extra pages at any address (full URL without query), e.g. a site on no list */
  at: PageMap;
}

interface Fixtures {
  /** the unpacked extension to load (a test may point at a doctored copy) */
  extensionPath: string;
  /** the browser's interface language, which chrome.i18n follows */
  uiLanguage: 'ja' | 'en';
  /** requests a test lets go unanswered (aborted all the same), e.g. a real page's own images */
  tolerate: RegExp;
  /** a device to emulate (a phone's viewport and touch screen: mobile.spec.ts) */
  device: Pick<BrowserContextOptions, 'viewport' | 'hasTouch' | 'isMobile' | 'deviceScaleFactor'>;
  /** a fresh folder per test: the browser profile and Chromium's net log */
  tmp: string;
  context: BrowserContext;
  /** what the interceptor answered and refused in this test */
  served: Interception;
  extensionId: string;
  sw: Worker;
}

export const test = base.extend<Fixtures, { site: Site }>({
  site: [
    async ({}, use) => {
      const pages = new Map<string, string>();
      const at: PageMap = new Map();
      await use({ origin: NEWS_ORIGIN, url: (p) => NEWS_ORIGIN + NEWS_PATH + p, pages, at });
    },
    { scope: 'worker' },
  ],

  extensionPath: [EXTENSION_DIR, { option: true }],
  uiLanguage: ['ja', { option: true }],
  tolerate: [FAVICON, { option: true }],
  device: [{}, { option: true }],

  tmp: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'chushaku-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },

  served: async ({}, use) => use({ unserved: [], served: [] }),

  context: async ({ tmp, extensionPath, uiLanguage, site, tolerate, served, device }, use) => {
    if (!existsSync(join(extensionPath, 'manifest.json'))) throw new Error(`build the extension first (npm run build): ${extensionPath}`);
    const netlogFile = join(tmp, 'netlog.json');
    const context = await launchBrowser({ dir: tmp, extensionPath, uiLanguage, netlogFile, device });
    // the sample pages, the test's own pages by path, and pages at other addresses
    const samples = samplePageMap();
    const map: PageSource = {
      get: (url: string) => {
        const u = new URL(url);
        if (u.origin === site.origin) {
          // by the path a test gave `site.url`, or by the whole path (a page's own "/x.js")
          const extra = (u.pathname.startsWith(NEWS_PATH) ? site.pages.get(u.pathname.slice(NEWS_PATH.length)) : undefined) ?? site.pages.get(u.pathname);
          if (extra !== undefined) return { body: extra };
        }
        return site.at.get(url) ?? samples.get(url);
      },
    };
    await interceptPages(context, map, tolerate, served);
    await use(context);
    const sw = context.serviceWorkers()[0];
    const extensionOrigin = sw ? new URL(sw.url()).origin : undefined;
    await context.close();
    // every test, not one: nothing was asked for that the interceptor did not answer ...
    if (served.unserved.length) throw new Error(`requests no test page answers (aborted):\n${served.unserved.join('\n')}`);
    // ... and nothing else reached the network stack: what a page or the extension asks
    // for carries its origin as initiator (Chromium's own background traffic has none);
    // the interceptor answers before a request is started, though the log sometimes
    // shows a request it then answered (seen once for a page already open)
    const own = /^(chrome-extension:|data:|blob:)/;
    const answered = new Set(served.served);
    const leaks = netlogRequests(netlogFile).filter(
      (r) =>
        r.initiator &&
        r.initiator !== 'null' &&
        !own.test(r.url) &&
        !answered.has(r.url) &&
        !served.controls?.includes(r.url) &&
        // Chromium's own favicon fetch for a page's origin bypasses the routes (and finds no
        // network here): the browser's, not the page's or ours; the extension asking for one stays a leak
        !(FAVICON.test(r.url) && r.initiator !== extensionOrigin && r.url.startsWith(`${r.initiator}/`)) &&
        (r.initiator === extensionOrigin || /^https?:/.test(r.initiator)),
    );
    if (leaks.length) throw new Error(`requests beyond the test pages:\n${leaks.map((r) => `${r.initiator} -> ${r.url}`).join('\n')}`);
  },

  sw: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(sw);
  },

  extensionId: async ({ sw }, use) => {
    await use(new URL(sw.url()).host);
  },
});

export const expect = test.expect;
export { NEWS_ORIGIN, NEWS_PATH };

/**
 * Every request Chromium started, with its initiator, from its net log (complete once
 * the context is closed). Chromium's own background traffic has no origin as
 * initiator; what a page or the extension asks for carries that origin.
 */
export function netlogRequests(file: string): { url: string; initiator: string }[] {
  if (!existsSync(file)) return [];
  let text = readFileSync(file, 'utf8').trim();
  if (!text.endsWith('}')) text = `${text.replace(/,\s*$/, '')}]}`; // unflushed tail
  const log = JSON.parse(text) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; initiator?: string } }[];
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events.filter((e) => e.type === start && e.params?.url).map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? '' }));
}

/** The tab id of a page (without the tabs permission a tab's URL is hidden: bring it to front, take the active tab). */
export async function tabIdOf(sw: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
}

/** Sends a message to the page's content script through the service worker; null if none answers. */
export async function toContent<Q extends RequestOf<ToContent>>(sw: Worker, page: Page, msg: Q): Promise<ReplyOf<ToContent, Q['type']> | null> {
  const tabId = await tabIdOf(sw, page);
  return sw.evaluate(
    async ([id, m]) => {
      try {
        return await chrome.tabs.sendMessage(id, m);
      } catch {
        return null;
      }
    },
    [tabId, msg] as const,
  );
}

/** Marks painted on the page, per category, as their text (./support/in-page.ts). */
export async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(highlightTextsInPage);
}

export async function waitForMarks(page: Page, min = 1): Promise<void> {
  await page.waitForFunction(
    (n) => {
      let count = 0;
      for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) if (!name.startsWith('chushaku-active')) count += hl.size;
      return count >= n;
    },
    min,
    { timeout: 20_000 },
  );
}

/**
 * Waits until the page's whole article is marked, not only its first screen (a page
 * longer than a screen is marked in two steps: entrypoints/reader/chunks.ts).
 */
export async function waitForAllMarks(sw: Worker, page: Page): Promise<void> {
  await expect.poll(async () => (await toContent(sw, page, { type: 'stats' }))?.perf?.allMarkedAt ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
}

/** The open card, read through the accessibility tree (it lives in a closed shadow root). */
export async function cardText(page: Page): Promise<{ name: string; text: string } | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { nodeId: string; role?: { value: string }; name?: { value: string }; childIds?: string[]; ignored?: boolean }[];
    };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const dialog = nodes.find((n) => n.role?.value === 'dialog' && !n.ignored);
    if (!dialog) return undefined;
    const parts: string[] = [];
    const walk = (id: string) => {
      const n = byId.get(id);
      if (!n) return;
      if ((n.role?.value === 'StaticText' || n.role?.value === 'link') && n.name?.value) parts.push(n.name.value);
      if (n.role?.value !== 'link') for (const c of n.childIds ?? []) walk(c);
    };
    walk(dialog.nodeId);
    return { name: dialog.name?.value ?? '', text: parts.join(' ') };
  } finally {
    await cdp.detach();
  }
}

/** The page rectangle of the first occurrence of `text` in the document. */
export async function textRect(page: Page, text: string): Promise<{ x: number; y: number } | undefined> {
  const b = await page.evaluate(textBox, { needle: text, scroll: true });
  return b && { x: b.left + Math.min(b.width / 2, 12), y: b.top + b.height / 2 };
}

/** Computed style of the open card's dialog (inside the closed shadow root: read through CDP's DOM, which pierces it). */
export async function cardStyle(page: Page, props: string[]): Promise<Record<string, string> | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type N = { nodeId: number; attributes?: string[]; children?: N[]; shadowRoots?: N[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: N };
    const find = (n: N): N | undefined => {
      const a = n.attributes ?? [];
      for (let i = 0; i < a.length; i += 2) if (a[i] === 'role' && a[i + 1] === 'dialog') return n;
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
        const f = find(c);
        if (f) return f;
      }
      return undefined;
    };
    const dialog = find(root);
    if (!dialog) return undefined;
    await cdp.send('CSS.enable');
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: dialog.nodeId })) as {
      computedStyle: { name: string; value: string }[];
    };
    return Object.fromEntries(computedStyle.filter((p) => props.includes(p.name)).map((p) => [p.name, p.value]));
  } finally {
    await cdp.detach();
  }
}

/** Runs an expression in a target Playwright does not attach to (the toolbar popup), as a user gesture. */
export async function evaluateIn(browserCdp: CDPSession, targetId: string, expression: string): Promise<unknown> {
  const { sessionId } = (await browserCdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  const reply = new Promise<unknown>((resolve) => {
    const on = (e: { sessionId: string; message: string }) => {
      const m = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: unknown } } };
      if (e.sessionId !== sessionId || m.id !== 1) return;
      browserCdp.off('Target.receivedMessageFromTarget', on);
      resolve(m.result?.result?.value);
    };
    browserCdp.on('Target.receivedMessageFromTarget', on);
  });
  await browserCdp.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, userGesture: true, returnByValue: true, awaitPromise: true } }),
  });
  const value = await reply;
  await browserCdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  return value;
}

/** What the background reports (the popup's status request), asked from an extension page as the popup asks. */
export async function extensionStatus(context: BrowserContext, extensionId: string, tabId?: number): Promise<StatusAnswer> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const msg: RequestOf<PageToBackground> = { type: 'status', ...(tabId !== undefined ? { tabId } : {}) };
  const s: StatusAnswer | Failure = await page.evaluate((m) => chrome.runtime.sendMessage(m), msg);
  await page.close();
  if (!s.ok) throw new Error(`status refused: ${s.error}`);
  return s;
}

/** Marks among a page's highlights (highlightTextsInPage), all categories (not the focused-mark highlight). */
export function countMarks(highlights: Record<string, string[]>): number {
  return Object.entries(highlights)
    .filter(([n]) => !n.startsWith('chushaku-active'))
    .reduce((n, [, v]) => n + v.length, 0);
}

/** Marks on a page, all categories (not the focused-mark highlight). */
export async function markCount(page: Page): Promise<number> {
  return countMarks(await highlightTexts(page));
}
