/**
 * npm run --silent annotate -- [--json] [--date YYYY-MM-DD] FILE
 *
 * Annotates a .txt or .html article with the bundled knowledge base. Offsets are
 * UTF-16 code units into the file's text (for .html: the extracted article text).
 */
import { annotate, type Annotations } from '../lib/annotate';
import { parseIsoDay } from '../lib/time/dates';
import type { KbIndex } from '../lib/kb/index';
import { loadKbFromDir } from '../tools/kb/load-node';
import { formatProblem } from '../tools/kb/problems';
import { nodeTokenizer } from '../lib/tokenize/node-dict';
import { updateLine } from '../lib/updates/wording';
import { laterFacts } from '../lib/rank/later';
import { ArticleReadError, readArticle, type Article } from './article-file';

const USAGE = 'usage: annotate [--json] [--date YYYY-MM-DD] FILE (.txt or .html)';

class UsageError extends Error {}

interface Args {
  json: boolean;
  date?: string;
  file: string;
}

export function parseArgs(argv: string[]): Args {
  let json = false;
  let date: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--date') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError('--date needs a value YYYY-MM-DD');
      date = parseIsoDay(v);
      if (!date) throw new UsageError(`bad date "${v}": expected a real day as YYYY-MM-DD`);
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError(files.length ? 'give exactly one FILE' : 'no FILE given');
  return { json, file: files[0]!, ...(date ? { date } : {}) };
}

function listing(text: string, res: Annotations, kb: KbIndex, date: string | undefined): string {
  const lines: string[] = [];
  const lineOf = (pos: number) => text.slice(0, pos).split('\n').length;
  lines.push(`${res.mentions.length} mentions, ${res.corrections.length} corrections${date ? ` (article date ${date})` : ''}`);
  for (const m of res.mentions) {
    const e = kb.entity(m.entity);
    lines.push(`  line ${lineOf(m.start)}  ${m.text}  → ${e?.names.ja ?? m.entity} [${m.category}]`);
  }
  if (res.corrections.length) lines.push('corrections:');
  for (const c of res.corrections) {
    const claim = kb.claims.get(c.claim);
    lines.push(`  line ${lineOf(c.start)}  [${c.kind ?? 'claim'}, ${c.verdict}] ${c.text}`);
    if (claim) lines.push(`      → ${claim.correction.ja}`);
    if (c.note) lines.push(`      → ${updateLine(c.note, 'ja')}`);
  }
  const later = [...new Set(res.mentions.map((m) => m.entity))].map((id) => [id, laterFacts(kb.entity(id)!, date)] as const).filter(([, f]) => f.length);
  if (later.length) lines.push('since this article:');
  for (const [id, facts] of later) {
    for (const f of facts) lines.push(`  ${kb.entity(id)?.names.ja ?? id}  ${f.date}  ${f.text.ja}`);
  }
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  let args: Args;
  let article: Article;
  try {
    args = parseArgs(argv);
    article = readArticle(args.file);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ArticleReadError) {
      process.stderr.write(`annotate: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  const { kb, problems } = loadKbFromDir();
  if (problems.length) {
    process.stderr.write(`annotate: the dataset has ${problems.length} problem(s); entries with errors are skipped (npm run data:check):\n`);
    for (const p of problems.slice(0, 5)) process.stderr.write(`  ${formatProblem(p)}\n`);
  }
  const date = args.date ?? article.date;
  const res = annotate(article.text, kb, await nodeTokenizer(), date ? { published: date } : {});
  if (args.json) {
    const out = {
      mentions: res.mentions.map(({ start, end, text, entity, category }) => ({ start, end, text, entity, category })),
      corrections: res.corrections.map(({ start, end, text, claim, verdict, kind, note }) => ({
        start,
        end,
        text,
        claim,
        verdict,
        kind: kind ?? 'claim',
        ...(note ? { note } : {}),
      })),
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else {
    process.stdout.write(`${listing(article.text, res, kb, date)}\n`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
