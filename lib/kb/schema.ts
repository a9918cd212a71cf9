/**
 * The knowledge-base source schema: what a maintainer writes in `data/*.yaml`.
 *
 * One zod schema serves three purposes: validating the YAML in `npm run data:check`,
 * typing the compiler, and (via `z.toJSONSchema`) the JSON Schema published in
 * `data/schema/` so editors autocomplete and flag errors while a maintainer types.
 * The extension never runs this at page time: it loads the compiled index.
 */
import { SENSE_NAMES } from './senses';
import { z } from 'zod';
import { isRealDate } from '../time/dates';
import { CATEGORIES, OUTCOME_RESULTS, SCOPES, VERDICTS } from './vocabulary';

/** A date as precise as the source gives it: `2021`, `2021-03` or `2021-03-17`. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'no such calendar date');

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

/** What a typed figure counts; figures of different measures are never compared. */
export const Measure = z.enum([
  'records', // 件: personal records / data items leaked or exposed
  'people', // 人 / 名: people affected
  'accounts', // accounts affected
  'accesses', // 回 / 件: accesses counted
  'organizations', // 社 / 団体: companies or bodies affected
  'yen', // 円: an amount of money
  'files', // files or documents
  'devices', // devices, servers, media
]);

/**
 * A typed figure a fact states: "約51万件" as { measure: records, value: 510000, approx: about }.
 * `subject` tells apart two counts of one measure in one entry (users vs employees).
 */
export const Quantity = z.strictObject({
  measure: Measure,
  value: z.number().nonnegative(),
  approx: z.enum(['exact', 'about', 'at-least', 'up-to']).default('exact').describe('約 → about, 少なくとも/以上 → at-least, 最大 → up-to'),
  subject: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .optional()
    .describe('which count, where one entry has several of one measure: users, employees, …'),
  asOf: PartialDate.optional().describe('when the figure held, if not the fact date'),
});

/**
 * A plan, forecast or suspicion stated at the fact's date, and what became of it.
 * `result` is absent while it is still open (data:stale lists such plans once `due` has passed).
 */
export const Outcome = z.strictObject({
  kind: z.enum(['plan', 'forecast', 'suspicion']),
  said: Text.describe('what was planned, forecast or suspected, in short'),
  due: PartialDate.optional().describe('for plans and forecasts: by when'),
  result: z.enum(OUTCOME_RESULTS).optional().describe('what became of it; absent while open'),
  resolved: PartialDate.optional().describe('when the result was known'),
  text: Text.optional().describe('what happened, in short'),
  sources: z.array(Source).optional().describe('where the result is reported (the fact sources otherwise)'),
});

/**
 * A reviewer's record that an item data:stale lists (an old summary, an open role, a plan
 * past due, a suspicion, an unverified fact) was checked and nothing settled it: which
 * reports were searched, up to when. data:stale then shows it as reviewed, not open,
 * until the review itself is old (tools/kb/stale.ts).
 */
export const Review = z.strictObject({
  on: PartialDate.refine((d) => d.length === 10, 'expected YYYY-MM-DD').describe('the day of the review'),
  note: z.string().min(1).describe('what was searched, up to which date, and what was (not) found'),
});

export const Fact = z.strictObject({
  date: PartialDate.describe('when the fact happened (not when it was reported)'),
  text: Text,
  sources: z.array(Source).min(1),
  status: z.enum(['verified', 'unverified']).describe('unverified: believed but not confirmed in a source; the card marks it'),
  ref: z.string().optional().describe('the fact number in shared/research/facts.md, e.g. F016'),
  quantities: z.array(Quantity).optional().describe('typed figures this fact states'),
  outcome: Outcome.optional().describe('a plan, forecast or suspicion stated here, and what became of it'),
  review: Review.optional().describe('checked for data:stale (an open outcome, an unverified fact) and nothing settled it'),
});

/** A dated relation to another entry: parent, successor, the actors of an incident. */
export const Link = z.strictObject({
  rel: z.enum(['parent', 'subsidiary', 'successor', 'predecessor', 'part-of', 'actor', 'contractor', 'attacker', 'victim', 'regulator']),
  id: z.string().describe('the other entry'),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
});

/** A person's role over a period, so a card shows the role held at an article's date. */
export const Role = z.strictObject({
  title: Text.describe('e.g. 総務相 / Minister for Internal Affairs'),
  org: z.string().optional().describe('entity id of the organisation, where in the dataset'),
  from: PartialDate,
  to: PartialDate.optional().describe("absent: still held as of the entry's asOf date"),
  sources: z.array(Source).min(1),
});

/** Where a context rule looks (./vocabulary.ts says why there is no 'document' scope). */
export const Scope = z.enum(SCOPES);

/** When an alias counts: a context rule over words near it. */
export const Context = z.strictObject({
  sense: z.enum(SENSE_NAMES).optional().describe("a shared rule's words (lib/kb/senses.ts), to which requires/excludes add"),
  requires: z.array(z.string().min(1)).min(1).optional().describe('at least one of these words must appear in the scope'),
  excludes: z.array(z.string().min(1)).min(1).optional().describe('none of these words may appear in the scope'),
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

export const Category = z.enum(CATEGORIES);

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
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .optional(),
  related: z.array(z.string()).default([]),
  asOf: PartialDate.optional().describe('the date the summary (and any role without an end) was last true; required where it speaks of the present'),
  links: z.array(Link).optional().describe('dated relations to other entries'),
  roles: z.array(Role).optional().describe('for people: roles held, with their periods'),
  review: Review.optional().describe('summary and open roles checked for data:stale and nothing newer found'),
  facts: z.array(Fact).min(1).describe('dated facts; for incidents, the timeline'),
});

export const Verdict = z.enum(VERDICTS);

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
export type ContextRule = z.infer<typeof Context>;
export type SourceRef = z.infer<typeof Source>;
export type QuantitySource = z.infer<typeof Quantity>;
export type OutcomeSource = z.infer<typeof Outcome>;
export type ReviewSource = z.infer<typeof Review>;
