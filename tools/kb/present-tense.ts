/**
 * A summary that speaks of the present (現在, いまは, currently …) is only true as of some
 * date, so the entry must say which (`asOf`); the card shows it ("2025年6月時点").
 * data:check runs this over every entity summary.
 */
import type { Problem } from './problems';
import type { EntitySource } from '../../lib/kb/schema';

/**
 * Words that make a summary present-tense. Japanese: 現在 / 現職 / 現時点 / 目下 /
 * 今も・いまも / 今は・いまは / 今なお・いまなお / 現行. English: currently, at present,
 * incumbent (not "still" or "now", which also occur in past narration).
 */
export const PRESENT_MARKERS_JA = /現在|現職|現時点|目下|今も|いまも|今は|いまは|今なお|いまなお|現行/u;
export const PRESENT_MARKERS_EN = /\b(currently|at present|incumbent)\b/i;

/** The present-tense marker a summary contains, or undefined. */
export function presentMarker(summary: { ja: string; en?: string | undefined }): string | undefined {
  return summary.ja.match(PRESENT_MARKERS_JA)?.[0] ?? summary.en?.match(PRESENT_MARKERS_EN)?.[0];
}

export function checkPresentTense(entities: { value: EntitySource; file: string }[]): Problem[] {
  const problems: Problem[] = [];
  for (const { value: e, file } of entities) {
    const marker = presentMarker(e.summary);
    if (marker && !e.asOf) {
      problems.push({
        file,
        entry: e.id,
        field: 'asOf',
        message: `the summary speaks of the present ("${marker}") but the entry has no asOf date (when it was last true)`,
      });
    }
  }
  return problems;
}
