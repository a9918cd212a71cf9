/**
 * A person's family name + title forms (出澤社長, 加藤官房長官: ./titles.ts). They are not
 * shipped: the dataset carries each person's family names, and the forms are made again
 * where the index is loaded (14 116 forms, 1.4 of kb-match.json's 2.4 MB on 2026-11-30).
 */
import { normalizeKey } from '../text/normalize';
import { PERSON_TITLES } from './titles';
import type { CompiledAlias, CompiledKb } from './types';

let titleKeys: readonly string[] | undefined;

/**
 * One person's forms; `own`: the keys of the person's listed aliases, which a form never
 * repeats. A form's key is its family name's key followed by its title's: the key form
 * (lib/text/normalize.ts) of a family name and of a title each stand alone, and keying
 * 40 000 forms one by one took 110–135 ms of a worker's start (tests/unit/derived-forms.test.ts
 * checks the two ways agree on the whole dataset).
 */
export function personForms(entity: string, families: readonly string[], own: ReadonlySet<string>): CompiledAlias[] {
  titleKeys ??= PERSON_TITLES.map((t) => normalizeKey(t));
  const out: CompiledAlias[] = [];
  const seen = new Set(own);
  for (const family of families) {
    const familyKey = normalizeKey(family);
    PERSON_TITLES.forEach((title, i) => {
      const key = familyKey + titleKeys![i]!;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ key, entity, text: family + title, derived: true });
    });
  }
  return out;
}

/**
 * Every alias the matcher knows, in the order it tries them at one key: the listed ones,
 * then the family name + title forms, then the other derived forms (./local-forms.ts).
 */
export function allAliases(kb: Pick<CompiledKb, 'aliases' | 'people'>): CompiledAlias[] {
  const own = new Map<string, Set<string>>();
  for (const a of kb.aliases)
    if (!a.derived) {
      let keys = own.get(a.entity);
      if (!keys) own.set(a.entity, (keys = new Set()));
      keys.add(a.key);
    }
  const listed = kb.aliases.filter((a) => !a.derived);
  const forms = kb.people.flatMap(([id, families]) => personForms(id, families, own.get(id) ?? new Set()));
  return [...listed, ...forms, ...kb.aliases.filter((a) => a.derived)];
}
