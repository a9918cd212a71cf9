/**
 * npm run data:coverage -- DIR : annotates every .txt / .html article in DIR and lists
 * the entities and claims found, and frequent unmatched katakana / Latin terms.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { annotate } from '../lib/annotate';
import { addToCoverage, emptyCoverage, topEntries } from '../tools/kb/coverage';
import { loadKbFromDir } from '../tools/kb/load-node';
import { nodeTokenizer } from '../lib/tokenize/node-dict';
import { readArticle } from './article-file';

/** How many unmatched terms to list: enough to plan the next additions. */
const TOP_UNMATCHED = 30;

const dir = process.argv[2];
if (!dir || !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
  console.error('usage: data:coverage -- DIR (a folder of .txt or .html articles)');
  process.exit(2);
}
const files = readdirSync(dir)
  .filter((f) => /\.(txt|x?html?)$/i.test(f))
  .sort();
const { kb } = loadKbFromDir();
const tk = await nodeTokenizer();
const report = emptyCoverage();
for (const f of files) {
  const art = readArticle(join(dir, f));
  const res = annotate(art.text, kb, tk, art.date ? { published: art.date } : {});
  addToCoverage(report, art.text, res);
  console.log(`${f}: ${res.mentions.length} mentions of ${new Set(res.mentions.map((m) => m.entity)).size} entities, ${res.corrections.length} corrections`);
}
console.log(`\nentities found (${report.entities.size} of ${kb.kb.entities.length}):`);
for (const [id, n] of topEntries(report.entities)) console.log(`  ${String(n).padStart(4)}  ${id}  ${kb.entity(id)?.names.ja ?? ''}`);
console.log(`\nclaims found (${report.claims.size} of ${kb.kb.claims.length}):`);
for (const [id, n] of topEntries(report.claims)) console.log(`  ${String(n).padStart(4)}  ${id}`);
const never = kb.kb.entities.filter((e) => !report.entities.has(e.id)).map((e) => e.id);
console.log(`\nentities never found (${never.length}): ${never.join(', ')}`);
console.log(`\nfrequent unmatched katakana / Latin terms (candidates to add):`);
for (const [t, n] of topEntries(report.unmatched, TOP_UNMATCHED)) console.log(`  ${String(n).padStart(4)}  ${t}`);
