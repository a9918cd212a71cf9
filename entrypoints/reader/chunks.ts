/**
 * The sending side of the limits (lib/limits.ts): a long line is split into blocks of
 * at most MAX_BLOCK_CHARS (at a sentence end or a space near the limit where there is
 * one), and a page's candidate blocks go to the background in parts of at most
 * MAX_REQUEST_BLOCKS blocks and MAX_REQUEST_CHARS characters, asked one after another.
 * Their answers are joined into one: offsets are in the page's text, so parts never clash.
 */
import type { Block } from '../../lib/text/blocks';
import { MAX_BLOCK_CHARS, MAX_REQUEST_BLOCKS, MAX_REQUEST_CHARS } from '../shared/limits';
import type { ContentToBackground, Failure, PageAnswer, Send } from '../shared/protocol';

/** Sentence ends and spaces a long line is preferably cut after. */
const BREAK = /[。．！？!?\s]/;
/** How far back from the limit a cut looks for a break (a sentence is rarely longer). */
const BREAK_WINDOW = 400;

/** A block cut into pieces of at most `max` characters, never inside a surrogate pair. */
export function splitLong(b: Block, max = MAX_BLOCK_CHARS): Block[] {
  if (b.text.length <= max) return [b];
  const out: Block[] = [];
  let from = 0;
  while (b.text.length - from > max) {
    let cut = from + max;
    for (let i = cut; i > cut - BREAK_WINDOW && i > from; i--) {
      if (BREAK.test(b.text[i - 1]!)) {
        cut = i;
        break;
      }
    }
    const code = b.text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--; // keep a surrogate pair together
    out.push({ start: b.start + from, text: b.text.slice(from, cut) });
    from = cut;
  }
  out.push({ start: b.start + from, text: b.text.slice(from) });
  return out;
}

/** Blocks grouped into requests within the request limits. */
export function chunkBlocks(blocks: Block[], maxBlocks = MAX_REQUEST_BLOCKS, maxChars = MAX_REQUEST_CHARS): Block[][] {
  const parts: Block[][] = [];
  let part: Block[] = [];
  let chars = 0;
  for (const b of blocks.flatMap((x) => splitLong(x))) {
    if (part.length && (part.length >= maxBlocks || chars + b.text.length > maxChars)) {
      parts.push(part);
      part = [];
      chars = 0;
    }
    part.push(b);
    chars += b.text.length;
  }
  if (part.length) parts.push(part);
  return parts;
}

/**
 * Asks for a page's blocks in parts. A failure of the first part is the answer; a later
 * part refused (the tab over its tokenizer budget) leaves the parts answered so far,
 * which are marked.
 */
export async function annotateInParts(
  send: Send<ContentToBackground>,
  blocks: Block[],
  published: string | undefined,
): Promise<PageAnswer | Failure | undefined> {
  let joined: PageAnswer | undefined;
  for (const part of chunkBlocks(blocks)) {
    const answer = await send({ type: 'annotate', blocks: part, ...(published ? { published } : {}) });
    if (!answer?.ok) return joined ?? answer;
    joined = joined
      ? {
          ...answer,
          annotations: {
            mentions: [...joined.annotations.mentions, ...answer.annotations.mentions],
            corrections: [...joined.annotations.corrections, ...answer.annotations.corrections],
          },
          names: { ...joined.names, ...answer.names },
          cached: joined.cached + answer.cached,
        }
      : answer;
  }
  return joined;
}
