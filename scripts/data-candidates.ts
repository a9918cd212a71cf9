/**
 * npm run data:candidates -- DIR [--top N]: proper nouns and katakana / Latin terms in
 * the articles of DIR (.txt / .html, searched recursively) that the dataset lacks,
 * ranked by how many articles use them, each with an example sentence.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import kuromoji from 'kuromoji';
import { annotate } from '../lib/annotate';
import { loadKbFromDir } from '../tools/kb/load-node';
import { readDataset } from '../tools/kb/read-dir';
import { normalizeKey } from '../lib/text/normalize';
import { kuromojiDictDir, nodeTokenizer } from '../lib/tokenize/node-dict';
import { rankCandidates, type ArticleInput, type RawToken } from '../tools/kb/candidates';
import { readArticle } from './article-file';

/** Default length of the list: enough for a session of additions. */
const TOP = 40;
const USAGE = 'usage: data:candidates -- DIR [--top N]';

const args = process.argv.slice(2);
const ti = args.indexOf('--top');
const top = ti >= 0 ? Number(args[ti + 1]) : TOP;
const dir = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1] === '--top'));
if (!dir || !statSync(dir, { throwIfNoEntry: false })?.isDirectory() || !Number.isInteger(top) || top <= 0) {
  console.error(USAGE);
  process.exit(2);
}
const files = (function walk(d: string): string[] {
  return readdirSync(d)
    .sort()
    .flatMap((f) => {
      const p = join(d, f);
      return statSync(p).isDirectory() ? walk(p) : /\.(txt|x?html?)$/i.test(f) ? [p] : [];
    });
})(dir);
const raw = await new Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>>((ok, fail) =>
  kuromoji.builder({ dicPath: kuromojiDictDir() }).build((err, t) => (err ? fail(err) : ok(t))),
);
const { kb } = loadKbFromDir();
const tk = await nodeTokenizer();
const src = readDataset(process.env.CHUSHAKU_DATA_DIR ?? join(import.meta.dirname, '..', 'data'));
const keys = new Set(src.entities.flatMap((e) => e.value.aliases.map((a) => normalizeKey(typeof a === 'string' ? a : a.text))));
const articles: ArticleInput[] = files.map((file) => {
  const { text } = readArticle(file);
  const tokens: RawToken[] = raw.tokenize(text);
  const marked = annotate(text, kb, tk).mentions;
  return { file, text, tokens, marked };
});
const list = rankCandidates(articles, (t) => keys.has(normalizeKey(t))).slice(0, top);
console.log(`data:candidates: ${files.length} article(s) in ${dir}; ${list.length} candidate(s) not in the dataset\n`);
console.log('articles  count  kind            term — example');
for (const c of list) console.log(`${String(c.articles).padStart(8)}  ${String(c.count).padStart(5)}  ${c.kind.padEnd(14)}  ${c.term} — ${c.example}`);
