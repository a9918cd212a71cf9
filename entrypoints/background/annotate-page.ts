/**
 * Serves one page's annotate request: cached blocks come from IndexedDB, the rest go to
 * the tokenizer host; the answer carries the card data for what was found.
 */
import { assemble, toOriginal, type Annotations, type Block, type BlockResult } from '../../lib/annotate';
import type { KbIndex } from '../../lib/kb/index';
import type { ClaimCard, EntityView } from '../../lib/kb/types';
import { normalizeText } from '../../lib/text/normalize';
import { sha256Hex, type BlockCache } from './cache';
import type { TokenizerHost } from './host';

export interface PageAnswer {
  ok: true;
  version: string;
  annotations: Annotations;
  entities: Record<string, EntityView>;
  claims: Record<string, ClaimCard>;
  /** how many blocks came from the cache, for the bench and the popup */
  cached: number;
}

export async function annotatePage(
  blocks: Block[],
  published: string | undefined,
  kb: KbIndex,
  host: TokenizerHost,
  cache: BlockCache | undefined,
): Promise<PageAnswer> {
  const norms = blocks.map((b) => normalizeText(b.text));
  const hashes = await Promise.all(norms.map((n) => sha256Hex(n.nfkc)));
  const cached = cache ? await cache.getMany(hashes) : hashes.map(() => undefined);
  const missing = cached.flatMap((r, i) => (r ? [] : [i]));
  const fresh = missing.length ? await host.annotate(missing.map((i) => norms[i]!.nfkc)) : [];
  const results: BlockResult[] = cached.slice() as BlockResult[];
  missing.forEach((i, k) => {
    results[i] = fresh[k]!;
  });
  if (cache && missing.length) await cache.putMany(missing.map((i, k) => ({ hash: hashes[i]!, result: fresh[k]! })));
  const original = results.map((r, i) => toOriginal(norms[i]!, r));
  const annotations = assemble(blocks, original, kb, published ? { published } : {});
  const entities: Record<string, EntityView> = {};
  for (const m of annotations.mentions) entities[m.entity] ??= kb.entity(m.entity)!;
  const claims: Record<string, ClaimCard> = {};
  for (const c of annotations.corrections) {
    const { patterns: _p, ...card } = kb.claims.get(c.claim)!;
    claims[c.claim] = card;
    for (const id of card.about) if (kb.entity(id)) entities[id] ??= kb.entity(id)!;
  }
  return { ok: true, version: kb.kb.version, annotations, entities, claims, cached: blocks.length - missing.length };
}
