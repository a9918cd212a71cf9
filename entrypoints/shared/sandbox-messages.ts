/**
 * Messages between the offscreen document and the tokenizer's sandboxed page
 * (entrypoints/tokenizer.sandbox): the worker protocol (./tokenizer-worker-protocol.ts)
 * over window.postMessage, plus the page's `ready`. Each side checks who sent a message
 * (the frame it created / its parent) and its shape before acting on it; the sandboxed
 * page reads hostile pages' text, so the document does not take its word for anything
 * malformed.
 */
import { z } from 'zod';
import type { WorkerReply, WorkerRequest } from './tokenizer-worker-protocol';
import { MAX_HOST_BLOCK_CHARS, MAX_REQUEST_BLOCKS } from './limits';

z.config({ jitless: true });

const Id = z.number().int().positive();

export const SandboxRequest = z.discriminatedUnion('type', [
  z.strictObject({ id: Id, type: z.literal('annotate'), blocks: z.array(z.string().max(MAX_HOST_BLOCK_CHARS)).max(MAX_REQUEST_BLOCKS) }),
  z.strictObject({ id: Id, type: z.literal('stats') }),
  z.strictObject({ id: Id, type: z.literal('warm') }),
]);

const Stats = z.looseObject({ loads: z.number(), loaded: z.boolean(), blocksAnnotated: z.number() });
const Block = z.looseObject({
  mentions: z.array(z.looseObject({ start: z.number(), end: z.number(), entity: z.string() })),
  corrections: z.array(z.looseObject({})),
});

export const SandboxReply = z.union([
  z.strictObject({ id: Id, ok: z.literal(true), results: z.array(Block).optional(), stats: Stats, workerMs: z.number().optional() }),
  z.strictObject({ id: Id, ok: z.literal(false), error: z.string(), stats: Stats }),
  z.strictObject({ type: z.literal('idle') }),
  /** the page's script runs and listens: requests may be sent */
  z.strictObject({ type: z.literal('ready') }),
]);

/** What the sandboxed page posts: a worker reply or `ready`. */
export type SandboxMessage = WorkerReply | { type: 'ready' };

// compile-time: the schemas accept what the worker protocol sends, no more
const requestMatches: WorkerRequest extends z.infer<typeof SandboxRequest> ? true : false = true;
void requestMatches;
