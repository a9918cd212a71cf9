/**
 * npm test — every check and suite, in order, continuing past a failure so one run
 * shows everything that is wrong. Writes reports/summary.json (with each step's seconds: CI
 * has 20 minutes on 2 cores) and ends with the line `N passed, N failed` (CI reads only that).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const reports = join(root, 'reports');
mkdirSync(reports, { recursive: true });

interface Step {
  name: string;
  cmd: string[];
  /** counts from a report the step writes; otherwise the step counts as one check */
  counts?: () => { passed: number; failed: number; skipped?: number } | undefined;
}

const npx = (...args: string[]) => ['npx', '--no-install', ...args];
const readJson = <T>(f: string): T | undefined => (existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as T) : undefined);

const steps: Step[] = [
  { name: 'typecheck', cmd: npx('tsc', '--noEmit') },
  { name: 'lint', cmd: npx('eslint', '.') },
  { name: 'format (prettier --check)', cmd: npx('prettier', '--check', '.') },
  // no unused files, exports or dependencies
  { name: 'knip', cmd: npx('knip') },
  { name: 'data schema up to date', cmd: npx('tsx', 'scripts/data-schema.ts', '--check') },
  { name: 'data:check', cmd: npx('tsx', 'scripts/data-check.ts') },
  // the shipped tight dictionary gives the stock dictionary's tokens (corpus + 1 MB generated)
  { name: 'tight dictionary gives stock tokens (dict:check)', cmd: npx('tsx', 'scripts/check-dict.ts') },
  {
    name: 'unit tests (vitest)',
    cmd: npx('vitest', 'run'),
    counts: () => {
      const r = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(join(reports, 'unit.json'));
      return r && { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
    },
  },
  { name: 'build chrome', cmd: npx('wxt', 'build') },
  { name: 'build firefox', cmd: npx('wxt', 'build', '-b', 'firefox') },
  // Mozilla's add-on linter on the Firefox build: any error fails (warnings are listed)
  { name: 'web-ext lint (firefox build)', cmd: npx('web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--no-input') },
  {
    name: 'real-browser tests (playwright: Debian chromium; firefox-esr over BiDi)',
    cmd: npx('playwright', 'test'),
    counts: () => {
      const r = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(join(reports, 'e2e.json'));
      // a spec that skips itself (e.g. it needs ../shared) counts as skipped, never as passed
      return r && { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped };
    },
  },
  {
    name: 'update notes (figures, plans, suspicions)',
    cmd: npx('tsx', 'scripts/score-updates.ts'),
    counts: () => readJson<{ passed: number; failed: number }>(join(reports, 'updates.json')),
  },
  {
    name: 'corpus scoring',
    cmd: npx('tsx', 'scripts/score-corpus.ts'),
    // a corpus that is absent (../shared in a clone) counts as skipped, never as passed
    counts: () => readJson<{ passed: number; failed: number; skipped?: number }>(join(reports, 'corpus.json')),
  },
];

let passed = 0;
let failed = 0;
let skipped = 0;
const results: { name: string; ok: boolean; passed: number; failed: number; skipped: number; seconds: number }[] = [];
for (const step of steps) {
  for (const f of ['unit.json', 'corpus.json', 'e2e.json', 'updates.json']) rmSync(join(reports, f), { force: true });
  console.log(`\n▶ ${step.name}: ${step.cmd.slice(2).join(' ')}`);
  const started = performance.now();
  const r = spawnSync(step.cmd[0]!, step.cmd.slice(1), { cwd: root, stdio: 'inherit' });
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const ok = r.status === 0;
  const counted = step.counts?.();
  let c = { passed: counted?.passed ?? (ok ? 1 : 0), failed: counted?.failed ?? (ok ? 0 : 1), skipped: counted?.skipped ?? 0 };
  // a suite that exits non-zero must not count as all-passed (e.g. it crashed early)
  if (!ok && c.failed === 0) c = { ...c, failed: 1 };
  passed += c.passed;
  failed += c.failed;
  skipped += c.skipped;
  results.push({ name: step.name, ok, ...c, seconds });
}
console.log('\nsummary:');
for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds} s)`);
writeFileSync(join(reports, 'summary.json'), `${JSON.stringify({ passed, failed, skipped, results }, null, 2)}\n`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed ? 1 : 0;
