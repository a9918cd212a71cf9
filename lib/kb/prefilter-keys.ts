/**
 * What the content script's prefilter is compiled from (lib/match/prefilter.ts): the alias
 * keys, with a person's family name + title keys given as family names and titles, so
 * the prefilter need not list every pair. Build time and tests only (the content script
 * receives the compiled data).
 */
import { normalizeKey } from '../text/normalize';
import { PERSON_TITLES } from './titles';
import type { CompiledAlias } from './types';

/** A person's family name keys and the title keys, which the prefilter checks as a pair. */
export interface PersonKeys {
  families: readonly string[];
  titles: readonly string[];
}

export interface PrefilterKeys {
  keys: string[];
  person: PersonKeys;
}

export function prefilterKeys(aliases: readonly CompiledAlias[]): PrefilterKeys {
  // longest first: 出澤副社長 is 出澤 + 副社長 (any split would do: each is the whole key again)
  const titles = [...new Set(PERSON_TITLES.map((t) => normalizeKey(t)))].sort((a, b) => b.length - a.length);
  const keys: string[] = [];
  const families = new Set<string>();
  for (const a of aliases) {
    const title = a.derived ? titles.find((t) => a.key.length > t.length && a.key.endsWith(t)) : undefined;
    const family = title ? a.key.slice(0, -title.length) : '';
    // a one-character family name cannot start a pair of the table: its forms stay listed
    if (family.length >= 2) families.add(family);
    else keys.push(a.key);
  }
  return { keys, person: { families: [...families], titles } };
}
