/**
 * npm run demo [-- --screenshot FILE]
 *
 * Builds the extension, serves the sample articles at a news site's address through the
 * browser's request interception (nothing listens, nothing leaves) and opens Chromium with
 * the extension loaded: headful where there is a display, otherwise headless, saving a
 * picture of an article with its marks and an open card (default demo.png).
 * Installs Debian's chromium and fonts-noto-cjk first if they are missing (as root).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { interceptPages } from '../tests/support/intercept';
import { CHROMIUM_PATH, launchBrowser } from '../tests/support/launch';
import { newsUrl, samplePageMap } from '../tests/support/site-pages';
import { PAGES } from './sample-pages';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const shotArg = args.indexOf('--screenshot');
const headful = shotArg < 0 && !!process.env.DISPLAY;
const screenshot = shotArg >= 0 ? resolve(args[shotArg + 1] ?? 'demo.png') : headful ? undefined : resolve('demo.png');
const chromiumPath = CHROMIUM_PATH;

function setup(): void {
  const fonts = spawnSync('fc-list', [':lang=ja'], { encoding: 'utf8' }).stdout?.trim();
  if (existsSync(chromiumPath) && fonts && existsSync('/usr/lib/chromium/locales/ja.pak')) return;
  if (process.getuid?.() !== 0) {
    console.error(`demo: needs ${chromiumPath}, its Japanese UI and Japanese fonts: sudo apt-get install -y chromium chromium-l10n fonts-noto-cjk`);
    process.exit(1);
  }
  console.log('demo: installing chromium, chromium-l10n and fonts-noto-cjk (Debian packages)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'chromium-l10n', 'fonts-noto-cjk'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

setup();
console.log('demo: building the extension…');
execFileSync('npx', ['--no-install', 'wxt', 'build'], { cwd: root, stdio: 'inherit' });

// the sample articles, and an index of them, at a news site's address
const pages = samplePageMap();
const index = newsUrl('/');
const links = Object.keys(PAGES)
  .map((p) => `<li><a href="${newsUrl(p)}">${p}</a></li>`)
  .join('');
pages.set(index, { body: `<!doctype html><meta charset="utf-8"><title>注釈 demo</title><h1>注釈 Chushaku: sample articles</h1><ul>${links}</ul>` });
const ext = join(root, '.output', 'chrome-mv3');
const context = await launchBrowser({
  dir: mkdtempSync(join(tmpdir(), 'chushaku-demo-')),
  extensionPath: ext,
  headless: !headful,
  viewport: { width: 1100, height: 900 },
});
// any other address (a link the reader follows) is refused: the demo stays offline
await interceptPages(context, pages, /./);
const page = context.pages()[0] ?? (await context.newPage());
const article = PAGES['/seed-001.html']?.() ? '/seed-001.html' : '/short.html';
await page.goto(newsUrl(article));
console.log(`demo: sample articles at ${index} (served by the browser's request interception); opened ${newsUrl(article)}`);

if (!screenshot) {
  console.log('demo: hover an underlined term, or press Alt+Shift+J. Close the browser to end.');
  await new Promise<void>((r) => context.on('close', () => r()));
} else {
  await page.waitForFunction(() => [...(CSS.highlights as unknown as Map<string, Set<Range>>).values()].some((h) => h.size > 0), null, { timeout: 30_000 });
  const at = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf('出澤');
      if (i < 0) continue;
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'start' });
      window.scrollBy(0, -80);
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 2);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return undefined;
  });
  if (at) {
    await page.mouse.move(at.x, at.y);
    await page.waitForTimeout(800);
  }
  await page.screenshot({ path: screenshot });
  console.log(`demo: saved ${screenshot}`);
  await context.close();
}
