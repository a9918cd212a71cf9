/**
 * The phone's back gesture closes a card opened by a tap, as it closes a browser's own
 * sheets, without taking the page's history from it.
 *
 * Where the browser has CloseWatcher (Chrome 126, Firefox 149 and later, desktop and
 * Android), the card registers one: back, or Esc on a keyboard, asks it to close and
 * the page's history is never touched.
 *
 * Elsewhere (Firefox for Android 140–148) the card adds one history entry, at the same
 * address, carrying a token of ours, and closes when that entry is left. Care for the
 * page's own history:
 * - the entry is added only for a card opened by a tap (never for hover or keys);
 * - a card closed another way removes our entry with history.back() only while our
 *   entry is still the current one; if the page has since pushed its own entries (a
 *   single-page app navigating), our entry is left where it is rather than moving the
 *   reader back through the page's history;
 * - a popstate is taken as "back" only when we pushed and our entry is no longer
 *   current; popstates the page causes while no card is open are never looked at.
 */

/** Key of our token in the history entry's state (a name a page will not use). */
export const STATE_KEY = '__chushakuCard';

interface CloseWatcherLike {
  onclose: (() => void) | null;
  destroy(): void;
}

/** What this needs of a window (a real one fits; tests pass a fake). */
export interface BackWindow {
  CloseWatcher?: new () => CloseWatcherLike;
  history: Pick<History, 'pushState' | 'back' | 'state'>;
  addEventListener(type: 'popstate', fn: () => void): void;
  removeEventListener(type: 'popstate', fn: () => void): void;
}

let counter = 0;

export class BackToClose {
  private watcher: CloseWatcherLike | undefined;
  private token: string | undefined;
  private onBack: (() => void) | undefined;

  constructor(private readonly win: BackWindow) {}

  get armed(): boolean {
    return this.onBack !== undefined;
  }

  /** From now until disarm(), the back gesture calls onBack (once) instead of leaving the page. */
  arm(onBack: () => void): void {
    if (this.armed) {
      // a card replaced by another: one entry, one watcher for both
      this.onBack = onBack;
      return;
    }
    this.onBack = onBack;
    const CW = this.win.CloseWatcher;
    if (typeof CW === 'function') {
      try {
        const w = new CW();
        w.onclose = () => this.fire();
        this.watcher = w;
        return;
      } catch {
        // refused (some browsers limit watchers without a user gesture): use history
      }
    }
    this.token = `${Date.now().toString(36)}-${++counter}`;
    try {
      this.win.history.pushState({ [STATE_KEY]: this.token }, '');
      this.win.addEventListener('popstate', this.onPopState);
    } catch {
      this.token = undefined; // history refused (sandboxed frame): no back gesture then
    }
  }

  /** The card closed another way: take back what arm() set up. */
  disarm(): void {
    if (!this.armed) return;
    this.onBack = undefined;
    if (this.watcher) {
      const w = this.watcher;
      this.watcher = undefined;
      w.onclose = null;
      w.destroy();
    }
    if (this.token !== undefined) {
      this.win.removeEventListener('popstate', this.onPopState);
      const ours = this.isOurs();
      this.token = undefined;
      if (ours) this.win.history.back();
    }
  }

  private isOurs(): boolean {
    const state = this.win.history.state as Record<string, unknown> | null | undefined;
    return !!state && typeof state === 'object' && state[STATE_KEY] === this.token;
  }

  private onPopState = (): void => {
    if (this.token === undefined || this.isOurs()) return;
    // our entry was left (the back gesture, or the page went back past it): close
    this.win.removeEventListener('popstate', this.onPopState);
    this.token = undefined;
    this.fire();
  };

  private fire(): void {
    const cb = this.onBack;
    this.onBack = undefined;
    if (this.watcher) {
      this.watcher.onclose = null;
      this.watcher.destroy();
      this.watcher = undefined;
    }
    cb?.();
  }
}
