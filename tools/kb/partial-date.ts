/** Day arithmetic for the maintainers' tools (the first and last day of a partial date are lib/time/dates.ts's). */

/** Whole days from a (YYYY-MM-DD) to b (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
