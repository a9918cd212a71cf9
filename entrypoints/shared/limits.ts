/**
 * How much one page may ask of the extension, with the reason for each value. The page
 * is hostile: it may write megabytes of candidate text, rewrite it every few seconds,
 * or repeat one name thousands of times. These bounds hold on the sending side (the
 * content script splits what it sends) and on the receiving side (the schemas refuse
 * what exceeds them), so one tab can neither pin the shared tokenizer nor fill the cache.
 */

/**
 * Longest block sent: a longer line is split (at a sentence end where one is near).
 * News paragraphs are a few hundred characters; 2 000 keeps a sentence whole and one
 * block's tokenizing under ~0.1 s on a slow machine.
 */
export const MAX_BLOCK_CHARS = 2_000;
/**
 * Most characters in one annotate request (summed over its blocks). A long article is
 * 10–30 k characters and goes in one; a longer page is sent in parts of this size, each
 * answered alone (and charged to the tab's budget, below).
 */
export const MAX_REQUEST_CHARS = 50_000;
/**
 * The first request's characters: about a screenful of an article (a desktop column of
 * ~40 characters by ~40 lines; less on a phone), sent alone so the first marks wait for
 * a screen's tokenizing rather than the whole article's (an 11 000-character article took
 * 65–135 ms warm, and far longer on a cold tokenizer, before its first mark; npm run
 * bench, 2026-11-30). The rest follows in the next request and the marks are re-applied.
 */
export const FIRST_REQUEST_CHARS = 2_000;
/**
 * Longest page text a content script's first look sends the background to prefilter
 * (`hello`'s `text`: the page's body text, at DOMContentLoaded and when it changes). The
 * body's text with its inline scripts was 3–59 k characters on the ten real news pages
 * in ../shared/pages; one scan of 100 000 characters took 20–30 ms in Node on a loaded
 * machine, the background's thread that every tab's messages need. Longer text is not
 * sent: the page loads its reader, which reads only the article and sends its blocks,
 * which the background scans (entrypoints/background/page-check.ts).
 */
export const MAX_PAGE_CHECK_CHARS = 100_000;
/** Most blocks in one request; a page with more blocks is sent in parts. */
export const MAX_REQUEST_BLOCKS = 1_000;
/**
 * NFKC may lengthen a block (one ㌀ becomes four characters): the normalised text the
 * tokenizer host accepts is bounded by this factor over the sent block.
 */
export const NFKC_GROWTH = 4;
/** Longest normalised block the tokenizer host accepts (see NFKC_GROWTH). */
export const MAX_HOST_BLOCK_CHARS = MAX_BLOCK_CHARS * NFKC_GROWTH;
/**
 * Most mentions kept per block. A real paragraph names a handful; a page repeating one
 * name thousands of times gains nothing from more marks, only larger answers and cache rows.
 */
export const MAX_MENTIONS_PER_BLOCK = 60;
/** Most corrections kept per block (a paragraph holds a few sentences). */
export const MAX_CORRECTIONS_PER_BLOCK = 20;
/**
 * Per-tab tokenizer budget, in characters not found in the cache: a bucket of this size
 * that refills at TAB_BUDGET_REFILL_PER_S. The longest real articles (under 200 000
 * characters, the old per-request bound) fit in one go; a page that keeps writing new
 * text is then served ~2 000 new characters a second (~0.1–0.25 s of tokenizer time per
 * second on a slow machine). Tabs take turns meanwhile (HOST_BATCH_CHARS).
 */
export const TAB_BUDGET_CHARS = 200_000;
export const TAB_BUDGET_REFILL_PER_S = 2_000;
/**
 * Per-tab tokenizer time, in ms: a bucket of this size that refills at
 * TAB_BUDGET_TOKENIZER_REFILL_MS_PER_S, charged with the time a tab's batches took. The
 * character budget alone let a flood of slow text hold the tokenizer 14 s in 22 s (60 ms per
 * 1 000 characters; the flood test). 200 000 characters of an article take ~1–2 s even
 * cold on a loaded machine, so 5 s never stops a real page; past it a tab gets a quarter
 * of the tokenizer's time, and the core it was using is left to other tabs.
 */
export const TAB_BUDGET_TOKENIZER_MS = 5_000;
export const TAB_BUDGET_TOKENIZER_REFILL_MS_PER_S = 250;
/**
 * Characters per call to the tokenizer host. Tabs take turns batch by batch
 * (entrypoints/background/fair-host.ts), so another tab waits at most about one batch
 * per turn behind a page that sends a lot. Tokenising runs at ~4 ms per 1 000 characters
 * (45 ms for an 11 000-character article). When the tokenizer ran in an offscreen
 * document's worker, one round trip to it cost 5–12 ms on a loaded machine (npm run bench,
 * BENCH_PHASES=1, 2026-11-30): at 1 000 characters an article paid three times its
 * tokenising in round trips. In the service worker (Chrome, since 2026-12-01) a batch is a
 * call, and a turn holds the worker's thread: HOST_TURN_MS below keeps it short.
 */
export const HOST_BATCH_CHARS = 4_000;
/**
 * Time one turn at the tokenizer aims for. Text does not all tokenise at one speed: a
 * flood page's repeated names and random letters took ~60 ms per 1 000 characters in the
 * flood test (three times an article's in Node, more on two busy cores), so 4 000 of them
 * held the tokenizer ~240 ms while another tab's first screen waited. A tab whose text has
 * been slow gets fewer characters a turn (entrypoints/background/fair-host.ts); 30 ms is
 * about one ordinary full batch with its round trip, so ordinary pages are not cut up.
 */
export const HOST_TURN_MS = 30;
/**
 * Cache bounds in bytes (JSON of the stored result). A block's result is 0.1–1 kB, so
 * 16 MB holds tens of thousands of paragraphs; a result over MAX_CACHED_RESULT_BYTES is
 * not stored at all (only a hostile page makes one: capped mentions stay well under it).
 */
export const MAX_CACHE_BYTES = 16 * 1024 * 1024;
export const MEMORY_CACHE_BYTES = 4 * 1024 * 1024;
export const MAX_CACHED_RESULT_BYTES = 16 * 1024;
