/**
 * The sending side of the limits (lib/limits.ts): a long line is split into blocks of
 * at most MAX_BLOCK_CHARS (at a sentence end or a space near the limit where there is
 * one), and a page's blocks go to the background in parts of at most
 * MAX_REQUEST_BLOCKS blocks and MAX_REQUEST_CHARS characters, asked one after another.
 * Their answers are joined into one: offsets are in the page's text, so parts never clash.
 *
 * A page longer than its first screen (FIRST_REQUEST_CHARS) asks for that first, to be
 * marked at once, and then for the whole page as above. The whole-page answer is the
 * one kept: the first screen's blocks are cache hits by then, and the answer is the
 * same as if the first screen had never been asked apart (a family name + title is
 * resolved against the whole document, a headline reads its lead).
 */
import type { Block } from '../../lib/text/blocks';
import { FIRST_REQUEST_CHARS, MAX_BLOCK_CHARS, MAX_REQUEST_BLOCKS, MAX_REQUEST_CHARS } from '../shared/limits';
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
 * The page's leading blocks within `maxChars` (at least its first block), or undefined
 * when they are the whole page: then there is no first screen to ask apart.
 */
export function firstScreen(blocks: Block[], maxChars = FIRST_REQUEST_CHARS): Block[] | undefined {
  const all = blocks.flatMap((x) => splitLong(x));
  let chars = 0;
  let n = 0;
  while (n < all.length && (n === 0 || chars + all[n]!.text.length <= maxChars)) chars += all[n++]!.text.length;
  return n < all.length ? all.slice(0, n) : undefined;
}

/**
 * Asks for a page's blocks: its first screen, then the whole page in parts (above). A
 * failure of the first request is the answer; a later part refused (the tab over its
 * tokenizer budget) leaves the parts answered so far, which are marked. `partial` gets
 * the first screen's answer as soon as it is in, while the whole page is asked for (it
 * is not awaited: the marks go up while the rest is tokenised).
 */
export async function annotateInParts(
  send: Send<ContentToBackground>,
  blocks: Block[],
  published: string | undefined,
  partial?: (firstScreen: PageAnswer) => void,
  /** every part answered from the whole dataset, update notes included (PageAnswer.updatesPending) */
  complete?: true,
): Promise<PageAnswer | Failure | undefined> {
  const ask = (part: Block[]) => send({ type: 'annotate', blocks: part, ...(published ? { published } : {}), ...(complete ? { complete } : {}) });
  const first = firstScreen(blocks);
  let firstAnswer: PageAnswer | undefined;
  if (first) {
    const answer = await ask(first);
    if (!answer?.ok) return answer;
    firstAnswer = answer;
  }
  let joined: PageAnswer | undefined;
  for (const [i, part] of chunkBlocks(blocks).entries()) {
    const pending = ask(part);
    if (i === 0 && firstAnswer) partial?.(firstAnswer);
    const answer = await pending;
    // refused (over budget): what was answered is the answer, the first screen at least
    if (!answer?.ok) return joined ?? firstAnswer ?? answer;
    joined = joined
      ? {
          ...answer,
          annotations: {
            mentions: [...joined.annotations.mentions, ...answer.annotations.mentions],
            corrections: [...joined.annotations.corrections, ...answer.annotations.corrections],
          },
          names: { ...joined.names, ...answer.names },
          cached: joined.cached + answer.cached,
          // a part answered without its update notes leaves the whole without them
          ...(joined.updatesPending || answer.updatesPending ? { updatesPending: true as const } : {}),
        }
      : answer;
  }
  return joined;
}
