/**
 * Serves one page's annotate request: cached blocks come from IndexedDB, the rest go to
 * the tokenizer host; the answer carries the card data for what was found.
 */
import { assemble, toOriginal, type Block, type BlockResult } from '../../lib/annotate';
import type { KbIndex } from '../../lib/kb/index';
import type { ClaimCard, EntityView, MatchEntity } from '../../lib/kb/types';
import { rankCard, rankKb, type RankedCard, type RankKb } from '../../lib/rank';
import { MAX_CORRECTIONS_PER_BLOCK, MAX_HOST_BLOCK_CHARS, MAX_MENTIONS_PER_BLOCK } from '../shared/limits';
import { normalizeText } from '../../lib/text/normalize';
import type { PageAnswer } from '../shared/protocol';
import { OverBudget } from './budget';
import { sha256Hex, type BlockCache } from './cache';
import type { TokenizerHost } from './host';

/** What annotatePage needs of the tokenizer host (the tab's turn at it, ./fair-host.ts). */
export type Tokenize = Pick<TokenizerHost, 'annotate'>;

export type { PageAnswer };

/** What one request may cost, and where its results may be kept. */
export interface RequestPolicy {
  /** charges the characters the cache did not have; false: over budget, nothing tokenised */
  charge?: (chars: number) => boolean;
  /** false for a private window: results stay in memory only */
  persist?: boolean;
}

/** A block's result within the per-block caps (a page repeating a name gains nothing from more). */
export function capResult(r: BlockResult): BlockResult {
  if (r.mentions.length <= MAX_MENTIONS_PER_BLOCK && r.corrections.length <= MAX_CORRECTIONS_PER_BLOCK) return r;
  return { mentions: r.mentions.slice(0, MAX_MENTIONS_PER_BLOCK), corrections: r.corrections.slice(0, MAX_CORRECTIONS_PER_BLOCK) };
}

/**
 * The answer for blocks none of which may name anything: given without the dataset (so
 * without its version, which only marks need), the cache or the tokenizer.
 */
export function nothingFound(): PageAnswer {
  return { ok: true, version: '', annotations: { mentions: [], corrections: [] }, names: {}, cached: 0 };
}

export async function annotatePage(
  blocks: Block[],
  published: string | undefined,
  kb: KbIndex<MatchEntity>,
  /** the whole dataset if read by the time the blocks are assembled (./kb-store.ts); without it the answer has no update notes and says so */
  fullNow: () => KbIndex | undefined,
  host: Tokenize,
  cache: BlockCache | undefined,
  policy: RequestPolicy = {},
): Promise<PageAnswer> {
  const t0 = performance.now();
  const norms = blocks.map((b) => normalizeText(b.text));
  // the tokenizer host accepts blocks up to MAX_HOST_BLOCK_CHARS (NFKC may lengthen a block)
  const texts = norms.map((n) => n.nfkc.slice(0, MAX_HOST_BLOCK_CHARS));
  const hashes = await Promise.all(texts.map((t) => sha256Hex(t)));
  const t1 = performance.now();
  const cached = cache ? await cache.getMany(hashes) : hashes.map(() => undefined);
  const t2 = performance.now();
  const missing = cached.flatMap((r, i) => (r ? [] : [i]));
  const chars = missing.reduce((n, i) => n + texts[i]!.length, 0);
  if (missing.length && policy.charge && !policy.charge(chars)) throw new OverBudget('over budget');
  const fresh = missing.length ? (await host.annotate(missing.map((i) => texts[i]!))).map(capResult) : [];
  const t3 = performance.now();
  const results: BlockResult[] = cached.slice() as BlockResult[];
  missing.forEach((i, k) => {
    results[i] = fresh[k]!;
  });
  // stored after answering: the reader does not wait for the write
  if (cache && missing.length)
    void cache.putMany(
      missing.map((i, k) => ({ hash: hashes[i]!, result: fresh[k]! })),
      policy.persist ?? true,
    );
  const original = results.map((r, i) => toOriginal(norms[i]!, r));
  const full = fullNow();
  const annotations = assemble(blocks, original, full, published ? { published } : {});
  const names: Record<string, { ja: string; en?: string }> = {};
  for (const m of annotations.mentions) names[m.entity] ??= kb.entity(m.entity)!.names;
  for (const c of annotations.corrections)
    names[c.claim] ??= c.note ? (kb.entity(c.note.entity)?.names ?? { ja: c.text }) : { ja: kb.claims.get(c.claim)!.claim.ja };
  // facts (and later ones) travel with the card data, ranked for the article, not with every page answer
  const timings = { readyMs: 0, hashMs: t1 - t0, cacheMs: t2 - t1, hostMs: t3 - t2, assembleMs: performance.now() - t3, totalMs: 0 };
  return {
    ok: true,
    version: kb.kb.version,
    annotations,
    names,
    cached: blocks.length - missing.length,
    timings,
    ...(full ? {} : { updatesPending: true as const }),
  };
}

const rankKbs = new WeakMap<KbIndex, RankKb>();

/** One card's data, asked for when the card opens: an entity's facts come ranked for the article. */
export function cardData(
  kb: KbIndex,
  ref: { entity?: string; claim?: string; published?: string | undefined; mentions?: [string, number][] | undefined },
): { entity?: EntityView; claim?: ClaimCard; ranked?: RankedCard } | undefined {
  if (ref.entity) {
    const entity = kb.entity(ref.entity);
    if (!entity) return undefined;
    let rk = rankKbs.get(kb);
    if (!rk) rankKbs.set(kb, (rk = rankKb(kb)));
    const ranked = rankCard(rk, entity.id, { ...(ref.published ? { published: ref.published } : {}), mentions: ref.mentions ?? [] });
    return { entity, ...(ranked ? { ranked } : {}) };
  }
  const c = ref.claim ? kb.claims.get(ref.claim) : undefined;
  if (!c) return undefined;
  const { patterns: _p, ...claim } = c;
  return { claim };
}
