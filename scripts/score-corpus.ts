/**
 * Scores the annotator on every article in ../shared/corpus with its gold file, using
 * ../shared/tools/score.mjs. Fails when a gold mention or claim is missed or a
 * forbidden match appears. Skips (exit 0, says so) when ../shared is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const shared = resolve(process.env.CHUSHAKU_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'));
const goldDir = join(shared, 'corpus', 'gold');
const scorer = join(shared, 'tools', 'score.mjs');
if (!existsSync(goldDir) || !existsSync(scorer)) {
  console.log(`score-corpus: ${shared} not found; corpus scoring skipped`);
  process.exit(0);
}
const outDir = resolve(import.meta.dirname, '..', 'reports', 'corpus');
mkdirSync(outDir, { recursive: true });
let failed = 0;
let passed = 0;
for (const g of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse((await import('node:fs')).readFileSync(join(goldDir, g), 'utf8')) as { text: string; published?: string };
  const text = [join(goldDir, gold.text), join(shared, 'corpus', gold.text)].find(existsSync);
  if (!text) {
    console.log(`score-corpus: ${g}: text ${gold.text} not found`);
    failed++;
    continue;
  }
  const args = ['--import', 'tsx', join(import.meta.dirname, 'annotate.ts'), '--json', ...(gold.published ? ['--date', gold.published] : []), text];
  const ann = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (ann.status !== 0) {
    console.log(`score-corpus: annotate failed on ${text}:\n${ann.stderr}`);
    failed++;
    continue;
  }
  const result = join(outDir, g);
  writeFileSync(result, ann.stdout);
  const score = spawnSync(process.execPath, [scorer, join(goldDir, g), result, '--min-recall', '1', '--min-claims', '1'], { encoding: 'utf8' });
  process.stdout.write(score.stdout);
  if (score.status === 0) passed++;
  else failed++;
}
console.log(`corpus: ${passed} articles passed, ${failed} failed`);
writeFileSync(join(outDir, '..', 'corpus.json'), JSON.stringify({ passed, failed }));
process.exitCode = failed ? 1 : 0;
