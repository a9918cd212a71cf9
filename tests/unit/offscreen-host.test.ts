/**
 * The tokenizer host on Chrome (entrypoints/background/host.ts) against a fake browser
 * whose offscreen document behaves as Chrome's does: listed by runtime.getContexts as soon
 * as it is being created, answering messages only once its script has loaded.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createHost } from '../../entrypoints/background/host';

/** How long the fake document takes to load its script. */
const LOAD_MS = 30;

function fakeOffscreen() {
  let exists = false;
  let listening = false;
  const b = fakeBrowser as unknown as Record<string, unknown> & { runtime: Record<string, unknown> };
  b.offscreen = {
    createDocument: async () => {
      exists = true;
      await new Promise((r) => setTimeout(r, LOAD_MS));
      listening = true;
    },
    closeDocument: async () => {
      exists = listening = false;
    },
  };
  b.runtime.getContexts = async () => (exists ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : []);
  b.runtime.sendMessage = async (msg: { type: string }) => {
    // no listener yet: Chrome resolves with no answer
    if (!listening) return undefined;
    if (msg.type === 'warm') return { ok: true, started: true };
    return { ok: true, results: [{ mentions: [], corrections: [] }] };
  };
}

describe('the offscreen tokenizer host', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeOffscreen();
  });
  afterEach(() => fakeBrowser.reset());

  it('a request made while warm() is still creating the document waits for it, and is answered', async () => {
    const host = createHost(() => {});
    const warming = host.warm();
    // the background's dataset and cache were already loaded: the request follows while
    // the document is listed but not yet listening
    await new Promise((r) => setTimeout(r, LOAD_MS / 3));
    await expect(host.annotate(['LINE'])).resolves.toEqual([{ mentions: [], corrections: [] }]);
    await expect(warming).resolves.toBe(true);
  });
});
