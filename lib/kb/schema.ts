/**
 * The knowledge-base source schema: what a maintainer writes in `data/*.yaml`.
 *
 * One zod schema serves three purposes: validating the YAML in `npm run data:check`,
 * typing the compiler, and (via `z.toJSONSchema`) the JSON Schema published in
 * `data/schema/` so editors autocomplete and flag errors while a maintainer types.
 * The extension never runs this at page time: it loads the compiled index.
 */
import { z } from 'zod';

/** A date as precise as the source gives it: `2021`, `2021-03` or `2021-03-17`. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'no such calendar date');

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (d === undefined) return true;
  const dt = new Date(Date.UTC(y!, m! - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m! - 1 && dt.getUTCDate() === d;
}

/** Japanese is required everywhere a reader sees text; English is optional. */
export const Text = z.strictObject({
  ja: z.string().min(1),
  en: z.string().min(1).optional(),
});

export const Source = z.strictObject({
  publisher: z.string().min(1).describe('who published it: 朝日新聞, 総務省, ITmedia NEWS …'),
  title: z.string().min(1).optional().describe('the page or article title, exactly as published'),
  date: PartialDate.optional().describe('publication date of the source'),
  url: z
    .string()
    .regex(/^https?:\/\/\S+$/, 'expected an http(s) URL')
    .optional()
    .describe('only a URL someone has actually seen'),
  via: z.string().min(1).optional().describe('when read through a repost: where it was read'),
});

export const Fact = z.strictObject({
  date: PartialDate.describe('when the fact happened (not when it was reported)'),
  text: Text,
  sources: z.array(Source).min(1),
  status: z
    .enum(['verified', 'unverified'])
    .describe('unverified: believed but not confirmed in a source; the card marks it'),
  ref: z.string().optional().describe('the fact number in shared/research/facts.md, e.g. F016'),
});

/**
 * Where a context rule looks. No 'document' scope: the extension annotates (and caches)
 * an article block by block, so a rule must be decidable within one block.
 */
export const Scope = z.enum(['sentence', 'paragraph']);

/** When an alias counts: a context rule over words near it. */
export const Context = z.strictObject({
  requires: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe('at least one of these words must appear in the scope'),
  excludes: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe('none of these words may appear in the scope'),
  scope: Scope.default('sentence'),
});

export const Alias = z.union([
  z.string().min(1),
  z.strictObject({
    text: z.string().min(1),
    context: Context,
    note: z.string().optional(),
  }),
]);

export const Category = z.enum(['organization', 'government', 'person', 'law', 'product', 'incident']);

export const Person = z.strictObject({
  family: z.array(z.string().min(1)).min(1).describe('family-name spellings, e.g. [出澤, 出沢]'),
});

export const Entity = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'ids are lower-case words joined by -'),
  category: Category,
  names: Text.describe('canonical names'),
  aliases: z.array(Alias).min(1),
  person: Person.optional().describe('for people: family names, so 出澤社長 / 出澤氏 resolve'),
  summary: Text,
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  related: z.array(z.string()).default([]),
  facts: z.array(Fact).min(1).describe('dated facts; for incidents, the timeline'),
});

export const Verdict = z.enum([
  'false',
  'misleading',
  'outdated',
  'exaggerated',
  'unsupported',
  'unverified',
  'misplaced',
  'needs-context',
  'correct',
]);

/**
 * A claim pattern: every term must occur in one sentence. A term is alternatives
 * split by `|`; an alternative is parts joined by `+` that occur in order, a few
 * tokens apart at most. A part matches whole tokens, by surface or by dictionary form,
 * so `読める+ない` finds 読めなくなります.
 */
export const Pattern = z.strictObject({
  all: z.array(z.string().min(1)).min(1),
  none: z.array(z.string().min(1)).optional().describe('the sentence must contain none of these terms'),
});

export const Claim = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'ids are lower-case words joined by -'),
  claim: Text.describe('the statement reviewed, in short (ClaimReview claimReviewed)'),
  verdict: Verdict,
  correction: Text.describe('what is right, in plain words'),
  about: z.array(z.string()).min(1).describe('entity ids the claim concerns'),
  appearances: z.array(Source).default([]).describe('where the claim was seen'),
  sources: z.array(Source).min(1),
  reviewed: PartialDate.describe('when this review was last checked'),
  status: z.enum(['verified', 'unverified']).default('verified'),
  ref: z.string().optional().describe('the statement number in facts.md §5, e.g. E1'),
  patterns: z.array(Pattern).min(1),
  examples: z.array(z.string().min(1)).min(1).describe('sentences each pattern set must find'),
  counterexamples: z.array(z.string().min(1)).default([]).describe('sentences it must not find'),
});

export const EntityFile = z.array(Entity);
export const ClaimFile = z.array(Claim);

export type EntitySource = z.infer<typeof Entity>;
export type ClaimSource = z.infer<typeof Claim>;
export type AliasSource = z.infer<typeof Alias>;
export type ContextRule = z.infer<typeof Context>;
export type FactSource = z.infer<typeof Fact>;
export type SourceRef = z.infer<typeof Source>;
export type CategoryName = z.infer<typeof Category>;
export type VerdictName = z.infer<typeof Verdict>;
