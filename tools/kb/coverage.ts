/**
 * What a folder of articles shows about the dataset: which entities and claims were
 * found, and frequent katakana / Latin terms that matched nothing (candidates to add).
 */
import type { Annotations } from '../../lib/annotate';

/** Katakana runs of 3+ (with ー and ・), or Latin words that are capitalised or all caps. */
const CANDIDATE = /[\p{Script=Katakana}ー・]{3,}|\b[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*\b|\b[A-Z][a-z]{2,}\b/gu;

export interface CoverageReport {
  articles: number;
  entities: Map<string, number>;
  claims: Map<string, number>;
  unmatched: Map<string, number>;
}

export function emptyCoverage(): CoverageReport {
  return { articles: 0, entities: new Map(), claims: new Map(), unmatched: new Map() };
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

export function addToCoverage(report: CoverageReport, text: string, res: Annotations): void {
  report.articles++;
  for (const m of res.mentions) bump(report.entities, m.entity);
  for (const c of res.corrections) bump(report.claims, c.claim);
  const covered = (s: number, e: number) => res.mentions.some((m) => m.start < e && s < m.end);
  for (const match of text.matchAll(CANDIDATE)) {
    const term = match[0].replace(/^・+|・+$/g, '');
    if (term.length < 3 || covered(match.index, match.index + match[0].length)) continue;
    bump(report.unmatched, term);
  }
}

export function topEntries(m: Map<string, number>, n = Infinity): [string, number][] {
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
}
