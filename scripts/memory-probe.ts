/**
 * npm run bench:memory -- [extension dir] [articles] — where the extension's memory is
 * once N article pages (default 1) have been marked, one second after the last: a quick,
 * steady figure for comparing two builds (bench-browser's loaded figure, taken after many
 * loads, swings by tens of MB with when the workers' heaps were last collected). Prints
 * one JSON line: the extension process's RSS and private memory (MB) and, from Chromium's
 * memory dump, size / in use (MB) of each worker's young and old generation (by isolate),
 * ArrayBuffers, Blink's buffer partition, malloc. As the bench, without Playwright's
 * network inspection of the service worker (scripts/bench-browser.ts says why).
 * SETTLE=ms waits that long instead of 1 s; GC=1 then collects the service worker's
 * garbage (./bench-memory.ts, collectServiceWorkerGarbage) and waits again.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { interceptPages, type PageMap } from '../tests/support/intercept';
import { launchBrowser } from '../tests/support/launch';
import { NEWS_ORIGIN, NEWS_PATH } from '../tests/support/site-pages';
import { allocatorDump, browserProcesses, collectServiceWorkerGarbage, type Allocators } from './bench-memory';
import { articlePage, SHARED } from './sample-pages';

/** After the last page's marks: the worker's reply and the page's own work settle. */
const SETTLE_MS = Number(process.env.SETTLE ?? 1_000);

const ext = resolve(process.argv[2] ?? join(import.meta.dirname, '..', '.output', 'chrome-mv3'));
const articles = Number(process.argv[3] ?? 1);
process.env.PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK = '1';

const paragraphs = ['seed-001.txt', 'seed-000.txt'].flatMap((f) =>
  readFileSync(join(SHARED, 'corpus', f), 'utf8')
    .split('\n')
    .filter((l) => l.trim()),
);
const origin = NEWS_ORIGIN + NEWS_PATH;
// each page's paragraphs changed by its number, so no block comes from the cache
const pages: PageMap = new Map([
  [
    `${origin}/article.html`,
    (url: string) => {
      const v = new URL(url).searchParams.get('v');
      return { body: articlePage({ title: `LINE問題 ${v}`, published: '2021-03-27', paragraphs: paragraphs.map((p) => `${p}(${v})`) }) };
    },
  ],
]);
const dir = mkdtempSync(join(tmpdir(), 'chushaku-probe-'));
const context = await launchBrowser({ dir, extensionPath: ext });
try {
  await interceptPages(context, pages);
  for (let v = 0; v < articles; v++) {
    const page = await context.newPage();
    await page.goto(`${origin}/article.html?v=${v}`);
    await page.waitForFunction(() => [...(CSS.highlights as unknown as Map<string, Set<Range>>).values()].some((h) => h.size > 0), null, { timeout: 60_000 });
    await page.close();
  }
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  if (process.env.GC) {
    await collectServiceWorkerGarbage(context);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
  }
  const procs = browserProcesses(dir).filter((p) => p.args.includes('--extension-process'));
  const dump = await allocatorDump(context);
  const out: Record<string, number | string> = {
    rssMB: Math.round(procs.reduce((n, p) => n + p.rssKb, 0) / 1024),
    privateMB: Math.round(
      procs.reduce((n, p) => n + Number(readFileSync(`/proc/${p.pid}/smaps_rollup`, 'utf8').match(/^Private_Dirty:\s+(\d+)/m)?.[1] ?? 0), 0) / 1024,
    ),
  };
  const mb = (a: Allocators, name: string, attr: string) => (parseInt(a[name]?.attrs?.[attr]?.value ?? '0', 16) / 1048576).toFixed(1);
  for (const p of procs) {
    const a = dump.get(p.pid) ?? {};
    const both = (name: string) => `${mb(a, name, 'size')} / ${mb(a, name, 'allocated_objects_size')}`;
    for (const name of Object.keys(a)) {
      const m = name.match(/^v8\/workers\/heap\/(new_space|old_space)\/isolate_0x([0-9A-F]+)$/);
      if (m) out[`${m[1]} ${m[2]!.slice(-6)}`] = both(name);
    }
    out.arrayBuffers = both('partition_alloc/partitions/array_buffer');
    out.blinkBuffers = both('partition_alloc/partitions/buffer');
    out.malloc = both('malloc');
  }
  console.log(JSON.stringify(out));
} finally {
  await context.close();
}
