/**
 * Timings and limits of the page integration, with the reason for each value.
 */

/** Hover intent: the card opens only if the pointer rests this long (Page Previews uses ~150 ms intent), so sweeping across a line opens nothing. */
export const HOVER_INTENT_MS = 150;
/** Longest hover delay a reader may set: beyond two seconds a card seems not to open at all. */
export const MAX_HOVER_DELAY_MS = 2_000;
/** Grace before closing after the pointer leaves the mark: time to travel into the card (WCAG 1.4.13 hoverable). */
export const HIDE_GRACE_MS = 300;
/** Re-annotate after the page has been quiet this long (infinite scroll, "read more"). */
export const MUTATION_DEBOUNCE_MS = 400;
/** ...but at least this often on a page that never stops changing, so it still gets annotated without running every frame. */
export const MUTATION_MAX_WAIT_MS = 2_000;
/** Longest stretch of synchronous work the content script allows itself before yielding (a long task is 50 ms). */
export const MAX_SLICE_MS = 8;
/**
 * Most marks one page gets. A long article has a few hundred; beyond a few thousand a
 * reader cannot use them, and building more ranges and highlights would cost frames.
 */
export const MAX_MARKS_PER_PAGE = 3_000;
/** Nodes the text walk visits between checks of the clock. */
export const WALK_CHUNK_NODES = 500;
/**
 * While the service worker holds the dictionary, it calls an extension API this often:
 * Chrome stops an extension's service worker 30 s after its last event or extension API
 * call (Chrome for Developers, "The extension service worker lifecycle", idle and
 * shutdown), and the dictionary (~0.3 s to load again) would go with it. Well inside the
 * 30 s, so a busy machine's late timer still comes in time.
 */
export const SERVICE_WORKER_KEEPALIVE_MS = 20_000;
