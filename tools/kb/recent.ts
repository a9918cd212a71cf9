/** How many facts are dated in or after a year: the measure of currency. */
import type { EntitySource } from '../../lib/kb/schema';

/** The year from which a fact counts as recent in data:check's summary line. */
export const RECENT_FROM_YEAR = 2025;

export function recentFacts(entities: EntitySource[], fromYear: number = RECENT_FROM_YEAR): number {
  return entities.reduce((n, e) => n + e.facts.filter((f) => Number(f.date.slice(0, 4)) >= fromYear).length, 0);
}
