/** Days between partial dates, for closeness: a fact's period is taken at its end nearest the article. */
import { earliestDay, latestDay } from '../time/dates';

const dayNumber = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / 86_400_000;
};

/**
 * Days from a partial date to a day, measured from the middle of the period it names:
 * a fact dated only "2024-03" is not as close to an article of 2024-03-29 as one of
 * 2024-03-28 (it may be weeks earlier).
 */
export function gapDays(fact: string, day: string): number {
  const mid = (dayNumber(earliestDay(fact)) + dayNumber(latestDay(fact))) / 2;
  return Math.abs(dayNumber(day) - mid);
}

/** True when a period [from, to] (partial dates, open-ended without `to`) contains the day. */
export function heldOn(from: string | undefined, to: string | undefined, day: string): boolean {
  return (!from || earliestDay(from) <= day) && (!to || latestDay(to) >= day);
}
