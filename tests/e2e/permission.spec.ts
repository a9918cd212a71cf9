/**
 * "Use on this site" end to end, as a reader does it: the toolbar popup opened from the
 * keyboard (which grants activeTab, so the popup learns the page's address), its button,
 * and the browser's own permission prompt, answered with the keyboard. The prompt and the
 * toolbar popup are browser UI, so this test runs Chromium headful on its own Xvfb
 * display and presses keys with xdotool (.ci/run installs both).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { PAGES } from '../../scripts/sample-pages';
import { interceptPages, type PageMap } from '../support/intercept';
import { launchBrowser } from '../support/launch';
import { OTHER_ORIGIN } from '../support/site-pages';
import { EXTENSION_DIR, evaluateIn, expect, markCount, test } from './fixtures';

const has = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** An X server of our own; resolves with its display name once it is ready. */
function startXvfb(): Promise<{ display: string; proc: ChildProcess }> {
  const proc = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    proc.once('error', reject);
    proc.stdio[3]!.once('data', (d: Buffer) => resolve({ display: `:${d.toString().trim()}`, proc }));
  });
}

test('a site outside the list: the popup asks the browser for it, and marks appear without a reload', async () => {
  test.skip(!has('Xvfb') || !has('xdotool'), 'needs Xvfb and xdotool (.ci/run installs them)');
  test.setTimeout(90_000);
  const { display, proc: xvfb } = await startXvfb();
  const xdo = (...args: string[]) => execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: display }, encoding: 'utf8' }).trim();
  // a site on no list (not a news site), served through interception like every test page
  const origin = OTHER_ORIGIN;
  const pages: PageMap = new Map([[`${origin}/short.html`, { body: PAGES['/short.html']!()! }]]);
  const profile = mkdtempSync(join(tmpdir(), 'chushaku-perm-'));
  let context: BrowserContext | undefined;
  let unserved: string[] = [];
  try {
    context = await launchBrowser({
      dir: profile,
      extensionPath: EXTENSION_DIR,
      headless: false,
      env: { DISPLAY: display },
      viewport: null,
      args: ['--window-size=1280,900'],
    });
    unserved = (await interceptPages(context, pages)).unserved;
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${origin}/short.html`);
    await page.waitForTimeout(1000);
    expect(await markCount(page)).toBe(0); // not a site the extension runs on

    // the reader's way in: focus the window, press the popup's shortcut
    const win = xdo('search', '--sync', '--onlyvisible', '--class', 'chromium').split('\n')[0]!;
    xdo('windowfocus', '--sync', win);
    xdo('mousemove', '--window', win, '640', '500');
    xdo('click', '1');
    xdo('key', 'alt+shift+l');
    const cdp = await context.browser()!.newBrowserCDPSession();
    let popupId: string | undefined;
    await expect
      .poll(async () => {
        const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
        popupId = targetInfos.find((t) => t.url.endsWith('/popup.html'))?.targetId;
        return !!popupId;
      })
      .toBe(true);
    // the popup knows the page (activeTab) and offers the site; its button asks the browser
    await expect.poll(() => evaluateIn(cdp, popupId!, `document.body.innerText.includes(${JSON.stringify(origin.slice('https://'.length))})`)).toBe(true);
    expect(
      await evaluateIn(
        cdp,
        popupId!,
        `(() => { const b = [...document.querySelectorAll('button')].find((b) => b.textContent.includes('このサイトでも使う')); b?.click(); return !!b; })()`,
      ),
    ).toBe(true);

    // the browser's prompt (focus starts on 拒否): move to 許可する and press it
    await page.waitForTimeout(1500);
    xdo('key', 'Tab');
    await page.waitForTimeout(300);
    xdo('key', 'Return');
    await expect.poll(() => sw.evaluate((o) => chrome.permissions.contains({ origins: [`${o}/*`] }), origin)).toBe(true);

    // the open tab is annotated at once, the site is remembered, and a reload keeps it
    await expect.poll(() => markCount(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    const added = await sw.evaluate(
      async () => ((await chrome.storage.sync.get('settings')).settings as { addedSites?: string[] } | undefined)?.addedSites ?? [],
    );
    expect(added).toContain(origin.slice('https://'.length));
    await page.reload();
    await expect.poll(() => markCount(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);

    // removed in the options: the permission goes, the open tab's marks go at once, and
    // the next load of the page is left alone
    const extensionId = new URL(sw.url()).host;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('button', { name: `${origin.slice('https://'.length)} を削除` }).click();
    await expect.poll(() => sw.evaluate((o) => chrome.permissions.contains({ origins: [`${o}/*`] }), origin)).toBe(false);
    await expect.poll(() => markCount(page)).toBe(0);
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await markCount(page)).toBe(0);
    expect(unserved).toEqual([]);
  } finally {
    await context?.close();
    xvfb.kill();
    rmSync(profile, { recursive: true, force: true });
  }
});
