/**
 * npm run data:check — validates every file in data/: schema, ids, references, alias
 * conflicts, aliases the matcher cannot find, claim examples. Exit 1 on any problem.
 */
import { checkDataset } from '../lib/kb/check';
import { staleOutcomes } from '../lib/kb/check-outcomes';
import { DEFAULT_DATA_DIR } from '../lib/kb/load-node';
import { formatProblem } from '../lib/kb/problems';
import { readDataset } from '../lib/kb/read-dir';
import { datasetCounts } from '../lib/kb/stats';
import { nodeTokenizer } from '../lib/tokenize/node-dict';

const dir = process.argv[2] ?? DEFAULT_DATA_DIR;
const src = readDataset(dir);
const problems = [...src.problems, ...checkDataset(src.entities, src.claims, await nodeTokenizer())];
for (const p of problems) console.log(formatProblem(p));
// listed, not counted: a plan past its due date whose outcome the dataset does not record yet
const stale = staleOutcomes(src.entities, new Date().toISOString().slice(0, 10));
if (stale.length) console.log(`plans past their due date with no result (${stale.length}):\n${stale.map((s) => `  ${s}`).join('\n')}`);
const c = datasetCounts(src.entities.map((e) => e.value), src.claims.map((x) => x.value));
console.log(
  `data:check: ${c.entities} entities (${c.incidents} incidents), ${c.aliases} aliases, ${c.facts} facts (${c.verified} verified, ${c.unverified} unverified), ${c.claims} claims; ${problems.length} problem(s)`,
);
process.exitCode = problems.length ? 1 : 0;
