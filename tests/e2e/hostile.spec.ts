/**
 * Generated hostile and odd pages (tests/e2e/hostile/generate.ts), at least 200 per
 * run: for each, the page's text is unchanged, no error comes from the extension, its
 * longest main-thread slice stays under 50 ms, its observer settles, and a field the
 * reader types into is never touched.
 */
import type { CDPSession, Page } from '@playwright/test';
import { generate, innerPage, plan } from './hostile/generate';
import { OTHER_ORIGIN } from '../support/site-pages';
import { expect, test, toContent } from './fixtures';

/** Pages per run; the seed comes from the environment so a failure can be replayed. */
const COUNT = Number(process.env.HOSTILE_COUNT ?? 210);
const SEED = Number(process.env.HOSTILE_SEED ?? 20261123);
/** A long task is 50 ms (the bound for the extension's own work). */
const MAX_TASK_MS = 50;
/**
 * A page whose longest slice is over MAX_TASK_MS is loaded once more and judged by that
 * second load. Why: on the ~1 MB pages, one walk step that takes under 4 ms took 16–38 ms
 * about once a page, and traces of the renderer showed its garbage collections (scavenges
 * of 20–60 ms, mark-compact pauses up to 120 ms; the tab's isolate holds the earlier
 * pages' garbage) landing in such steps (2026-12-01, Chromium, 2 cores). A slice over the
 * bound on both loads is the extension's own work and fails; both loads' figures are logged.
 */

/** The page's text without the parts the page itself keeps rewriting. */
const stableText = () => {
  const clone = document.body.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('#clock, script, style').forEach((e) => e.remove());
  return clone.textContent;
};

const contentStats = (page: Page, sw: import('@playwright/test').Worker) => toContent(sw, page, { type: 'stats' });

test('hostile pages: text unchanged, no extension errors, no long tasks, observer settles, inputs untouched', async ({ context, site, sw }) => {
  test.setTimeout(15 * 60_000);
  // a second origin for cross-origin frames: a site on no list
  site.at.set(`${OTHER_ORIGIN}/hostile/inner`, (url) => ({ body: innerPage(Number(new URL(url).searchParams.get('seed') ?? 1)) }));
  site.pages.set('/hostile/inner', innerPage(SEED));
  const pages = plan(COUNT, SEED);
  const failures: string[] = [];
  let checked = 0;
  let longestSlice = 0;
  /** which page made it: the slice varies 17–40 ms between runs of the same code, and the cause is in a page */
  let longestLabel = 'none';
  const remeasured: string[] = [];
  const page = await context.newPage();
  /** Lets the extension finish: its pass count stops changing (or the time bound passes). */
  const settled = async (page: Page, kind: string) => {
    let last = -1;
    let stats = await contentStats(page, sw);
    for (let i = 0; i < 20 && stats && stats.runs !== last; i++) {
      last = stats.runs;
      await page.waitForTimeout(kind === 'long' ? 600 : 250);
      stats = await contentStats(page, sw);
    }
    return stats;
  };
  const cdp: CDPSession = await context.newCDPSession(page);
  const errors: string[] = [];
  cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: { url?: string; text: string; exception?: { description?: string } } }) => {
    const d = e.exceptionDetails;
    const where = `${d.url ?? ''} ${d.exception?.description ?? ''}`;
    if (where.includes('chrome-extension://')) errors.push(`${d.text} ${d.exception?.description ?? ''}`);
  });
  cdp.on('Log.entryAdded', (e: { entry: { level: string; url?: string; text: string } }) => {
    if (e.entry.level === 'error' && e.entry.url?.startsWith('chrome-extension://')) errors.push(e.entry.text);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');

  for (const { kind, seed } of pages) {
    const p = generate(kind, seed, OTHER_ORIGIN);
    const path = `/hostile/${kind}-${seed}.html`;
    site.pages.set(path, p.html);
    errors.length = 0;
    const label = `${kind} (seed ${seed})`;
    await page.goto(site.url(path));
    await page.waitForFunction(() => (window as unknown as { __initialText?: string }).__initialText !== undefined);
    const initial = await page.evaluate(stableText);
    let typed = '';
    if (p.typeInto) {
      typed = 'LINEの出澤社長と総務省';
      await page.locator(p.typeInto).pressSequentially(typed, { delay: 5 });
    }
    const stats = await settled(page, kind);
    const runsBefore = stats?.runs ?? 0;
    await page.waitForTimeout(kind === 'rewrite' ? 2500 : 300);
    const after = await contentStats(page, sw);
    // a page that keeps changing is re-read at most every 2 s (MUTATION_MAX_WAIT_MS): never in a loop
    if (after && after.runs - runsBefore > 2) failures.push(`${label}: observer did not settle (${after.runs - runsBefore} passes in 2.5 s)`);
    if ((await page.evaluate(stableText)) !== initial) failures.push(`${label}: page text changed`);
    if (p.typeInto && (await page.locator(p.typeInto).inputValue()) !== typed) failures.push(`${label}: the field being typed into was changed`);
    if (errors.length) failures.push(`${label}: extension errors: ${errors.join(' | ')}`);
    let slice = after?.perf?.longestSliceMs ?? 0;
    if (slice >= MAX_TASK_MS && !p.typeInto) {
      // one slice over the bound: measured again on a second load (see MAX_TASK_MS)
      errors.length = 0;
      await page.goto(site.url(path));
      const again = (await settled(page, kind))?.perf?.longestSliceMs ?? 0;
      if (errors.length) failures.push(`${label}, second load: extension errors: ${errors.join(' | ')}`);
      remeasured.push(`${label}: ${slice.toFixed(1)} then ${again.toFixed(1)} ms`);
      slice = again;
    }
    if (slice > longestSlice) {
      longestSlice = slice;
      longestLabel = label;
    }
    if (slice >= MAX_TASK_MS) failures.push(`${label}: longest content-script slice ${slice.toFixed(1)} ms`);
    site.pages.delete(path);
    checked++;
  }
  site.at.delete(`${OTHER_ORIGIN}/hostile/inner`);
  console.log(`hostile pages: ${checked} run, ${failures.length} failures; longest content-script slice ${longestSlice.toFixed(1)} ms (${longestLabel})`);
  if (remeasured.length) console.log(`  slices measured again on a second load: ${remeasured.join('; ')}`);
  expect(failures).toEqual([]);
  expect(checked).toBeGreaterThanOrEqual(200);
});
