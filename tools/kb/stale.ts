/**
 * What needs review before a release (npm run data:stale): summaries and open roles last
 * confirmed too long ago (asOf), plans and forecasts whose due date passed without a
 * result, suspicions still open after a while, and unverified facts. An item whose entry
 * (summary, roles) or fact (outcome, status) carries a recent `review` is listed as
 * reviewed, with the reviewer's note, instead of open.
 */
import type { ClaimSource, EntitySource, ReviewSource as Review } from '../../lib/kb/schema';
import { earliestDay, latestDay } from '../../lib/time/dates';
import { daysBetween } from './partial-date';

/**
 * A summary or open role not re-checked for a year may no longer be true: ministers
 * change with each cabinet (about yearly in 2020–2025) and companies reorganise.
 */
export const MAX_AGE_DAYS = 365;
/** A suspicion (a cause, an attacker) is usually settled or reported within half a year. */
export const SUSPICION_AGE_DAYS = 180;
/**
 * A review that found nothing newer holds for half a year: long enough to release on it,
 * short enough that a settled plan or a new role is looked for again before the next
 * yearly summary check.
 */
export const REVIEW_HOLDS_DAYS = 180;

export type StaleKind = 'summary' | 'role' | 'plan' | 'suspicion' | 'unverified' | 'claim';

export interface StaleItem {
  kind: StaleKind;
  file: string;
  entry: string;
  field: string;
  message: string;
  /** Set when a recent review checked this item and found nothing to settle it. */
  review?: Review;
}

export interface StaleOptions {
  today: string;
  maxAgeDays?: number;
}

export function findStale(entities: { value: EntitySource; file: string }[], claims: { value: ClaimSource; file: string }[], opts: StaleOptions): StaleItem[] {
  const maxAge = opts.maxAgeDays ?? MAX_AGE_DAYS;
  const out: StaleItem[] = [];
  const age = (d: string) => daysBetween(earliestDay(d), opts.today);
  const held = (r: Review | undefined) => (r && age(r.on) >= 0 && age(r.on) <= REVIEW_HOLDS_DAYS ? { review: r } : {});
  for (const { value: e, file } of entities) {
    if (e.asOf && age(e.asOf) > maxAge) {
      out.push({
        kind: 'summary',
        file,
        entry: e.id,
        field: 'asOf',
        message: `summary last confirmed ${e.asOf} (${age(e.asOf)} days ago): ${e.summary.ja}`,
        ...held(e.review),
      });
    }
    e.roles?.forEach((r, i) => {
      if (r.to) return;
      if (!e.asOf)
        out.push({
          kind: 'role',
          file,
          entry: e.id,
          field: `roles.${i}`,
          message: `open role "${r.title.ja}" (from ${r.from}) but the entry has no asOf date`,
        });
      else if (age(e.asOf) > maxAge)
        out.push({
          kind: 'role',
          file,
          entry: e.id,
          field: `roles.${i}`,
          message: `open role "${r.title.ja}" last confirmed ${e.asOf}: still held?`,
          ...held(e.review),
        });
    });
    e.facts.forEach((f, i) => {
      const o = f.outcome;
      if (o && !o.result) {
        if ((o.kind === 'plan' || o.kind === 'forecast') && o.due && latestDay(o.due) < opts.today) {
          out.push({
            kind: 'plan',
            file,
            entry: e.id,
            field: `facts.${i}.outcome`,
            message: `${o.kind} due ${o.due} has no result: ${o.said.ja}`,
            ...held(f.review),
          });
        }
        if (o.kind === 'suspicion' && age(f.date) > SUSPICION_AGE_DAYS) {
          out.push({
            kind: 'suspicion',
            file,
            entry: e.id,
            field: `facts.${i}.outcome`,
            message: `suspicion stated ${f.date} still open: ${o.said.ja}`,
            ...held(f.review),
          });
        }
      }
      if (f.status === 'unverified')
        out.push({ kind: 'unverified', file, entry: e.id, field: `facts.${i}`, message: `unverified (${f.date}): ${f.text.ja}`, ...held(f.review) });
    });
  }
  for (const { value: c, file } of claims) {
    if (age(c.reviewed) > maxAge) out.push({ kind: 'claim', file, entry: c.id, field: 'reviewed', message: `claim review last checked ${c.reviewed}` });
  }
  return out;
}
