/**
 * Partial dates (`2021`, `2021-03`, `2021-03-17`) compared as the periods they name.
 */
export type PartialDateString = string;

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The first day the partial date can mean, as YYYY-MM-DD. */
export function earliestDay(d: PartialDateString): string {
  if (d.length === 4) return `${d}-01-01`;
  if (d.length === 7) return `${d}-01`;
  return d;
}

/** The last day the partial date can mean, as YYYY-MM-DD. */
export function latestDay(d: PartialDateString): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) {
    const [y, m] = d.split('-').map(Number);
    const last = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
    return `${d}-${String(last).padStart(2, '0')}`;
  }
  return d;
}

/**
 * True when the fact certainly happened after the article was published: its earliest
 * possible day is later. A fact dated `2021-03` is not "later" than an article of
 * 2021-03-18, since it may have happened before it.
 */
export function isAfter(fact: PartialDateString, published: string): boolean {
  return earliestDay(fact) > published;
}

/** True when year, month and day name a real calendar day (no 2021-02-30). */
function isRealDay(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** A partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, already well-formed) whose day, if given, exists. */
export function isRealDate(s: PartialDateString): boolean {
  const [y, m, d] = s.split('-').map(Number);
  return d === undefined || isRealDay(y!, m!, d);
}

/** Parses a user-given YYYY-MM-DD, rejecting impossible days. */
export function parseIsoDay(s: string): string | undefined {
  const m = FULL.exec(s.trim());
  if (!m) return undefined;
  if (!isRealDay(Number(m[1]), Number(m[2]), Number(m[3]))) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}
