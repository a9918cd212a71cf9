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
  /** names only (for the popup's list): a card's full data is fetched when it opens */
  names: Record<string, { ja: string; en?: string }>;
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
  // stored after answering: the reader does not wait for the write
  if (cache && missing.length) void cache.putMany(missing.map((i, k) => ({ hash: hashes[i]!, result: fresh[k]! })));
  const original = results.map((r, i) => toOriginal(norms[i]!, r));
  const annotations = assemble(blocks, original, kb, published ? { published } : {});
  const names: Record<string, { ja: string; en?: string }> = {};
  for (const m of annotations.mentions) names[m.entity] ??= kb.entity(m.entity)!.names;
  for (const c of annotations.corrections) names[c.claim] ??= c.note ? (kb.entity(c.note.entity)?.names ?? { ja: c.text }) : { ja: kb.claims.get(c.claim)!.claim.ja };
  // later facts travel with the card data, not with every page answer
  return { ok: true, version: kb.kb.version, annotations: { ...annotations, later: {} }, names, cached: blocks.length - missing.length };
}

/** One card's data, asked for when the card opens. */
export function cardData(kb: KbIndex, ref: { entity?: string; claim?: string }): { entity?: EntityView; claim?: ClaimCard } | undefined {
  if (ref.entity) {
    const entity = kb.entity(ref.entity);
    return entity ? { entity } : undefined;
  }
  const c = ref.claim ? kb.claims.get(ref.claim) : undefined;
  if (!c) return undefined;
  const { patterns: _p, ...claim } = c;
  return { claim };
}
