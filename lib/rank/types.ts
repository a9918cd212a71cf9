/**
 * What the ranking gives a card: the facts that matter for one article, the story of
 * the incident it is about, and the hovered entry's relations at the article's date.
 * Computed once, in the background, from the bundled dataset; the card only renders.
 */
import type { EntityView } from '../kb/types';

export type Fact = EntityView['facts'][number];
export type LocalText = { ja: string; en?: string };

/** The article around the hovered mark, as the card request carries it. */
export interface ArticleContext {
  /** publication date (YYYY-MM-DD), if the page gives one */
  published?: string;
  /** entity ids the article mentions, with how often (marked or not) */
  mentions: ReadonlyArray<readonly [id: string, count: number]>;
}

/** A fact with the entry it belongs to (the hovered one or another). */
export interface CardFact {
  entity: string;
  fact: Fact;
}

export interface StoryView {
  /** the incident entry */
  entity: string;
  /** its timeline up to the article's date, oldest first (the last few) */
  before: CardFact[];
  /** how many earlier timeline entries were left out of `before` */
  omitted: number;
  /** its timeline after the article's date, oldest first */
  after: CardFact[];
  /** the latest known state: the newest fact with figures or an outcome (else the newest) */
  latest?: CardFact;
}

export type RelationKind = 'role' | 'parent' | 'subsidiary' | 'successor' | 'predecessor' | 'part-of';

/** One line of the relations glance, with its period. */
export interface RelationLine {
  kind: RelationKind;
  /** the other entry (for a role: the organisation, where in the dataset) */
  entity?: string;
  /** further entries of the same kind and period, shown on the same line (three predecessors of a merger) */
  more?: string[];
  /** for a role: its title */
  title?: LocalText;
  from?: string;
  to?: string;
}

export interface RankedCard {
  /** facts up to the article's date, most relevant first (the hovered entry's defining fact leads) */
  facts: CardFact[];
  /** true when facts[0] is the hovered entry's defining fact (its earliest), shown under the summary */
  defining: boolean;
  /** how many of `facts` the first screen shows: the defining fact and up to three that still matter */
  lead: number;
  /** facts after the article's date: the hovered entry's and its story's */
  later: CardFact[];
  story?: StoryView;
  relations: RelationLine[];
  /** names of every other entry the card refers to */
  names: Record<string, LocalText>;
}
