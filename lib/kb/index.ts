/**
 * The runtime knowledge base: a compiled KB plus the alias trie and lookups.
 */
import { normalizeKey } from '../text/normalize';
import { BLOCKER, LONGER_NAMES } from './blockers';
import { allAliases, formCounts, formList } from './person-forms';
import { Trie, type FrozenTrie, type ValueList } from './trie';
import { decodeTrieFile } from './trie-file';
import type { CompiledAlias, CompiledKb, EntityView, ClaimView, MatchEntity } from './types';

/**
 * `E`: what the index holds of each entity. The background and the tools load the whole
 * dataset (EntityView); matching needs only MatchEntity (the tokenizer's worker loads that).
 */
export class KbIndex<E extends MatchEntity = EntityView> {
  private builtTrie: Trie<CompiledAlias> | undefined;
  readonly entities = new Map<string, E>();
  readonly claims = new Map<string, ClaimView>();

  constructor(readonly kb: Omit<CompiledKb, 'entities'> & { entities: E[] }) {
    for (const e of kb.entities) this.entities.set(e.id, e);
    for (const c of kb.claims) this.claims.set(c.id, c);
  }

  /**
   * The alias trie, built on first use: only the matcher (the tokenizer's worker) walks
   * it. The background, which needs the entries for answers and cards, never pays for it
   * (8 700 aliases: 40–70 ms of a cold service worker's start, before the first answer).
   */
  get trie(): Trie<CompiledAlias> {
    return (this.builtTrie ??= trieOf(this.trieValues()));
  }

  /** What the trie holds, in the order it tries them at one key (the first passing its rule wins: matcher.ts). */
  trieValues(): CompiledAlias[] {
    return [
      // a name written in the dataset before a family name + title form made from another person's family name
      ...allAliases(this.kb),
      // after the aliases
      ...blockers(),
    ];
  }

  /** `trieValues()`, each person's forms made only when first asked for (`counts`: the file's, person-forms.ts). */
  private lazyTrieValues(counts: Int32Array): ValueList<CompiledAlias> {
    const aliases = formList(this.kb, counts);
    const after = blockers();
    return { length: aliases.length + after.length, at: (i) => (i < aliases.length ? aliases.at(i) : after[i - aliases.length]) };
  }

  /**
   * Makes the trie now (a worker does it while its dictionary streams in), for chaining:
   * from `file` (kb-trie.bin, ./trie-file.ts) when it was built for this dataset, else
   * built here. Either way the same trie; `trieSource` says which, `trieProblem` why not the file.
   */
  withTrie(file?: ArrayBuffer): this {
    if (file && !this.builtTrie) {
      try {
        const { version, trie, formCounts } = decodeTrieFile(file);
        if (version !== this.kb.version) throw new Error(`kb-trie.bin: built for dataset ${version}, this is ${this.kb.version}`);
        this.builtTrie = Trie.fromFrozen(trie, this.lazyTrieValues(formCounts));
        this.trieSource = 'file';
        return this;
      } catch (e) {
        this.trieProblem = e instanceof Error ? e.message : String(e);
      }
    }
    void this.trie;
    this.trieSource ??= 'built';
    return this;
  }

  /** The trie's arrays to ship (build time: ./trie-file.ts), made apart from `trie`. */
  frozenTrie(): FrozenTrie {
    const values = this.trieValues();
    return trieOf(values).toFrozen(values);
  }

  /** How many family name + title forms each person has, shipped with the trie (./trie-file.ts). */
  formCounts(): Int32Array {
    return formCounts(this.kb);
  }

  trieSource: 'file' | 'built' | undefined;
  trieProblem: string | undefined;

  entity(id: string): E | undefined {
    return this.entities.get(id);
  }
}

/** The names that stop a shorter alias inside them (./blockers.ts), tried after the aliases. */
const blockers = (): CompiledAlias[] => LONGER_NAMES.map((text) => ({ key: normalizeKey(text), entity: BLOCKER, text }));

/** The frozen trie of `values`, each under its key, in their order. */
function trieOf(values: readonly CompiledAlias[]): Trie<CompiledAlias> {
  const trie = new Trie<CompiledAlias>();
  for (const a of values) trie.add(a.key, a);
  return trie.freeze();
}
