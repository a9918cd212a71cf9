/** npm run data:export -- --claimreview FILE : claims as schema.org ClaimReview JSON-LD. */
import { writeFileSync } from 'node:fs';
import { toClaimReview } from '../tools/kb/claimreview';
import { DEFAULT_DATA_DIR } from '../tools/kb/load-node';
import { formatProblem } from '../tools/kb/problems';
import { readDataset } from '../tools/kb/read-dir';

const args = process.argv.slice(2);
const i = args.indexOf('--claimreview');
const out = i >= 0 ? args[i + 1] : undefined;
if (!out) {
  console.error('usage: data:export -- --claimreview FILE');
  process.exit(2);
}
const src = readDataset(DEFAULT_DATA_DIR);
if (src.problems.length) {
  for (const p of src.problems) console.error(formatProblem(p));
  console.error('data:export: fix the dataset first (npm run data:check)');
  process.exit(1);
}
const doc = toClaimReview(src.claims.map((c) => c.value));
writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`);
console.log(`data:export: ${src.claims.length} ClaimReview items written to ${out}`);
