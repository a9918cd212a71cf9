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

/** The non-blank lines of a text, with their offsets. */
export function splitBlocks(text: string): Block[] {
  const out: Block[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i > start && text.slice(start, i).trim() !== '') out.push({ start, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}
