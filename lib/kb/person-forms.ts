/**
 * A person's family name + title forms (出澤社長, 加藤官房長官: ./titles.ts). They are not
 * shipped: the dataset carries each person's family names, and the forms are made again
 * where the index is loaded (14 116 forms, 1.4 of kb-match.json's 2.4 MB on 2026-11-30);
 * with a shipped trie, only the forms its walks reach (`formList`).
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

/** The keys of each entity's listed aliases (the ones a person's forms never repeat). */
function ownKeys(aliases: readonly CompiledAlias[]): Map<string, Set<string>> {
  const own = new Map<string, Set<string>>();
  for (const a of aliases)
    if (!a.derived) {
      let keys = own.get(a.entity);
      if (!keys) own.set(a.entity, (keys = new Set()));
      keys.add(a.key);
    }
  return own;
}

type FormsKb = Pick<CompiledKb, 'aliases' | 'people'>;

/**
 * Every alias the matcher knows, in the order it tries them at one key: the listed ones,
 * then the family name + title forms, then the other derived forms (./local-forms.ts).
 */
export function allAliases(kb: FormsKb): CompiledAlias[] {
  const own = ownKeys(kb.aliases);
  const listed = kb.aliases.filter((a) => !a.derived);
  const forms = kb.people.flatMap(([id, families]) => personForms(id, families, own.get(id) ?? new Set()));
  return [...listed, ...forms, ...kb.aliases.filter((a) => a.derived)];
}

/** How many forms each of `kb.people` has, in order (shipped with the trie: kb-trie.bin). */
export function formCounts(kb: FormsKb): Int32Array {
  const own = ownKeys(kb.aliases);
  return Int32Array.from(kb.people, ([id, families]) => personForms(id, families, own.get(id) ?? new Set()).length);
}

/**
 * `allAliases(kb)` as a list that makes a person's forms only when one of them is first
 * asked for, given `counts` (formCounts of the same dataset). A trie read back from its
 * file reaches few of them: making all 14 000 forms was most of its load (35 ms of a cold
 * service worker's `withTrie` 59 ms in a CPU profile, 2026-12-01). Throws if `counts` does
 * not fit the dataset, and when a person's forms are made, if they are not as many as counted.
 */
export function formList(kb: FormsKb, counts: Int32Array): { readonly length: number; at(i: number): CompiledAlias | undefined } {
  if (counts.length !== kb.people.length) throw new Error(`person forms: counted for ${counts.length} people, the dataset has ${kb.people.length}`);
  const listed = kb.aliases.filter((a) => !a.derived);
  const derived = kb.aliases.filter((a) => a.derived);
  /** where each person's forms start among the forms (one more: their end) */
  const start = new Int32Array(counts.length + 1);
  counts.forEach((n, p) => {
    if (n < 0) throw new Error(`person forms: a negative count for ${kb.people[p]![0]}`);
    start[p + 1] = start[p]! + n;
  });
  const forms = start[counts.length]!;
  const made = new Array<CompiledAlias[] | undefined>(counts.length);
  let own: Map<string, Set<string>> | undefined;
  const formsOf = (p: number): CompiledAlias[] => {
    const done = made[p];
    if (done) return done;
    own ??= ownKeys(kb.aliases);
    const [id, families] = kb.people[p]!;
    const list = personForms(id, families, own.get(id) ?? new Set());
    if (list.length !== counts[p]) throw new Error(`person forms: ${id} has ${list.length}, counted ${counts[p]}`);
    return (made[p] = list);
  };
  return {
    length: listed.length + forms + derived.length,
    at(i) {
      if (i < listed.length) return listed[i];
      const f = i - listed.length;
      if (f >= forms) return derived[f - forms];
      // the person whose forms hold f: the last start at or before it
      let lo = 0;
      let hi = counts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (start[mid]! <= f) lo = mid;
        else hi = mid - 1;
      }
      return formsOf(lo)[f - start[lo]!];
    },
  };
}
