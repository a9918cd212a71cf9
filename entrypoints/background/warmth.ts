/**
 * When the dictionary is loaded ahead of need, and when that load is undone.
 *
 * The load (~250–500 ms) is the longest part of a page's first marks after the browser
 * starts. It is started when a page on a site that is on starts (its content script's
 * hello, at document_start), so it runs while the page is still being parsed, and again
 * when a request reads its cache. A load no request has tokenised with is speculative:
 * it is undone when a request needed nothing of it (every block was cached) or after
 * UNUSED_WARM_MS without a request, unless a request is being served.
 */
import { UNUSED_WARM_MS } from '../shared/timing';
import type { TokenizerHost } from './host';

export class Warmth {
  /** resolves true while a load started by warm() has not been used by a request */
  private speculative: Promise<boolean> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: Pick<TokenizerHost, 'warm' | 'close'>,
    /** a request is being served: its load is never undone under it */
    private readonly busy: () => boolean,
    private readonly unusedMs = UNUSED_WARM_MS,
  ) {}

  /** Starts loading the dictionary unless it is loaded (or loading). */
  warm(): void {
    const started = this.host.warm();
    const earlier = this.speculative;
    this.speculative = earlier ? Promise.all([earlier, started]).then(([a, b]) => a || b) : started;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.undo(), this.unusedMs);
  }

  /** A request tokenised: whatever was loaded is in use, and stays until the host's idle release. */
  used(): void {
    this.speculative = undefined;
    clearTimeout(this.timer);
  }

  /** Nothing needed the load: the host is closed again, unless a request is under way. */
  async undo(): Promise<void> {
    const mine = this.speculative;
    if (!mine || !(await mine) || this.busy() || this.speculative !== mine) return;
    this.used();
    await this.host.close().catch(() => {});
  }
}
