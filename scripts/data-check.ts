/**
 * npm run data:check — validates every file in data/: schema, ids, references, alias
 * conflicts, aliases the matcher cannot find, claim examples. Exit 1 on any problem.
 */
import { checkDataset } from '../tools/kb/check';
import { DEFAULT_DATA_DIR } from '../tools/kb/load-node';
import { formatProblem } from '../tools/kb/problems';
import { readDataset } from '../tools/kb/read-dir';
import { datasetCounts } from '../tools/kb/stats';
import { findStale } from '../tools/kb/stale';
import { todayIso } from '../tools/kb/partial-date';
import { nodeTokenizer } from '../lib/tokenize/node-dict';
import { checkPresentTense } from '../tools/kb/present-tense';
import { checkTodos } from '../tools/kb/todo';
import { recentFacts, RECENT_FROM_YEAR } from '../tools/kb/recent';

const dir = process.argv[2] ?? DEFAULT_DATA_DIR;
const src = readDataset(dir);
const problems = [
  ...src.problems,
  ...checkDataset(src.entities, src.claims, await nodeTokenizer()),
  ...checkPresentTense(src.entities),
  ...checkTodos([...src.entities, ...src.claims]),
];
for (const p of problems) console.log(formatProblem(p));
// not counted: a plan past its due date that nobody has reviewed yet is data:stale's to list
const openPlans = findStale(src.entities, [], { today: todayIso() }).filter((i) => i.kind === 'plan' && !i.review).length;
if (openPlans) console.log(`${openPlans} plan(s) past their due date with no result and no review: npm run data:stale`);
const c = datasetCounts(
  src.entities.map((e) => e.value),
  src.claims.map((x) => x.value),
);
console.log(
  `data:check: ${c.entities} entities (${c.incidents} incidents), ${c.aliases} aliases, ${c.facts} facts (${c.verified} verified, ${c.unverified} unverified), ${c.claims} claims, ${recentFacts(src.entities.map((e) => e.value))} facts dated ${RECENT_FROM_YEAR} or later; ${problems.length} problem(s)`,
);
process.exitCode = problems.length ? 1 : 0;
