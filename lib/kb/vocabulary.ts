/**
 * The knowledge base's vocabulary, defined once: the kinds of entry, what a mark can be,
 * the verdicts a claim review gives, and where a context rule looks. The dataset schema,
 * the compiled types, the settings' defaults, the highlight names and the UI strings'
 * keys all derive from these lists (no other file spells them out).
 */

/** Kinds of entry, in the order the options page lists them. */
export const CATEGORIES = ['organization', 'government', 'person', 'law', 'product', 'incident'] as const;
export type CategoryName = (typeof CATEGORIES)[number];

/** What a mark on a page can be: an entry of a category, or a statement with a correction. */
export const MARK_KINDS = [...CATEGORIES, 'correction'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

/** The popup's found-list order: what needs the reader's attention first. */
export const FOUND_LIST_ORDER: readonly MarkKind[] = ['correction', 'incident', 'organization', 'government', 'person', 'law', 'product'];

/** A claim review's verdicts (schema.org ClaimReview's reviewRating, in our words). */
export const VERDICTS = ['false', 'misleading', 'outdated', 'exaggerated', 'unsupported', 'unverified', 'misplaced', 'needs-context', 'correct'] as const;
export type VerdictName = (typeof VERDICTS)[number];

/**
 * Where a context rule looks. No 'document' scope: the extension annotates (and caches)
 * an article block by block, so a rule must be decidable within one block.
 */
export const SCOPES = ['sentence', 'paragraph'] as const;
export type Scope = (typeof SCOPES)[number];

/** Kinds of update note: what an article states that can go stale (lib/updates). */
export const UPDATE_KINDS = ['figure', 'plan', 'suspicion'] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

/** What became of a plan, forecast or suspicion (a fact's `outcome.result`). */
export const OUTCOME_RESULTS = ['happened', 'happened-late', 'changed', 'cancelled', 'confirmed', 'denied', 'revised'] as const;
export type OutcomeResult = (typeof OUTCOME_RESULTS)[number];

const camel = (s: string) => s.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase());
/** The locale-file key of a mark kind's label (public/_locales/<lang>/messages.json). */
export const markKindKey = (k: MarkKind) => `cat${camel(k)}` as const;
/** The locale-file key of a verdict's label. */
export const verdictKey = (v: VerdictName) => `verdict${camel(v)}` as const;
/** The locale-file key of an update kind's label. */
export const updateKindKey = (k: UpdateKind) => `cardUpdate${camel(k)}` as const;
/** The locale-file key of an outcome result's label. */
export const resultKey = (r: OutcomeResult) => `result${camel(r)}` as const;
