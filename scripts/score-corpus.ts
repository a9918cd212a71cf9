/**
 * npm run test:corpus — scores the project's corpus (tests/corpus, always) and the
 * shared corpus (../shared/corpus, when present; otherwise counted as skipped, never
 * passed). Writes reports/corpus.json { passed, failed, skipped, corpora }.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { annotate } from '../lib/annotate';
import { loadKbFromDir } from '../tools/kb/load-node';
import { nodeTokenizer } from '../lib/tokenize/node-dict';
import { formatReport, runCorpus, type Annotator, type CorpusReport } from '../tools/corpus/run';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(process.env.CHUSHAKU_SHARED ?? join(root, '..', 'shared'));
const { kb } = loadKbFromDir();
const tk = await nodeTokenizer();
const annotator: Annotator = (text, published) => annotate(text, kb, tk, published ? { published } : {});

const reports: CorpusReport[] = [runCorpus(join(root, 'tests', 'corpus'), annotator)];
let skipped = 0;
const sharedCorpus = join(shared, 'corpus');
if (existsSync(join(sharedCorpus, 'gold'))) reports.push(runCorpus(sharedCorpus, annotator));
else {
  skipped++;
  console.log(`corpus ${sharedCorpus}: not found; skipped`);
}
for (const r of reports) console.log(formatReport(r).join('\n'));
const passed = reports.reduce((n, r) => n + r.passed, 0);
const failed = reports.reduce((n, r) => n + r.failed, 0);
console.log(`corpus: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
mkdirSync(join(root, 'reports'), { recursive: true });
const summary = reports.map((r) => ({
  dir: r.dir,
  dev: r.dev,
  test: r.test,
  articles: r.articles.map((a) => ({
    id: a.id,
    split: a.split,
    found: a.score.found,
    mentions: a.score.mentions,
    forbidden: a.score.forbidden,
    missed: a.score.missed,
    claims: `${a.score.claimsFound}/${a.score.claims}`,
  })),
  lookalikes: r.lookalikes.filter((l) => l.marks.length),
  errors: r.errors,
}));
writeFileSync(join(root, 'reports', 'corpus.json'), `${JSON.stringify({ passed, failed, skipped, corpora: summary }, null, 2)}\n`);
process.exitCode = failed ? 1 : 0;
