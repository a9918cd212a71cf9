/**
 * Messages between the extension's contexts, validated on receipt: a malformed message
 * is rejected, never half-handled. zod runs jitless, since MV3's CSP forbids the
 * `new Function` its JIT would try (and log a CSP violation for). Each schema is
 * checked at compile time against the typed protocol (lib/protocol.ts).
 */
import { z } from 'zod';
import { MAX_CARD_MENTIONS } from '../../lib/rank/limits';
import type { BackgroundMap, RequestOf } from './protocol';
import { MAX_BLOCK_CHARS, MAX_PAGE_CHECK_CHARS, MAX_REQUEST_BLOCKS, MAX_REQUEST_CHARS } from './limits';

z.config({ jitless: true });

export { MAX_REQUEST_BLOCKS, MAX_REQUEST_CHARS };

/** Characters summed over a request's blocks, within MAX_REQUEST_CHARS. */
const withinRequest = (blocks: { text: string }[]) => blocks.reduce((n, b) => n + b.text.length, 0) <= MAX_REQUEST_CHARS;
/** An article's publication day as the reader found it (YYYY-MM-DD). */
const PublishedDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional();

export const AnnotateRequest = z.strictObject({
  type: z.literal('annotate'),
  /** the blocks of the page's extracted text, with their offsets in it (a long page is sent in parts); the background keeps those that may name something */
  blocks: z
    .array(z.strictObject({ start: z.number().int().nonnegative(), text: z.string().max(MAX_BLOCK_CHARS) }))
    .max(MAX_REQUEST_BLOCKS)
    .refine(withinRequest),
  published: PublishedDay,
  /** answer from the whole dataset, update notes included, waiting for its cards half if need be */
  complete: z.literal(true).optional(),
});

/** a content script's first message: its settings view, and whether its page's text may name something */
export const HelloRequest = z.strictObject({ type: z.literal('hello'), text: z.string().max(MAX_PAGE_CHECK_CHARS).optional() });
const Id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/)
  .max(100);
export const CardRequest = z.union([
  z.strictObject({
    type: z.literal('card'),
    entity: Id,
    /** the article's date and the entities it mentions (id, count): the card's facts are ranked for it */
    published: PublishedDay,
    mentions: z
      .array(z.tuple([Id, z.number().int().positive()]))
      .max(MAX_CARD_MENTIONS)
      .optional(),
  }),
  z.strictObject({ type: z.literal('card'), claim: Id }),
]);
export const StatusRequest = z.strictObject({ type: z.literal('status'), tabId: z.number().int().optional() });
export const PageReport = z.strictObject({
  type: z.literal('page-report'),
  mentions: z.number().int().nonnegative(),
  corrections: z.number().int().nonnegative(),
  entities: z.array(Id).max(10_000),
  error: z.string().max(500).optional(),
  /** why the page is not read (lib/dom/article.ts) */
  reason: z.enum(['not-article']).optional(),
});

export const CacheRequest = z.strictObject({ type: z.literal('cache'), action: z.enum(['stats', 'clear']) });
const Origin = z.string().regex(/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i);
export const SiteAdded = z.strictObject({ type: z.literal('site-added'), origin: Origin, tabId: z.number().int().optional() });
export const SiteRemoved = z.strictObject({ type: z.literal('site-removed'), origin: Origin });

export const BackgroundRequest = z.union([AnnotateRequest, CardRequest, HelloRequest, StatusRequest, PageReport, CacheRequest, SiteAdded, SiteRemoved]);
export type BackgroundRequestT = z.infer<typeof BackgroundRequest>;

// ---- compile-time checks: each receiver accepts exactly the protocol's requests ----
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Optional fields as the protocol writes them (zod adds `| undefined`). */
type Plain<T> = T extends object ? { [K in keyof T]: Exclude<T[K], undefined> } : T;
const backgroundMatches: Equal<Plain<BackgroundRequestT>, Plain<RequestOf<BackgroundMap>>> = true;
export const PROTOCOL_CHECKED = backgroundMatches;
