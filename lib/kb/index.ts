/**
 * The runtime knowledge base: a compiled KB plus the alias trie and lookups.
 */
import { normalizeKey } from '../text/normalize';
import { BLOCKER, LONGER_NAMES } from './blockers';
import { allAliases } from './person-forms';
import { Trie } from './trie';
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
    if (this.builtTrie) return this.builtTrie;
    const trie = new Trie<CompiledAlias>();
    // a name written in the dataset before a family name + title form made from another
    // person's family name: at one key, the first alias passing its rule wins (matcher.ts)
    for (const a of allAliases(this.kb)) trie.add(a.key, a);
    // after the aliases: at one key, the first alias passing its rule wins (matcher.ts)
    for (const text of LONGER_NAMES) trie.add(normalizeKey(text), { key: normalizeKey(text), entity: BLOCKER, text });
    return (this.builtTrie = trie.freeze());
  }

  /** Builds the trie now (a worker does it while its dictionary streams in), for chaining. */
  withTrie(): this {
    void this.trie;
    return this;
  }

  entity(id: string): E | undefined {
    return this.entities.get(id);
  }
}
