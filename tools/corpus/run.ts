/**
 * Scores a corpus folder (articles + gold, optionally look-alike sentences) with a given
 * annotator. Node-only; the annotator is passed in so tests can run it on a toy dataset.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Gold, type GoldFile } from './gold';
import { judgeSet, scoreArticle, TEST_RECALL_TARGET, type ArticleScore, type ScoredMention, type SetVerdict, type Span } from './score';

export type Annotator = (text: string, published?: string) => { mentions: ScoredMention[]; corrections: Span[] };

export interface CorpusReport {
  dir: string;
  articles: { id: string; split: 'dev' | 'test'; topic?: string; score: ArticleScore }[];
  dev: SetVerdict;
  test: SetVerdict;
  lookalikes: { file: string; line: number; text: string; marks: string[] }[];
  errors: string[];
  passed: number;
  failed: number;
}

/** The gold's text path is relative to the gold folder, then to the corpus folder. */
function textPath(goldFile: string, gold: GoldFile): string | undefined {
  return [join(dirname(goldFile), gold.text), join(dirname(goldFile), '..', gold.text)].find(existsSync);
}

export function runCorpus(dir: string, annotate: Annotator): CorpusReport {
  const rep: CorpusReport = {
    dir,
    articles: [],
    dev: { passed: true, recall: 1, forbidden: 0, why: [] },
    test: { passed: true, recall: 1, forbidden: 0, why: [] },
    lookalikes: [],
    errors: [],
    passed: 0,
    failed: 0,
  };
  const goldDir = join(dir, 'gold');
  const golds = existsSync(goldDir)
    ? readdirSync(goldDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  for (const g of golds) {
    const file = join(goldDir, g);
    const id = g.replace(/\.json$/, '');
    let gold: GoldFile;
    try {
      const parsed = Gold.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success) {
        rep.errors.push(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        continue;
      }
      gold = parsed.data;
    } catch (e) {
      rep.errors.push(`${file}: ${(e as Error).message}`);
      continue;
    }
    const tp = textPath(file, gold);
    if (!tp) {
      rep.errors.push(`${file}: text ${gold.text} not found`);
      continue;
    }
    const text = readFileSync(tp, 'utf8');
    const res = annotate(text, gold.published);
    rep.articles.push({
      id,
      split: gold.split ?? 'dev',
      ...(gold.topic ? { topic: gold.topic } : {}),
      score: scoreArticle(gold, text, res.mentions, res.corrections),
    });
  }
  rep.dev = judgeSet(
    'dev',
    rep.articles.filter((a) => a.split === 'dev'),
  );
  rep.test = judgeSet(
    'test',
    rep.articles.filter((a) => a.split === 'test'),
  );

  const lookDir = join(dir, 'lookalikes');
  const looks = existsSync(lookDir)
    ? readdirSync(lookDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
    : [];
  for (const f of looks) {
    readFileSync(join(lookDir, f), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim() || line.startsWith('#')) return;
        const marks = annotate(line).mentions.map((m) => `${line.slice(m.start, m.end)}→${m.entity}`);
        rep.lookalikes.push({ file: f, line: i + 1, text: line, marks });
      });
  }
  // one check per dev article, one for the test half as a whole, one per look-alike file
  for (const a of rep.articles.filter((x) => x.split === 'dev')) {
    const ok = a.score.found === a.score.mentions && !a.score.forbidden.length && !a.score.absent.length;
    if (ok) rep.passed++;
    else rep.failed++;
  }
  if (rep.articles.some((a) => a.split === 'test')) {
    if (rep.test.passed) rep.passed++;
    else rep.failed++;
  }
  for (const f of looks) {
    if (rep.lookalikes.some((l) => l.file === f && l.marks.length)) rep.failed++;
    else rep.passed++;
  }
  rep.failed += rep.errors.length;
  return rep;
}

export function formatReport(rep: CorpusReport): string[] {
  const out: string[] = [`corpus ${rep.dir}:`];
  for (const e of rep.errors) out.push(`  error: ${e}`);
  for (const a of rep.articles) {
    const s = a.score;
    out.push(`  ${a.split.padEnd(4)} ${a.id}: mentions ${s.found}/${s.mentions}, forbidden ${s.forbidden.length}, claims ${s.claimsFound}/${s.claims}`);
    for (const m of s.missed) out.push(`      missed: ${m}`);
    for (const f of s.forbidden) out.push(`      forbidden: ${f}`);
    for (const c of s.claimsMissed) out.push(`      claim not corrected: ${c}`);
    for (const x of s.absent) out.push(`      gold surface not in text: ${x}`);
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const n = (split: string) => rep.articles.filter((a) => a.split === split).length;
  out.push(
    `  dev:  ${n('dev')} articles, recall ${pct(rep.dev.recall)}, forbidden ${rep.dev.forbidden}: ${rep.dev.passed ? 'pass' : `FAIL (${rep.dev.why.join('; ')})`}`,
  );
  if (n('test')) {
    const target = `target ${pct(TEST_RECALL_TARGET)}: ${rep.test.recall >= TEST_RECALL_TARGET ? 'met' : 'missed'}`;
    out.push(
      `  test: ${n('test')} articles, recall ${pct(rep.test.recall)} (${target}), forbidden ${rep.test.forbidden}: ${rep.test.passed ? 'pass' : `FAIL (${rep.test.why.join('; ')})`}`,
    );
  }
  const bad = rep.lookalikes.filter((l) => l.marks.length);
  if (rep.lookalikes.length) out.push(`  look-alikes: ${rep.lookalikes.length} sentences, ${bad.length} with marks`);
  for (const l of bad) out.push(`      ${l.file}:${l.line}: ${l.marks.join(', ')}  (${l.text})`);
  return out;
}
