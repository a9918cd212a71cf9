/** Quick schema-only check of one or more data files (the full check is `npm run data:check`). */
import { readFileSync } from 'node:fs';
import { parseClaimFile, parseEntityFile } from '../tools/kb/parse';
import { formatProblem } from '../tools/kb/problems';

let bad = 0;
for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, 'utf8');
  const r = f.includes('claims') ? parseClaimFile(f, text) : parseEntityFile(f, text);
  for (const p of r.problems) console.log(formatProblem(p));
  bad += r.problems.length;
  console.log(`${f}: ${r.entries.length} entries, ${r.problems.length} problems`);
}
process.exit(bad ? 1 : 0);
