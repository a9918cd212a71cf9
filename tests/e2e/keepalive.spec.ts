/**
 * The service worker's life as a reader's browser lives it, with no DevTools on the worker
 * (Playwright attaches to every service worker, and Chromium never stops one that DevTools
 * is attached to, so the other specs and the bench cannot see this).
 *
 * Chrome stops an extension's service worker 30 s after its last event or extension API
 * call, and the dictionary would go with it. While it holds the dictionary, the host calls
 * the API every SERVICE_WORKER_KEEPALIVE_MS (entrypoints/background/host.ts). Once the
 * dictionary is released, the calls stop, and Chrome may stop the worker, so that the
 * extension's process can exit.
 */
import type { Browser, CDPSession } from 'puppeteer-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articlePage } from '../../scripts/sample-pages';
import { SERVICE_WORKER_KEEPALIVE_MS } from '../../entrypoints/shared/timing';
import type { HostProbe } from '../../entrypoints/background/host';
import { launchUnwatched } from '../support/launch';
import { servePages } from '../support/puppeteer-serve';
import { newsUrl } from '../support/site-pages';
import type { PageMap } from '../support/intercept';
import { highlightTextsInPage } from '../support/in-page';
import { countMarks, EXTENSION_DIR, expect, test } from './fixtures';

/** Chrome's idle timeout for an extension's service worker (Chrome for Developers, "The extension service worker lifecycle"). */
const CHROME_IDLE_STOP_MS = 30_000;
/** Past the idle timeout by this much, a worker Chrome meant to stop is gone. */
const MARGIN_MS = 10_000;

const pages: PageMap = new Map([
  [newsUrl('/a.html'), { body: articlePage({ title: 'LINE', paragraphs: ['LINEの出澤剛社長は記者会見で、個人情報保護委員会に報告したと述べた。'] }) }],
  [newsUrl('/b.html'), { body: articlePage({ title: 'LINE', paragraphs: ['個人情報保護委員会は、LINEヤフーに報告を求めた。'] }) }],
]);

test.describe('the service worker without DevTools', () => {
  // one wait past Chrome's idle timeout with the dictionary held, one after its release
  test.setTimeout(3 * (CHROME_IDLE_STOP_MS + MARGIN_MS) + 30_000);
  let browser: Browser | undefined;
  test.afterAll(async () => {
    await browser?.close();
  });

  test('stays while it holds the dictionary, and is stopped by Chrome once it lets it go', async () => {
    expect(SERVICE_WORKER_KEEPALIVE_MS).toBeLessThan(CHROME_IDLE_STOP_MS);
    browser = await launchUnwatched({ dir: mkdtempSync(join(tmpdir(), 'chushaku-keepalive-')), extensionPath: EXTENSION_DIR });
    const cdp = await browser.target().createCDPSession();
    const unserved: string[] = [];
    const page = await browser.newPage();
    await servePages(page, pages, unserved);
    const marks = async () => countMarks(await page.evaluate(highlightTextsInPage));

    await page.goto(newsUrl('/a.html'));
    await expect.poll(marks, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    // puppeteer looks at each new target before its filter lets it go: no session is left on the worker
    await expect.poll(async () => (await workers(cdp)).map((w) => w.attached), { timeout: 10_000 }).toEqual([false]);
    const [worker] = await workers(cdp);
    expect(await probe(cdp, worker!.targetId, 'stats')).toMatchObject({ loaded: true });

    // nothing happens for longer than Chrome's idle timeout: the same worker is still there, dictionary and all
    await new Promise((r) => setTimeout(r, CHROME_IDLE_STOP_MS + MARGIN_MS));
    expect((await workers(cdp)).map((w) => w.targetId)).toEqual([worker!.targetId]);
    expect(await probe(cdp, worker!.targetId, 'stats')).toMatchObject({ loaded: true });
    await page.goto(newsUrl('/b.html'));
    await expect.poll(marks, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);

    // the release DICTIONARY_IDLE_MS without a request makes: the calls stop, and Chrome stops the worker
    await probe(cdp, worker!.targetId, 'releaseAsIdle');
    await expect
      .poll(async () => (await workers(cdp)).length, { timeout: CHROME_IDLE_STOP_MS + SERVICE_WORKER_KEEPALIVE_MS + MARGIN_MS, intervals: [1_000] })
      .toBe(0);
    expect(unserved).toEqual([]);
  });
});

interface TargetInfo {
  targetId: string;
  type: string;
  attached: boolean;
}

/** The browser's service workers, listed without attaching to any. */
async function workers(cdp: CDPSession): Promise<TargetInfo[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos.filter((t) => t.type === 'service_worker');
}

/**
 * Calls the host's probe (entrypoints/background/index.ts) in the worker over a DevTools
 * session opened for this call only and closed after it, so that no session keeps the
 * worker alive afterwards.
 */
async function probe(cdp: CDPSession, targetId: string, call: 'stats' | 'releaseAsIdle'): Promise<unknown> {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const id = 1;
  const answer = new Promise<unknown>((resolve, reject) => {
    const onMessage = (e: { sessionId?: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: unknown } }; error?: unknown; exceptionDetails?: unknown };
      if (m.id !== id) return;
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      if (m.error || m.exceptionDetails) reject(new Error(JSON.stringify(m.error ?? m.exceptionDetails)));
      else resolve(m.result?.result?.value);
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
  });
  const expression = `globalThis.chushakuHost.${call satisfies keyof HostProbe}()`;
  await cdp.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }),
  });
  try {
    return await answer;
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId });
  }
}
