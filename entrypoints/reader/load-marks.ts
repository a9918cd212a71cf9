/**
 * The content script comes in two bundles. reader.js (entrypoints/reader) runs on every
 * news page: it reads the article, prefilters it and asks the background, nothing more.
 * The marks (highlights, the Preact card, hover, keyboard and taps: ./marks.ts) are
 * reader-marks.js (entrypoints/reader-marks.ts), loaded here only once an answer has
 * something to mark, so a page without a mention never evaluates them (npm run bench,
 * noMentionMs).
 *
 * Loaded with a dynamic import() of a web-accessible file rather than injected by the
 * background (scripting.executeScript): injection needs host permissions for the default
 * news sites, which the extension does not hold (the content script's matches do not
 * grant them), while a web-accessible file needs none. Chrome gives the file a URL that
 * changes every session (use_dynamic_url), so a page cannot probe for it to detect the
 * extension; Firefox's moz-extension:// addresses are random per install already. The
 * imported module runs in the content script's own world (Chrome and Firefox), where it
 * leaves its factory on the world's global object.
 */
import { browser } from '@wxt-dev/browser';
import type { Marks, MarksContext } from './handoff';

type MakeMarks = (ctx: MarksContext) => Marks;

/** The marks' bundle, as packaged (wxt.config.ts lists it as web-accessible). */
export const MARKS_BUNDLE = '/reader-marks.js';
const KEY = '__chushakuMakeMarks';
const world = globalThis as unknown as Record<string, MakeMarks | undefined>;

/** Called by the marks' bundle when it runs. */
export function provideMarks(make: MakeMarks): void {
  world[KEY] = make;
}

let loading: Promise<MakeMarks> | undefined;

/** The marks' factory, loading its bundle on the first call (a failed load is tried again on the next). */
export function loadMarks(): Promise<MakeMarks> {
  loading ??= (async () => {
    if (!world[KEY]) await import(/* @vite-ignore */ (browser.runtime.getURL as (p: string) => string)(MARKS_BUNDLE));
    const make = world[KEY];
    if (!make) throw new Error('the marks did not load');
    return make;
  })().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}
