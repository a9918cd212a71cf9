import { describe, expect, it, vi } from 'vitest';
import { BackToClose, STATE_KEY, type BackWindow } from '../../entrypoints/reader/back-close';

/** A session history as browsers keep it: entries, a current index, popstate on traversal (async). */
function fakeWindow(withCloseWatcher = false) {
  const entries: unknown[] = [{ page: 'home' }];
  let index = 0;
  const listeners = new Set<() => void>();
  const pageHeard: unknown[] = [];
  const watchers: { onclose: (() => void) | null; destroyed: boolean; destroy(): void }[] = [];
  const go = (delta: number) =>
    new Promise<void>((resolve) =>
      setTimeout(() => {
        index = Math.max(0, Math.min(entries.length - 1, index + delta));
        pageHeard.push(entries[index]);
        for (const l of [...listeners]) l();
        resolve();
      }, 0),
    );
  const win: BackWindow = {
    history: {
      get state() {
        return entries[index] as never;
      },
      pushState(state: unknown) {
        entries.splice(index + 1, Infinity, state);
        index++;
      },
      back() {
        void go(-1);
      },
    },
    addEventListener: (_t, fn) => listeners.add(fn),
    removeEventListener: (_t, fn) => listeners.delete(fn),
    ...(withCloseWatcher
      ? {
          CloseWatcher: class {
            onclose: (() => void) | null = null;
            destroyed = false;
            constructor() {
              watchers.push(this);
            }
            destroy() {
              this.destroyed = true;
            }
          },
        }
      : {}),
  };
  return {
    win,
    entries,
    index: () => index,
    listeners,
    pageHeard,
    watchers,
    /** the reader's back gesture */
    userBack: () => go(-1),
    /** the page navigates on its own (a single-page app) */
    pagePush: (state: unknown) => win.history.pushState(state, ''),
    settle: () => new Promise((r) => setTimeout(r, 5)),
  };
}

describe('back gesture closes a tapped card', () => {
  it('with CloseWatcher: the close request closes the card; history is never touched', () => {
    const f = fakeWindow(true);
    const b = new BackToClose(f.win);
    const onBack = vi.fn();
    b.arm(onBack);
    expect(f.entries).toHaveLength(1);
    expect(f.listeners.size).toBe(0);
    f.watchers[0]!.onclose!();
    expect(onBack).toHaveBeenCalledTimes(1);
    expect(f.watchers[0]!.destroyed).toBe(true);
    expect(b.armed).toBe(false);
  });

  it('with CloseWatcher: a card closed another way destroys its watcher', () => {
    const f = fakeWindow(true);
    const b = new BackToClose(f.win);
    b.arm(() => {});
    b.disarm();
    expect(f.watchers[0]!.destroyed).toBe(true);
    expect(f.entries).toHaveLength(1);
  });

  it('without: one entry at the same address; back leaves it and closes the card', async () => {
    const f = fakeWindow();
    const b = new BackToClose(f.win);
    const onBack = vi.fn();
    b.arm(onBack);
    expect(f.entries).toHaveLength(2);
    expect((f.entries[1] as Record<string, unknown>)[STATE_KEY]).toBeTypeOf('string');
    await f.userBack();
    expect(onBack).toHaveBeenCalledTimes(1);
    expect(f.index()).toBe(0);
    expect(f.listeners.size).toBe(0);
    // the next back is the page's own again
    expect(b.armed).toBe(false);
  });

  it("without: a card closed another way removes its entry, so the next back is the page's", async () => {
    const f = fakeWindow();
    const b = new BackToClose(f.win);
    const onBack = vi.fn();
    b.arm(onBack);
    b.disarm();
    await f.settle();
    expect(f.index()).toBe(0);
    expect(f.entries[0]).toEqual({ page: 'home' });
    expect(onBack).not.toHaveBeenCalled();
    expect(f.listeners.size).toBe(0);
  });

  it('without: if the page pushed its own entries meanwhile, closing leaves history alone', async () => {
    const f = fakeWindow();
    const b = new BackToClose(f.win);
    b.arm(() => {});
    f.pagePush({ page: 'next' });
    b.disarm();
    await f.settle();
    // no back(): the reader is not taken back through the page's history
    expect(f.index()).toBe(2);
    expect(f.pageHeard).toEqual([]);
  });

  it('without: replacing one tapped card by another keeps one entry', () => {
    const f = fakeWindow();
    const b = new BackToClose(f.win);
    b.arm(() => {});
    b.arm(() => {});
    expect(f.entries).toHaveLength(2);
  });

  it('popstates while nothing is armed are not looked at', async () => {
    const f = fakeWindow();
    const b = new BackToClose(f.win);
    f.pagePush({ page: 'a' });
    await f.userBack();
    expect(b.armed).toBe(false);
    expect(f.listeners.size).toBe(0);
  });

  it('a refused CloseWatcher falls back to history', () => {
    const f = fakeWindow();
    f.win.CloseWatcher = class {
      onclose = null;
      constructor() {
        throw new Error('NotAllowedError');
      }
      destroy() {}
    };
    const b = new BackToClose(f.win);
    b.arm(() => {});
    expect(f.entries).toHaveLength(2);
  });
});
