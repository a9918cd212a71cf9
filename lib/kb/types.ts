/**
 * The compiled knowledge base: what the extension, the CLI and the bench load.
 * Built from `data/` by `lib/kb/compile.ts`; alias keys and pattern words are already
 * normalised so loading is a trie build, not a re-parse.
 */
import type { ClaimSource, EntitySource } from './schema';
import type { Scope } from './vocabulary';

export interface CompiledContext {
  requires?: string[];
  excludes?: string[];
  scope: Scope;
  /** a place (the local-government sense): never a mention in brackets after another name (lib/match/seat.ts) */
  place?: true;
}

export interface CompiledAlias {
  /** normalised key (lib/text/normalize.ts) */
  key: string;
  entity: string;
  /** the alias as written */
  text: string;
  context?: CompiledContext;
  /** family name + title form generated for a person: valid only beside a full mention */
  derived?: true;
  /** short form generated from an institution's name (./short-forms.ts): not inside a longer kanji word */
  short?: true;
  /** a local form's local government (./local-forms.ts): the document must name it, or the body otherwise */
  anchor?: string;
}

/** A term: alternatives, each a sequence of parts (normalised) in order. */
export type CompiledTerm = string[][];

export interface CompiledPattern {
  all: CompiledTerm[];
  none: CompiledTerm[];
}

export type EntityView = Omit<EntitySource, 'aliases'>;
export type ClaimView = Omit<ClaimSource, 'patterns' | 'examples' | 'counterexamples'> & {
  patterns: CompiledPattern[];
};

export interface CompiledKb {
  /** dataset version: the date of the newest review plus a content hash */
  version: string;
  /** when the dataset was compiled (YYYY-MM-DD) */
  date: string;
  entities: EntityView[];
  /** the listed aliases and the generated short and local forms; not the family name + title forms */
  aliases: CompiledAlias[];
  /** each person's family names, from which ./person-forms.ts makes the family name + title forms */
  people: [entity: string, families: string[]][];
  claims: ClaimView[];
}

/** What matching reads of an entity (its category, and its name for lib/match/longer-name.ts). */
export type MatchEntity = Pick<EntityView, 'id' | 'category' | 'names'>;

/**
 * The dataset as matching needs it, without the facts and summaries: the tokenizer's
 * worker loads this (kb-match.json: 1.8 of the 5.1 MB of the whole on 2026-11-30) beside the dictionary.
 */
export interface MatchKb extends Omit<CompiledKb, 'entities'> {
  entities: MatchEntity[];
}

/** What the dataset's other half holds of an entry: all but what the matching half has of it. */
export type CardsEntity = Omit<EntityView, keyof MatchEntity>;

/**
 * The dataset's other half, for answers and cards (kb-cards.bin): the rest of each entry,
 * in the matching half's order (an entry's id, category and names ship once, there).
 */
export interface CardsKb extends Pick<CompiledKb, 'version' | 'date'> {
  entities: CardsEntity[];
}

export type { Scope };

/** The card's view of a claim: without its patterns, which a page has no use for. */
export type ClaimCard = Omit<ClaimView, 'patterns'>;
