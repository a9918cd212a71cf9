/**
 * UI strings come from the extension's locale files (public/_locales), so the browser
 * picks Japanese or English. Components take a `T` function, so tests can pass any.
 */
import {
  MARK_KINDS,
  markKindKey,
  OUTCOME_RESULTS,
  resultKey,
  UPDATE_KINDS,
  updateKindKey,
  VERDICTS,
  verdictKey,
  type MarkKind,
  type OutcomeResult,
  type UpdateKind,
  type VerdictName,
} from '../lib/kb/vocabulary';

export type T = (key: string, substitutions?: string[]) => string;

export function browserT(getMessage: (key: string, subs?: string[]) => string): T {
  return (key, subs) => getMessage(key, subs) || key;
}

/** A mark kind's label (organization, …, correction); an unknown kind shows as itself. */
export const categoryLabel = (t: T, c: string) => ((MARK_KINDS as readonly string[]).includes(c) ? t(markKindKey(c as MarkKind)) : c);
/** A verdict's label; an unknown verdict shows as itself. */
export const verdictLabel = (t: T, v: string) => ((VERDICTS as readonly string[]).includes(v) ? t(verdictKey(v as VerdictName)) : v);
/** An update note's kind label (figure, plan, suspicion). */
export const updateKindLabel = (t: T, k: string) => ((UPDATE_KINDS as readonly string[]).includes(k) ? t(updateKindKey(k as UpdateKind)) : k);
/** An outcome's label (happened, cancelled, …). */
export const resultLabel = (t: T, r: string) => ((OUTCOME_RESULTS as readonly string[]).includes(r) ? t(resultKey(r as OutcomeResult)) : r);
