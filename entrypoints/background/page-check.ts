/**
 * The dataset's prefilter (lib/match/prefilter.ts, compiled at build time), run here
 * rather than in every news page, twice:
 * - the page's first look: a content script sends its page's text with its hello
 *   (entrypoints/reader/starter.ts), and the prefilter says whether it may name anything.
 *   Only then does the page make its reader, so a page with no mention never runs the
 *   article finder or the reader (npm run bench, noMentionMs);
 * - the reader's blocks: it sends the article's blocks as they are, and only those that
 *   may name something go on to the cache and the tokenizer. The same scan in the page
 *   took 18–30 ms of a warm 10 000-character article's path to its first marks (cold
 *   code in a fresh page, and the 100 kB table sent with the hello's answer); here the
 *   code is warm: ~2 ms (npm run bench, BENCH_PHASES=1, 2026-12-01).
 *
 * The text is the page's, so hostile: its length is bounded by the messages' schemas
 * (MAX_PAGE_CHECK_CHARS, MAX_REQUEST_CHARS: ../shared/messages.ts) and again here, the
 * blocks' scan time is charged to the tab's time bucket (scanBlocks, below), and nothing
 * of the text is kept once the answer is given.
 */
import { Prefilter, type PrefilterData } from '../../lib/match/prefilter';
import { MAX_PAGE_CHECK_CHARS } from '../shared/limits';
import type { TabBudget } from './budget';

/**
 * Matches the empty string: run once after a scan, it leaves the empty string in
 * RegExp's legacy statics (RegExp.input, lastMatch, $1…), which otherwise hold the last
 * string any regular expression matched, here the page's text in its key form.
 */
const FORGET = /^/;

export interface PageCheck {
  /**
   * Whether a page's text may name something in the dataset; a page sending no text (one
   * the text cannot vouch for, e.g. longer than the bound) may.
   */
  page(text: string | undefined): boolean;
  /** The blocks that may name something, in their order. */
  blocks<B extends { text: string }>(blocks: readonly B[]): B[];
}

/**
 * The prefilter is built on the first text (~2–5 ms: its regular expression) and kept: it
 * holds the dataset's keys, not a page's.
 */
export function pageCheck(data: () => PrefilterData): PageCheck {
  let prefilter: Prefilter | undefined;
  const may = (text: string) => {
    prefilter ??= new Prefilter(data());
    return prefilter.mayContain(text);
  };
  return {
    page(text) {
      if (text === undefined || text.length > MAX_PAGE_CHECK_CHARS) return true;
      const found = may(text);
      FORGET.exec('');
      return found;
    },
    blocks(blocks) {
      if (!blocks.length) return [];
      const kept = blocks.filter((b) => may(b.text));
      FORGET.exec('');
      return kept;
    },
  };
}

/**
 * A tab's blocks that may name something, the scan's time charged to the tab's budget
 * (the scan takes the thread the tokenizer shares); undefined, and nothing scanned, when
 * the tab's time is spent.
 */
export function scanBlocks<B extends { text: string }>(
  check: PageCheck,
  budget: Pick<TabBudget, 'hasTime' | 'record'>,
  tabId: number,
  blocks: readonly B[],
  now: () => number = () => performance.now(),
): B[] | undefined {
  if (!budget.hasTime(tabId)) return undefined;
  const from = now();
  const kept = check.blocks(blocks);
  budget.record(tabId, 0, now() - from);
  return kept;
}
