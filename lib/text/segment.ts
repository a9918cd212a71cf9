/**
 * Sentence and paragraph ranges of a text, for context rules and claim patterns.
 * A sentence ends after 。！？!? (and a closing bracket right after one) or at a line
 * break; a paragraph is one line (HTML extraction puts one block per line).
 */
import { lineRanges, type Range } from './blocks';

export type { Range };

/** By UTF-16 unit, so the scan reads no one-character strings (it runs over every block, twice). */
const unitSet = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const SENTENCE_END = unitSet('。！？!?');
const CLOSERS = unitSet('」』）)】"”');

export function sentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  const push = (end: number) => {
    if (end > start) out.push({ start, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      push(i);
      start = i + 1;
    } else if (SENTENCE_END.has(c)) {
      let j = i + 1;
      while (j < text.length && CLOSERS.has(text.charCodeAt(j))) j++;
      push(j);
      i = j - 1;
    }
  }
  push(text.length);
  return out;
}

/** A paragraph is one line (HTML extraction puts one block per line). */
export const paragraphs = lineRanges;

/** Index of the range containing `pos` (ranges sorted, non-overlapping), or -1. */
export function rangeAt(ranges: Range[], pos: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (pos < r.start) hi = mid - 1;
    else if (pos >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
