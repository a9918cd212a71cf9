/**
 * The background's message router, free of browser globals so it is unit-tested with a
 * fake sender: a message is parsed (malformed: refused), its sender checked against the
 * message's rule (lib/senders.ts; wrong context: refused), then handled.
 */
import { BackgroundRequest } from '../shared/messages';
import type { BackgroundMap, Failure, ReplyOf, RequestOf } from '../shared/protocol';
import { BACKGROUND_SENDERS, senderIs, type Self, type SenderInfo } from '../shared/senders';

export type Handlers = {
  [K in keyof BackgroundMap]: (msg: Extract<RequestOf<BackgroundMap>, { type: K }>, sender: SenderInfo) => Promise<ReplyOf<BackgroundMap, K>>;
};

export const MALFORMED: Failure = { ok: false, error: 'malformed message' };
export const NOT_ALLOWED: Failure = { ok: false, error: 'not allowed from this sender' };

/**
 * A receiver for runtime.onMessage: undefined for what is not ours to answer (another
 * extension), else the reply.
 */
export function createRouter(handlers: Handlers, self: Self) {
  return (raw: unknown, sender: SenderInfo): Promise<ReplyOf<BackgroundMap, keyof BackgroundMap> | Failure> | undefined => {
    if (sender.id !== self.id) return undefined;
    const parsed = BackgroundRequest.safeParse(raw);
    if (!parsed.success) return Promise.resolve(MALFORMED);
    const msg = parsed.data;
    if (!senderIs(BACKGROUND_SENDERS[msg.type], sender, self)) return Promise.resolve(NOT_ALLOWED);
    // the handler for this type takes this request (a union the compiler cannot narrow by key)
    const handler = handlers[msg.type] as (m: typeof msg, s: SenderInfo) => Promise<ReplyOf<BackgroundMap, keyof BackgroundMap>>;
    return handler(msg, sender).catch((e: unknown): Failure => ({ ok: false, error: e instanceof Error ? e.message : String(e) }));
  };
}
