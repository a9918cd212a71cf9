/**
 * The compiled dataset's two shipped halves (entrypoints/shared/kb-files.ts): split at build
 * time, joined again by the background. No browser globals, no dependencies: the
 * background imports this without the compiler.
 */
import type { CardsKb, CompiledKb, MatchKb } from './types';

/** The matching half of a compiled dataset (./types.ts MatchKb). */
export function matchKbOf(kb: CompiledKb): MatchKb {
  return { ...kb, entities: kb.entities.map(({ id, category, names }) => ({ id, category, names })) };
}

/**
 * The rest of the dataset, shipped apart from the matching half so nothing ships twice: no
 * alias or claim, and of an entry not its id, category or names (joined by position).
 */
export function cardsKbOf(kb: CompiledKb): CardsKb {
  return { version: kb.version, date: kb.date, entities: kb.entities.map(({ id: _i, category: _c, names: _n, ...rest }) => rest) };
}

/** The whole dataset again from its two shipped halves; refuses halves of two different builds. */
export function joinKb(match: MatchKb, cards: CardsKb): CompiledKb {
  if (match.version !== cards.version || match.entities.length !== cards.entities.length)
    throw new Error(`dataset halves differ: match ${match.version} (${match.entities.length} entries), cards ${cards.version} (${cards.entities.length})`);
  return { ...match, entities: match.entities.map((m, i) => ({ ...m, ...cards.entities[i]! })) };
}
