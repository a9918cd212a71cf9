/**
 * The page's first look, done here rather than in every news page: a content script
 * sends its page's text with its hello (entrypoints/reader/index.ts), and the prefilter
 * of the dataset's alias keys (lib/match/prefilter.ts, compiled at build time) says
 * whether it may name anything. Only then does the page load its reader, so a page with
 * no mention never evaluates the prefilter's table, the article finder or the reader
 * (npm run bench, noMentionMs).
 *
 * The text is the page's, so hostile: its length is bounded by the message's schema
 * (MAX_PAGE_CHECK_CHARS, lib/messages.ts) and again here, and nothing of it is kept once
 * the answer is given.
 */
import { Prefilter, type PrefilterData } from '../../lib/match/prefilter';
import { MAX_PAGE_CHECK_CHARS } from '../shared/limits';

/**
 * Matches the empty string: run once after a scan, it leaves the empty string in
 * RegExp's legacy statics (RegExp.input, lastMatch, $1…), which otherwise hold the last
 * string any regular expression matched, here the page's text in its key form.
 */
const FORGET = /^/;

/**
 * Whether a page's text may name something in the dataset; a page sending no text (one
 * the text cannot vouch for, e.g. longer than the bound) may. The prefilter is built on
 * the first page that sends text (~2–5 ms: its regular expression) and kept: it holds
 * the dataset's keys, not a page's.
 */
export function pageCheck(data: () => PrefilterData): (text: string | undefined) => boolean {
  let prefilter: Prefilter | undefined;
  return (text) => {
    if (text === undefined || text.length > MAX_PAGE_CHECK_CHARS) return true;
    prefilter ??= new Prefilter(data());
    const found = prefilter.mayContain(text);
    FORGET.exec('');
    return found;
  };
}
