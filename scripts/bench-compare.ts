/**
 * npm run bench:compare -- BASELINE_DIR [BUILD_DIR] [--json FILE]: the first marks of two
 * builds of the extension (unpacked Chrome builds, e.g. one made in a `git worktree` of an
 * older commit), measured as `npm run bench` measures them (./bench-browser.ts timedLoad, the
 * same pages) and alternately in one sitting, so the ratios hold while the machine's pace
 * does not: on 2026-12-01 the bench's in-process tokenising rate moved 129 k – 234 k
 * chars/s within an hour, and every time figure with it.
 *
 * Each round starts a fresh browser per build (the order flips every round): its first page
 * is the article (cold), then ROUNDS_WARM new articles (warm), each loaded again (cache hit).
 * A build whose content script does not answer the bench's `stats` message cannot be measured.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { interceptPages } from '../tests/support/intercept';
import { CHROMIUM_PATH, launchBrowser } from '../tests/support/launch';
import { articleParagraphs, BENCH_ORIGIN, benchPages, timedLoad } from './bench-browser';
import { median } from './median';

/** Fresh browsers per build (each gives one cold figure). */
const ROUNDS = Number(process.env.BENCH_COMPARE_ROUNDS ?? 4);
/** New articles per browser after the cold one (each gives a warm and a cache-hit figure). */
const ROUNDS_WARM = 3;
/** The issue's (#16) targets over its own figures for the build it started from (25d50dd): cold 500/862, warm 80/89, cache hit 30/40. */
const ISSUE_RATIOS = { cold: 500 / 862, warm: 80 / 89, cacheHit: 30 / 40 };

interface Figures {
  cold: number[];
  warm: number[];
  cacheHit: number[];
}

async function measure(ext: string, paras: string[], into: Figures): Promise<void> {
  const pages = benchPages(paras);
  const context = await launchBrowser({ dir: mkdtempSync(join(tmpdir(), 'chushaku-compare-')), extensionPath: ext });
  await interceptPages(context, pages);
  try {
    const cold = await timedLoad(context, `${BENCH_ORIGIN}/article.html?v=1000`);
    into.cold.push(cold.ms);
    await cold.page.close();
    for (let v = 1; v <= ROUNDS_WARM; v++) {
      const warm = await timedLoad(context, `${BENCH_ORIGIN}/article.html?v=${v}`);
      into.warm.push(warm.ms);
      await warm.page.close();
      const cached = await timedLoad(context, `${BENCH_ORIGIN}/article.html?v=${v}`);
      into.cacheHit.push(cached.ms);
      await cached.page.close();
    }
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
  const dirs = args.filter((_, i) => jsonAt < 0 || (i !== jsonAt && i !== jsonAt + 1));
  const baseline = dirs[0] && resolve(dirs[0]);
  const build = resolve(dirs[1] ?? join(import.meta.dirname, '..', '.output', 'chrome-mv3'));
  if (!baseline) throw new Error('usage: npm run bench:compare -- BASELINE_DIR [BUILD_DIR] [--json FILE] (unpacked Chrome builds)');
  for (const d of [baseline, build])
    if (!existsSync(join(d, 'manifest.json'))) throw new Error(`${d}: no manifest.json (not an unpacked build; npm run build makes .output/chrome-mv3)`);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} not installed`);
  const paras = articleParagraphs();
  if (!paras.length) throw new Error('../shared/corpus not found: the bench article is made from it');
  // as the bench measures: no DevTools inspection of the service worker's network (./bench-browser.ts)
  process.env.PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK = '1';
  const figures = new Map<string, Figures>([
    [baseline, { cold: [], warm: [], cacheHit: [] }],
    [build, { cold: [], warm: [], cacheHit: [] }],
  ]);
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 ? [build, baseline] : [baseline, build];
    for (const d of order) await measure(d, paras, figures.get(d)!);
    console.log(`  round ${r + 1}/${ROUNDS} done`);
  }
  const med = (d: string) => {
    const f = figures.get(d)!;
    return { cold: median(f.cold), warm: median(f.warm), cacheHit: median(f.cacheHit) };
  };
  const a = med(baseline);
  const b = med(build);
  const show = (name: string, d: string, m: typeof a) =>
    console.log(
      `  ${name} ${d}: cold ${m.cold.toFixed(0)} ms (${figures
        .get(d)!
        .cold.map((x) => x.toFixed(0))
        .join(' / ')}), warm ${m.warm.toFixed(0)} ms, cache hit ${m.cacheHit.toFixed(0)} ms`,
    );
  console.log(
    `first marks, ms from DOMContentLoaded (medians; ${ROUNDS} fresh browsers per build, alternated, ${ROUNDS * ROUNDS_WARM} warm and cache-hit loads each):`,
  );
  show('baseline', baseline, a);
  show('build   ', build, b);
  const ratios = { cold: b.cold / a.cold, warm: b.warm / a.warm, cacheHit: b.cacheHit / a.cacheHit };
  console.log(
    `  build / baseline: cold ${ratios.cold.toFixed(2)}x, warm ${ratios.warm.toFixed(2)}x, cache hit ${ratios.cacheHit.toFixed(2)}x` +
      ` (issue #16's targets over its own figures for its starting build 25d50dd: ${ISSUE_RATIOS.cold.toFixed(2)}x, ${ISSUE_RATIOS.warm.toFixed(2)}x, ${ISSUE_RATIOS.cacheHit.toFixed(2)}x)`,
  );
  if (jsonFile) {
    const round = (xs: number[]) => xs.map((x) => Math.round(x));
    const out = { baseline, build, rounds: ROUNDS, baselineMs: figures.get(baseline), buildMs: figures.get(build), ratios };
    writeFileSync(jsonFile, `${JSON.stringify(out, (k, v) => (Array.isArray(v) && typeof v[0] === 'number' ? round(v) : v), 2)}\n`);
    console.log(`figures written to ${jsonFile}`);
  }
}

await main();
