/**
 * Chrome runs the tokenizer in a sandboxed extension page framed by the offscreen
 * document (entrypoints/tokenizer.sandbox): a renderer process of its own, which ends
 * when the dictionary is released, so every page the dictionary used goes back with it
 * (a worker in the extension's own process left its freed pages there).
 */
import { articlePage } from '../../scripts/sample-pages';
import { browserProcesses, extensionProcesses, releaseAsIdle } from '../../scripts/bench-memory';
import { expect, test, waitForMarks } from './fixtures';

test('the dictionary lives in a process of its own, which exits when it is released', async ({ context, site, tmp }) => {
  site.pages.set('/one.html', articlePage({ title: 'LINE', paragraphs: ['個人情報保護委員会は、LINEヤフーに報告を求めた。'] }));
  const page = await context.newPage();
  await page.goto(site.url('/one.html'));
  await waitForMarks(page, 2);
  const loaded = await extensionProcesses(context, tmp);
  // the extension's process (service worker, offscreen document) and the tokenizer's own
  const own = loaded.filter((p) => !p.args.includes('--extension-process'));
  expect(loaded.length - own.length).toBe(1);
  expect(own).toHaveLength(1);
  const pid = own[0]!.pid;

  await releaseAsIdle(context);
  await expect.poll(() => browserProcesses(tmp).some((p) => p.pid === pid), { timeout: 10_000 }).toBe(false);

  // the next page with new text starts it again
  site.pages.set('/two.html', articlePage({ title: 'LINE', paragraphs: ['総務省はLINEヤフーに行政指導をした。'] }));
  const next = await context.newPage();
  await next.goto(site.url('/two.html'));
  await waitForMarks(next, 2);
  const again = (await extensionProcesses(context, tmp)).filter((p) => !p.args.includes('--extension-process'));
  expect(again).toHaveLength(1);
  expect(again[0]!.pid).not.toBe(pid);
});
