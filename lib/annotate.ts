/**
 * The engine's front door: text in, mentions and corrections out.
 *
 * An article is annotated block by block (one line of extracted text = one paragraph).
 * A block's result is a pure function of its NFKC form, with offsets into that form,
 * so it can be cached under a hash of the normalised text and reused on any page that
 * repeats it (whatever its width variants); `toOriginal` maps it back to the page's
 * own text. Document-wide rules (family name + title forms) run after assembly.
 */
import { findCorrections, type Correction } from './claims/match';
import { prepareDoc } from './text/doc';
import type { KbIndex } from './kb/index';
import type { MatchEntity } from './kb/types';
import { findMentions, resolveDerived, type Mention } from './match/matcher';
import { splitBlocks, type Block } from './text/blocks';
import { nfkcLayer, normalizeText, type NormText } from './text/normalize';
import type { Tokenizer } from './tokenize/types';
import { findUpdates } from './updates/find';

export interface AnnotateOptions {
  /** the article's publication date (YYYY-MM-DD); facts after it are the card's business (lib/rank) */
  published?: string;
}

/** One block's result, offsets relative to the block; derived mentions unresolved. */
export interface BlockResult {
  mentions: Mention[];
  corrections: Correction[];
}

export interface Annotations {
  mentions: Mention[];
  corrections: Correction[];
}

export { splitBlocks, type Block };

/** Annotates one block given in NFKC form (`normalizeText(block).nfkc`); `norm`: `normalizeText(nfkc)` if already at hand. */
export function annotateBlock(nfkc: string, kb: KbIndex<MatchEntity>, tokenizer: Tokenizer, norm?: NormText): BlockResult {
  const doc = prepareDoc(nfkc, tokenizer, norm);
  return { mentions: findMentions(doc, kb), corrections: findCorrections(doc, kb) };
}

/** Maps a block result from NFKC offsets back to the block's original text. */
export function toOriginal(norm: NormText, r: BlockResult): BlockResult {
  const map = <T extends { start: number; end: number; text: string }>(x: T): T => {
    const start = norm.nfkcStart[x.start] ?? norm.orig.length;
    const end = x.end > 0 ? norm.nfkcEnd[x.end - 1]! : 0;
    return { ...x, start, end, text: norm.orig.slice(start, end) };
  };
  return { mentions: r.mentions.map(map), corrections: r.corrections.map(map) };
}

/**
 * Shifts block results to document offsets and applies document-wide rules. `kb`: the
 * whole dataset, for the update notes (they compare the article with the entries' facts);
 * undefined while only the matching half is at hand (the extension's background before
 * its cards half is read): no update notes then.
 */
export function assemble(blocks: Block[], results: BlockResult[], kb: KbIndex | undefined, opts: AnnotateOptions = {}): Annotations {
  const mentions: Mention[] = [];
  const corrections: Correction[] = [];
  blocks.forEach((b, i) => {
    const r = results[i]!;
    for (const m of r.mentions) mentions.push({ ...m, start: m.start + b.start, end: m.end + b.start });
    for (const c of r.corrections) corrections.push({ ...c, start: c.start + b.start, end: c.end + b.start });
  });
  const resolved = resolveDerived(mentions, blocks.map((b) => b.text).join('\n'));
  if (kb) corrections.push(...updateCorrections(blocks, resolved, kb, opts.published));
  corrections.sort((a, b) => a.start - b.start);
  return { mentions: resolved, corrections };
}

/** Update notes (figures, plans, suspicions) as corrections; they need the article's date, so run here. */
function updateCorrections(blocks: Block[], mentions: Mention[], kb: KbIndex, published: string | undefined): Correction[] {
  const out: Correction[] = [];
  let k = 0;
  const perBlock = blocks.map((b) => {
    const end = b.start + b.text.length;
    const inBlock: Mention[] = [];
    while (k < mentions.length && mentions[k]!.start < end) {
      const m = mentions[k++]!;
      if (m.start >= b.start) inBlock.push({ ...m, start: m.start - b.start, end: m.end - b.start });
    }
    return inBlock;
  });
  blocks.forEach((b, i) => {
    // a headline naming no entity is about what its lead names
    const own = perBlock[i]!;
    const inherited = own.length || i > 0 ? [] : (perBlock[1] ?? []);
    for (const h of findUpdates(b.text, own, kb, published, inherited)) {
      out.push({
        start: h.start + b.start,
        end: h.end + b.start,
        text: h.note.said,
        claim: `update:${h.note.entity}`,
        verdict: h.note.verdict ?? 'updated-since',
        kind: h.note.kind,
        note: h.note,
      });
    }
  });
  return out;
}

export function annotate(text: string, kb: KbIndex, tokenizer: Tokenizer, opts: AnnotateOptions = {}): Annotations {
  const blocks = splitBlocks(text);
  const results = blocks.map((b) => {
    const norm = normalizeText(b.text);
    // normalised once: a block NFKC leaves as it is is its own NFKC layer; any other's is derived
    return toOriginal(norm, annotateBlock(norm.nfkc, kb, tokenizer, norm.nfkc === b.text ? norm : nfkcLayer(norm)));
  });
  return assemble(blocks, results, kb, opts);
}
