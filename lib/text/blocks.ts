/**
 * An extracted text's blocks: one non-blank line = one paragraph, the unit the engine
 * annotates and the cache stores. Kept apart from the engine so the content script's
 * reader can split a page without bundling the matcher.
 */

export interface Block {
  /** offset of the block's first character in the whole text */
  start: number;
  text: string;
}

/** A span of a text, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

/** The non-empty lines of a text (split at \n), as ranges, one at a time: the one definition of a line. */
export function* lines(text: string): Generator<Range> {
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) yield { start, end };
    start = end + 1;
  }
}

/** The non-empty lines of a text (./lines). */
export function lineRanges(text: string): Range[] {
  return [...lines(text)];
}

/**
 * The non-blank lines of a text, with their offsets, one at a time: a caller that works
 * in time slices (the content script's scan of a long page) splits as it goes.
 */
export function* blocksOf(text: string): Generator<Block> {
  for (const { start, end } of lines(text)) {
    const line = text.slice(start, end);
    if (line.trim() !== '') yield { start, text: line };
  }
}

/** The non-blank lines of a text, with their offsets. */
export function splitBlocks(text: string): Block[] {
  return [...blocksOf(text)];
}
