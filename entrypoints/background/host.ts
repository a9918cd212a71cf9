/**
 * Where the tokenizer runs. Chrome: one offscreen document, created on the first
 * request that needs tokenising and closed when it reports itself idle (the MV3
 * service worker is stopped when idle, so it cannot hold the ~100 MB dictionary).
 * Firefox: a worker of the background page. Either way the dictionary itself lives in
 * a dedicated worker (entrypoints/tokenizer-worker.ts), terminated when idle.
 */
import type { BlockResult } from '../../lib/annotate';
import type { ServiceStats } from '../../lib/service';
import { TokenizerWorker } from '../shared/tokenizer-worker-client';
import { LOAD_ON_START, type BackgroundToHost, type ReplyOf, type Send } from '../shared/protocol';
import { HOST_PAGE } from '../shared/senders';

export interface TokenizerHost {
  annotate(nfkcBlocks: string[]): Promise<BlockResult[]>;
  stats(): Promise<ServiceStats | undefined>;
  close(): Promise<void>;
  /**
   * Starts loading the dictionary unless it is loaded; resolves true if this call
   * started a load (the caller may close the host again when no request needed it).
   */
  warm(): Promise<boolean>;
}

/** the document starts loading the dictionary as it loads (entrypoints/offscreen/main.ts) */
const OFFSCREEN_PATH = `${HOST_PAGE}?${LOAD_ON_START}`;

/** background → tokenizer host; runtime.sendMessage reaches every extension page, and only the offscreen document answers these */
const toHost: Send<BackgroundToHost> = (msg) => browser.runtime.sendMessage(msg);

class OffscreenHost implements TokenizerHost {
  private creating: Promise<void> | undefined;
  /**
   * The document answered the last request: the next one goes straight to it, without
   * asking the browser first (getContexts is one more IPC per batch). If the browser
   * closed it meanwhile, the send fails and the retry below looks again.
   */
  private known = false;

  private async ensure(): Promise<void> {
    if (this.known) return;
    // a document being created (by warm(), or another tab's request) is listed by the
    // browser before its script listens: a message sent then gets no answer
    if (this.creating) return this.creating;
    const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    if (contexts.length > 0) return;
    // two tabs asking at once must not create two documents (the API would throw)
    this.creating ??= browser.offscreen
      .createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['WORKERS'],
        justification: 'Holds the Japanese tokenizer dictionary once for all tabs, so pages are annotated offline without loading it per tab.',
      })
      .finally(() => {
        this.creating = undefined;
      });
    await this.creating;
  }

  async annotate(nfkcBlocks: string[]): Promise<BlockResult[]> {
    // The browser may close the document mid-request (or it closed itself when idle):
    // then the request is sent once more to a fresh document. Results are whole per
    // request, so a retry can never add marks twice.
    for (let attempt = 0; ; attempt++) {
      await this.ensure();
      let res: ReplyOf<BackgroundToHost, 'annotate-blocks'> | undefined;
      try {
        res = await toHost({ target: 'offscreen', type: 'annotate-blocks', blocks: nfkcBlocks });
      } catch (e) {
        this.known = false;
        if (attempt === 0) continue;
        throw e;
      }
      if (!res) {
        this.known = false;
        if (attempt === 0) continue;
        throw new Error('the tokenizer host did not answer');
      }
      this.known = true;
      if (!res.ok) throw new Error(res.error);
      return res.results;
    }
  }

  async warm(): Promise<boolean> {
    if (this.known) return false;
    try {
      await this.ensure();
      const res = await toHost({ target: 'offscreen', type: 'warm' });
      if (res?.ok) this.known = true;
      return res?.ok === true && res.started;
    } catch {
      // the request that follows finds the host again, or reports why it cannot
      return false;
    }
  }

  async stats(): Promise<ServiceStats | undefined> {
    const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    if (contexts.length === 0) return undefined;
    return toHost({ target: 'offscreen', type: 'stats' });
  }

  async close(): Promise<void> {
    this.known = false;
    const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    if (contexts.length) await browser.offscreen.closeDocument();
  }
}

/** Firefox: a worker of the background page, terminated when idle (its heap goes with it). */
class InProcessHost implements TokenizerHost {
  private readonly service: TokenizerWorker;
  constructor(onIdle: () => void) {
    this.service = new TokenizerWorker(onIdle);
  }
  annotate(nfkcBlocks: string[]): Promise<BlockResult[]> {
    return this.service.annotate(nfkcBlocks);
  }
  stats(): Promise<ServiceStats> {
    return this.service.stats();
  }
  async warm(): Promise<boolean> {
    return this.service.warm();
  }
  async close(): Promise<void> {
    this.service.release();
  }
}

/**
 * `onIdle`: the tokenizer went idle and gave its memory back (Firefox; on Chrome the
 * offscreen document says so with 'offscreen-idle'). The worker loads its own copy of
 * kb-match.json (entrypoints/shared/kb-files.ts), so the background's is not needed here.
 */
export function createHost(onIdle: () => void): TokenizerHost {
  return typeof browser.offscreen?.createDocument === 'function' ? new OffscreenHost() : new InProcessHost(onIdle);
}
