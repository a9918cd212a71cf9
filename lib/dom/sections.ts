/**
 * Where an article's sections begin: at each heading (h1–h6). Offsets are into the
 * extracted text (./extract.ts), for the mark density rule (lib/match/density.ts).
 */
import type { TextSegment } from './extract';

const HEADING = 'h1, h2, h3, h4, h5, h6';

export function sectionStarts(segments: readonly TextSegment[]): number[] {
  const starts: number[] = [];
  let last: Element | null = null;
  for (const s of segments) {
    const h = s.node.parentElement?.closest(HEADING) ?? null;
    if (h && h !== last) starts.push(s.start);
    last = h;
  }
  return starts;
}
