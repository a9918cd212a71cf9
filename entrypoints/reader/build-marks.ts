/**
 * Building a page's marks from an answer: a range over each span the answer names (only
 * where the page still holds the text as it was read), sorted, with the hit-test index
 * and the highlights' static copies. The work is a generator that yields every few
 * marks, run in slices of at most MAX_SLICE_MS (`inSlices`), so a page with thousands of
 * marks never makes a long task. The page's DOM is never changed.
 */
import { domSpan, PositionIndex, toRange, type DomSpan } from '../../lib/dom/ranges';
import { sectionStartsInSteps } from '../../lib/dom/sections';
import { firstPerSection } from '../../lib/match/density';
import type { TextSegment } from '../../lib/dom/extract';
import type { MarkKind } from '../../lib/kb/vocabulary';
import type { UpdateNote } from '../../lib/updates/types';
import { MAX_MARKS_PER_PAGE, MAX_SLICE_MS } from '../shared/timing';
import type { PageAnswer } from './handoff';
import { frozen } from './highlights';

export interface Mark {
  id: number;
  start: number;
  end: number;
  /** private: the highlight registry, which the page shares, gets static copies */
  range: Range;
  /** the text as it was when marked: what the popup lists, and what the range must still hold for a card to open */
  text: string;
  /** the text nodes and offsets the range was made from (for the hit-test index) */
  span: DomSpan;
  category: MarkKind;
  entity?: string;
  claim?: string;
  /** an update note (figure, plan, suspicion): its card is its entity's, with the note */
  note?: UpdateNote;
}

/** Built marks, ready to be put in place. */
export interface BuiltMarks {
  marks: Mark[];
  /** text position → mark id, for hit tests */
  index: PositionIndex;
  /** static copies of the ranges (./highlights.ts `frozen`), per category */
  byCategory: Map<MarkKind, AbstractRange[]>;
}

type Ref = { entity?: string; claim?: string; note?: UpdateNote };

/**
 * The marks for an answer over the text read, in steps. `markEvery` false: the first
 * mention of each entity per section only (mark density). Corrections come first: if a
 * huge page hits MAX_MARKS_PER_PAGE, they are what matters most.
 */
export function* buildMarks(doc: Document, answer: PageAnswer | undefined, segments: TextSegment[], markEvery: boolean): Generator<void, BuiltMarks> {
  const marks: Mark[] = [];
  const add = (start: number, end: number, text: string, category: MarkKind, ref: Ref) => {
    if (marks.length >= MAX_MARKS_PER_PAGE) return;
    const span = domSpan(segments, start, end);
    if (!span || !span.startNode.isConnected || !span.endNode.isConnected) return;
    const range = toRange(doc, span);
    // the page may have changed while the answer was on its way: mark only what is
    // still there as it was read; the reader's observer schedules a pass for the rest
    if (range.toString() !== text) return;
    marks.push({ id: marks.length, start, end, range, text, span, category, ...ref });
  };
  const found = answer?.annotations.mentions ?? [];
  const corrections = answer?.annotations.corrections ?? [];
  const keep = markEvery ? undefined : firstPerSection(found, yield* sectionStartsInSteps(segments));
  yield;
  // read in place, not copied into a list first: a long page's answer holds tens of thousands of mentions
  for (let i = 0; i < corrections.length && marks.length < MAX_MARKS_PER_PAGE; i++) {
    const c = corrections[i]!;
    add(c.start, c.end, c.text, 'correction', c.note ? { claim: c.claim, note: c.note } : { claim: c.claim });
    if ((i & 15) === 15) yield;
  }
  for (let i = 0, tried = 0; i < found.length && marks.length < MAX_MARKS_PER_PAGE; i++) {
    if (keep && !keep[i]) continue;
    const m = found[i]!;
    add(m.start, m.end, m.text, m.category as MarkKind, { entity: m.entity });
    if ((++tried & 15) === 15) yield;
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  marks.forEach((m, i) => (m.id = i));
  yield;
  const index = new PositionIndex();
  const byCategory = new Map<MarkKind, AbstractRange[]>();
  for (const m of marks) {
    index.add(m.id, m.span, segments);
    const copy = frozen(m.range);
    const list = byCategory.get(m.category);
    if (list) list.push(copy);
    else byCategory.set(m.category, [copy]);
    if ((m.id & 31) === 31) yield;
  }
  return { marks, index, byCategory };
}

/**
 * Runs a stepped job in slices: each call runs steps until the job is done (its result)
 * or `maxMs` has passed (undefined: call again later, after yielding to the page).
 */
export function inSlices<R>(job: Generator<void, R>, maxMs = MAX_SLICE_MS, now: () => number = () => performance.now()): () => R | undefined {
  return () => {
    const t0 = now();
    for (;;) {
      const r = job.next();
      if (r.done) return r.value;
      if (now() - t0 > maxMs) return undefined;
    }
  };
}
