/**
 * The marks (highlights, the Preact card, hover, keyboard and taps: ./marks.ts) are
 * reader-marks.js (entrypoints/reader-marks.ts), loaded by the reader only once an answer
 * has something to mark (./bundle.ts), so a page without a mention never evaluates them.
 */
import type { Marks, MarksContext } from './handoff';
import { bundle } from './bundle';

type MakeMarks = (ctx: MarksContext) => Marks;

/** The marks' bundle, as packaged (wxt.config.ts lists it as web-accessible). */
export const MARKS_BUNDLE = '/reader-marks.js';
const marks = bundle<MakeMarks>(MARKS_BUNDLE, '__chushakuMakeMarks');

/** Called by the marks' bundle when it runs. */
export const provideMarks = marks.provide;
/** The marks' factory, loading its bundle on the first call. */
export const loadMarks = marks.load;
