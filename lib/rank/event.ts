/**
 * One event recorded on several entries: the dataset records the guidance on the
 * company, on the ministry and on the incident, each in its own words. Two facts are the
 * same event when they fall on the same day and one of them names the other's entry;
 * two facts of one entry, or facts of one day that do not name each other's entry (a
 * newspaper's report and a minister's remark on it), are separate events.
 */
import type { RankKb } from './kb';
import { textNames } from './names';
import type { CardFact } from './types';

const DAY_LENGTH = 'YYYY-MM-DD'.length;

export function sameEvent(kb: RankKb, a: CardFact, b: CardFact): boolean {
  if (a.entity === b.entity || a.fact.date !== b.fact.date || a.fact.date.length !== DAY_LENGTH) return false;
  return textNames(kb, a.fact.text.ja, b.entity) || textNames(kb, b.fact.text.ja, a.entity);
}
