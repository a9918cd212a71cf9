/**
 * Messages between the extension's contexts, validated on receipt: a malformed message
 * is rejected, never half-handled. zod runs jitless, since MV3's CSP forbids the
 * `new Function` its JIT would try (and log a CSP violation for).
 */
import { z } from 'zod';

z.config({ jitless: true });

/** Most characters one request may carry: a very long article is sent in parts. */
export const MAX_REQUEST_CHARS = 200_000;
/** Most blocks in one request. */
export const MAX_REQUEST_BLOCKS = 2_000;

export const AnnotateRequest = z.strictObject({
  type: z.literal('annotate'),
  /** candidate blocks of the page's extracted text, with their offsets in it */
  blocks: z
    .array(z.strictObject({ start: z.number().int().nonnegative(), text: z.string().max(MAX_REQUEST_CHARS) }))
    .max(MAX_REQUEST_BLOCKS),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

/** a content script's first message: the validated settings */
export const HelloRequest = z.strictObject({ type: z.literal('hello') });
export const SettingsRequest = z.strictObject({ type: z.literal('settings') });
const Id = z.string().regex(/^[a-z][a-z0-9-]*$/).max(100);
export const CardRequest = z.union([
  z.strictObject({ type: z.literal('card'), entity: Id }),
  z.strictObject({ type: z.literal('card'), claim: Id }),
]);
export const StatusRequest = z.strictObject({ type: z.literal('status'), tabId: z.number().int().optional() });
export const PageReport = z.strictObject({
  type: z.literal('page-report'),
  mentions: z.number().int().nonnegative(),
  corrections: z.number().int().nonnegative(),
  entities: z.array(z.string()).max(10_000),
  error: z.string().optional(),
  /** why the page is not read (lib/dom/article.ts) */
  reason: z.enum(['not-article']).optional(),
});

export const OffscreenIdle = z.strictObject({ type: z.literal('offscreen-idle') });
export const CacheRequest = z.strictObject({ type: z.literal('cache'), action: z.enum(['stats', 'clear']) });
const Origin = z.string().regex(/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i);
export const SiteAdded = z.strictObject({ type: z.literal('site-added'), origin: Origin, tabId: z.number().int().optional() });
export const SiteRemoved = z.strictObject({ type: z.literal('site-removed'), origin: Origin });

export const BackgroundRequest = z.union([
  AnnotateRequest,
  CardRequest,
  HelloRequest,
  SettingsRequest,
  StatusRequest,
  PageReport,
  OffscreenIdle,
  CacheRequest,
  SiteAdded,
  SiteRemoved,
]);
export type BackgroundRequestT = z.infer<typeof BackgroundRequest>;

/** background → offscreen document (Chrome): annotate blocks with the tokenizer there. */
export const OffscreenRequest = z.discriminatedUnion('type', [
  z.strictObject({ target: z.literal('offscreen'), type: z.literal('annotate-blocks'), blocks: z.array(z.string()) }),
  z.strictObject({ target: z.literal('offscreen'), type: z.literal('stats') }),
]);
export type OffscreenRequestT = z.infer<typeof OffscreenRequest>;
