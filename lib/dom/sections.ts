/**
 * Where an article's sections begin: at each heading (h1–h6). Offsets are into the
 * extracted text (./extract.ts), for the mark density rule (lib/match/density.ts).
 */
import type { TextSegment } from './extract';

const HEADING = 'h1, h2, h3, h4, h5, h6';

/** Segments looked at between two yields of `sectionStartsInSteps`. */
const STEP_SEGMENTS = 256;

/**
 * The same walk in steps: it yields every STEP_SEGMENTS segments, so the content script
 * can spread a long page's walk over slices (each segment asks `closest`, which on a
 * 1 MB page added up to a 80 ms task in one piece).
 */
export function* sectionStartsInSteps(segments: readonly TextSegment[]): Generator<void, number[]> {
  const starts: number[] = [];
  let last: Element | null = null;
  let lastParent: Element | null = null;
  for (let i = 0; i < segments.length; i++) {
    const parent = segments[i]!.node.parentElement;
    // consecutive text nodes of one element share its heading: look it up once
    const h: Element | null = parent === lastParent ? last : (parent?.closest(HEADING) ?? null);
    if (h && h !== last) starts.push(segments[i]!.start);
    last = h;
    lastParent = parent;
    if (i % STEP_SEGMENTS === STEP_SEGMENTS - 1) yield;
  }
  return starts;
}

export function sectionStarts(segments: readonly TextSegment[]): number[] {
  const steps = sectionStartsInSteps(segments);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
