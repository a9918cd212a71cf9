/**
 * npm run data:stale [-- --today YYYY-MM-DD] [--max-age-days N] [--strict]
 * Lists what needs review before a release (see tools/kb/stale.ts and data/README.md).
 * Exit 0, or 1 with --strict when anything is open (reviewed items do not count).
 */
import { parseIsoDay } from '../lib/time/dates';
import { DEFAULT_DATA_DIR } from '../tools/kb/load-node';
import { readDataset } from '../tools/kb/read-dir';
import { todayIso } from '../tools/kb/partial-date';
import { findStale, MAX_AGE_DAYS, REVIEW_HOLDS_DAYS, type StaleKind } from '../tools/kb/stale';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const todayArg = opt('--today');
const today = todayArg ? parseIsoDay(todayArg) : todayIso();
const maxAgeDays = Number(opt('--max-age-days') ?? MAX_AGE_DAYS);
if (!today || !Number.isInteger(maxAgeDays) || maxAgeDays < 0) {
  console.error('usage: data:stale [-- --today YYYY-MM-DD] [--max-age-days N] [--strict]');
  process.exit(2);
}
const src = readDataset(process.env.CHUSHAKU_DATA_DIR ?? DEFAULT_DATA_DIR);
const items = findStale(src.entities, src.claims, { today, maxAgeDays });
const titles: Record<StaleKind, string> = {
  summary: `summaries last confirmed more than ${maxAgeDays} days ago (re-check, then update asOf)`,
  role: "open roles to re-confirm (add `to`, or update the entry's asOf)",
  plan: 'plans and forecasts past their due date without a result (add outcome.result, resolved)',
  suspicion: 'suspicions still open (confirmed? denied?)',
  unverified: 'unverified facts (find a source, or leave marked 未確認)',
  claim: 'claim reviews to re-check (update reviewed)',
};
const open = items.filter((i) => !i.review);
const reviewed = items.filter((i) => i.review);
for (const kind of Object.keys(titles) as StaleKind[]) {
  const list = open.filter((i) => i.kind === kind);
  if (!list.length) continue;
  console.log(`\n${titles[kind]} (${list.length}):`);
  for (const i of list) console.log(`  ${i.file}: ${i.entry}: ${i.field}: ${i.message}`);
}
if (reviewed.length) {
  console.log(`\nreviewed within ${REVIEW_HOLDS_DAYS} days, nothing newer found (${reviewed.length}):`);
  for (const i of reviewed) console.log(`  ${i.file}: ${i.entry}: ${i.field}: ${i.message}\n    reviewed ${i.review!.on}: ${i.review!.note}`);
}
console.log(`\ndata:stale: ${open.length} item(s) to review, ${reviewed.length} reviewed, as of ${today}`);
process.exitCode = args.includes('--strict') && open.length ? 1 : 0;
