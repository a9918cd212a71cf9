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

/** The non-empty lines of a text (split at \n), as ranges: the one definition of a line. */
export function lineRanges(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** The non-blank lines of a text, with their offsets. */
export function splitBlocks(text: string): Block[] {
  return lineRanges(text).flatMap(({ start, end }) => {
    const line = text.slice(start, end);
    return line.trim() === '' ? [] : [{ start, text: line }];
  });
}
