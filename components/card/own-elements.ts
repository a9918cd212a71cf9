/**
 * The elements the extension made in the page (the card's host): the reader leaves them
 * out of the text and its observer. Recognised by identity, never by tag name, so text a
 * page wraps in an element of the same tag is still read.
 *
 * One set per content-script world: the content script (the starter, the reader and the
 * marks) and its card (reader-card.js, loaded once marks are up) are two bundles, each
 * with its own copy of this module, so the set is kept on
 * the world's global object, which the page's own scripts cannot reach.
 */
const KEY = '__chushakuOwnElements';
const world = globalThis as unknown as Record<string, WeakSet<Node> | undefined>;

export const OWN_ELEMENTS: WeakSet<Node> = (world[KEY] ??= new WeakSet<Node>());
