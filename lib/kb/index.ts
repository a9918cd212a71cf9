/**
 * The runtime knowledge base: a compiled KB plus the alias trie and lookups.
 */
import { normalizeKey } from '../text/normalize';
import { BLOCKER, LONGER_NAMES } from './blockers';
import { Trie } from './trie';
import type { CompiledAlias, CompiledKb, EntityView, ClaimView } from './types';

export class KbIndex {
  readonly trie = new Trie<CompiledAlias>();
  readonly entities = new Map<string, EntityView>();
  readonly claims = new Map<string, ClaimView>();

  constructor(readonly kb: CompiledKb) {
    for (const e of kb.entities) this.entities.set(e.id, e);
    for (const c of kb.claims) this.claims.set(c.id, c);
    for (const a of kb.aliases) this.trie.add(a.key, a);
    // after the aliases: at one key, the first alias passing its rule wins (matcher.ts)
    for (const text of LONGER_NAMES) this.trie.add(normalizeKey(text), { key: normalizeKey(text), entity: BLOCKER, text });
    this.trie.freeze();
  }

  entity(id: string): EntityView | undefined {
    return this.entities.get(id);
  }
}
