/** Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as the first or last day they cover. */

/** The first day a partial date covers: 2025 → 2025-01-01, 2025-03 → 2025-03-01. */
export function firstDay(d: string): string {
  const [y, m = '01', day = '01'] = d.split('-');
  return `${y}-${m}-${day}`;
}

/** The last day a partial date covers: 2025 → 2025-12-31, 2025-02 → 2025-02-28. */
export function lastDay(d: string): string {
  const [y, m, day] = d.split('-');
  if (day) return d;
  if (!m) return `${y}-12-31`;
  const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  return `${y}-${m}-${String(last).padStart(2, '0')}`;
}

/** Whole days from a (YYYY-MM-DD) to b (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
