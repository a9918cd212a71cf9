/**
 * Where a page's first marks spend their time (npm run bench, issue #16), from the
 * content script's milestones and the background's own phases (the annotate answer's
 * `timings`), and the page's own longest task measured without the extension: a task
 * that also happens without it is not the extension's.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { interceptPages, type PageMap } from '../tests/support/intercept';
import { launchBrowser } from '../tests/support/launch';
import { median } from './median';

/** The median, or 0 where nothing was measured. */
const medianOr0 = (xs: number[]) => (xs.length ? median(xs) : 0);

/** What the content script reports of one page (ReaderPerf, entrypoints/shared/protocol.ts). */
export interface PerfProbe {
  checkedAt?: number;
  readerLoadedAt?: number;
  startedAt: number;
  askedAt: number;
  answeredAt: number;
  marksLoadedAt?: number;
  markedAt: number;
  allMarkedAt: number;
  background?: Record<string, number>;
}

/**
 * One load's phases, ms: the page's DOMContentLoaded to the answer to its first look
 * (the hello carrying the page's text: entrypoints/reader/starter.ts) and from there to
 * the reader's bundle loaded (both within the reader's start), reading and
 * prefiltering, the answer's time in the background (and its parts), the answer's time in
 * transit (the messages both ways, and the wait for the page's main thread, which is busy
 * with the page's first layout when the answer comes back), of which `pageWaitMs` is the
 * wait for the page's own long task, loading the marks' bundle, and marking.
 */
export function loadPhases(p: PerfProbe, dcl: number, pageWait = 0): Record<string, number> {
  const bg = p.background ?? {};
  const round = (x: number) => +x.toFixed(1);
  const loaded = p.marksLoadedAt && p.marksLoadedAt >= p.answeredAt ? p.marksLoadedAt : p.answeredAt;
  return {
    checkMs: round(p.checkedAt ? p.checkedAt - dcl : 0),
    readerLoadMs: round(p.readerLoadedAt && p.checkedAt ? p.readerLoadedAt - p.checkedAt : 0),
    startMs: round(p.startedAt - dcl),
    readMs: round(p.askedAt - p.startedAt),
    backgroundMs: round(bg.totalMs ?? 0),
    backgroundReadyMs: round(bg.readyMs ?? 0),
    hostWarmMs: round(bg.warmMs ?? 0),
    hashMs: round(bg.hashMs ?? 0),
    cacheMs: round(bg.cacheMs ?? 0),
    hostMs: round(bg.hostMs ?? 0),
    assembleMs: round(bg.assembleMs ?? 0),
    transitMs: round(p.answeredAt - p.askedAt - (bg.totalMs ?? 0)),
    pageWaitMs: round(pageWait),
    marksLoadMs: round(loaded - p.answeredAt),
    markMs: round(p.markedAt - loaded),
  };
}

/** Each phase's median over loads. */
export function medianPhases(loads: Record<string, number>[]): Record<string, number> {
  const keys = Object.keys(loads[0] ?? {});
  return Object.fromEntries(keys.map((k) => [k, median(loads.map((l) => l[k]!))]));
}

/** How long a bare page waits after load for late long tasks (its first layout and paint come well before). */
const SETTLE_MS = 1_000;

/** Records the page's long tasks from its start (a longtask observer installed before any script runs). */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __long: [number, number][] };
    w.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  });
}

/** The longest task `watchLongTasks` has seen on the page so far (0 if none). */
export function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...(window as unknown as { __long: [number, number][] }).__long.map(([, d]) => d)));
}

/**
 * How long the answer, once the background had it ready (`readyAt`: the question's time
 * plus the background's own time), waited for the page's main thread, which was inside a
 * long task (the page's first layout after DOMContentLoaded, here) until `answeredAt`. A
 * long task that ended while the background still worked delayed nothing and is not
 * counted. None of them is ours: the script's work is cut into slices far shorter than a
 * long task (longestContentSliceMs).
 */
export function pageWaitForAnswer(page: Page, readyAt: number, answeredAt: number): Promise<number> {
  return longTaskTime(page, readyAt, answeredAt);
}

/**
 * The page's long tasks' time between `from` and `to` (page clock, ms). Between
 * DOMContentLoaded and the first marks they are the page's own (its first layout, which
 * the same page has without the extension: bareLoads), and the hello's answer
 * waits behind them; subtracted, what is left is the extension's own path to its marks, a
 * little optimistic (the hello's round trip, ~5–20 ms, may have run under the layout).
 */
export function longTaskTime(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ([from, to]) => {
      let busy = 0;
      for (const [start, d] of (window as unknown as { __long: [number, number][] }).__long)
        busy += Math.max(0, Math.min(to, start + d) - Math.max(from, start));
      return busy;
    },
    [from, to] as const,
  );
}

/**
 * The same loads in a browser without any extension: the longest main-thread task, and
 * the median time from DOMContentLoaded to the end of the task that dispatched it.
 * Chromium forces the page's first style and layout inside that task
 * (Document::FinishedParsing), after the event's handlers: no content script's request
 * sent at DOMContentLoaded can be answered before it ends, so no marks can come sooner.
 */
export async function bareLoads(pages: PageMap, urls: string[]): Promise<{ longest: number; layoutAfterDcl: number }> {
  const context = await launchBrowser({ dir: mkdtempSync(join(tmpdir(), 'chushaku-bench-bare-')) });
  await interceptPages(context, pages);
  let longest = 0;
  const floors: number[] = [];
  try {
    for (const url of urls) {
      const page = await bareLoad(context, url);
      longest = Math.max(longest, await longestTask(page));
      floors.push(await layoutAfterDcl(page));
      await page.close();
    }
  } finally {
    await context.close();
  }
  return { longest, layoutAfterDcl: medianOr0(floors) };
}

/**
 * The same for a fresh browser's first page (the cold load's floor), the median over
 * `rounds` fresh browsers: one such load is noise (0–205 ms in three: when the parse
 * ends late, the layout was mostly done in frames before DOMContentLoaded). Also their
 * longest task: the cold figure is taken in as many fresh browsers, and a fresh browser's
 * first layout is the longest task of all, so the comparison of longest tasks with and
 * without the extension needs as many of them on both sides.
 */
export async function bareFirstLoads(pages: PageMap, url: string, rounds: number): Promise<{ longest: number; layoutAfterDcl: number }> {
  const floors: number[] = [];
  let longest = 0;
  for (let r = 0; r < rounds; r++) {
    // a fresh browser whose only page is `url`
    const first = await bareLoads(pages, [url]);
    floors.push(first.layoutAfterDcl);
    longest = Math.max(longest, first.longest);
  }
  return { longest, layoutAfterDcl: medianOr0(floors) };
}

async function bareLoad(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await watchLongTasks(page);
  await page.goto(url);
  await page.waitForTimeout(SETTLE_MS);
  return page;
}

/** ms from DOMContentLoaded to the end of the long task that dispatched it; 0 if that task was shorter than a long task (50 ms). */
function layoutAfterDcl(page: Page): Promise<number> {
  return page.evaluate(() => {
    const dcl = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart;
    const task = (window as unknown as { __long: [number, number][] }).__long.find(([start, d]) => start <= dcl && dcl <= start + d);
    return task ? task[0] + task[1] - dcl : 0;
  });
}
