/** What the card's first screen holds (no scrolling): the same rule for the card and the evaluation. */
import { isAfter } from '../time/dates';
import type { CardFact, RankedCard } from './types';

/**
 * The facts shown first: the hovered entry's defining fact (what it is, under the
 * summary), the three that matter most, and the story's latest state when it came after
 * the article.
 */
export function firstScreen(card: RankedCard, published: string | undefined): CardFact[] {
  const top = card.facts.slice(0, card.lead);
  const latest = card.story?.latest;
  const latestShown = latest && published && isAfter(latest.fact.date, published);
  return latestShown ? [...top, latest] : top;
}
