/**
 * The background's dictionary warmth (entrypoints/background/warmth.ts): a load started
 * ahead of need stays when a request tokenises with it and is undone when none does.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Warmth } from '../../entrypoints/background/warmth';

const UNUSED_MS = 1_000;

function fakeHost() {
  const host = {
    loaded: false,
    closes: 0,
    warm: vi.fn(async () => {
      if (host.loaded) return false;
      host.loaded = true;
      return true;
    }),
    close: vi.fn(async () => {
      host.loaded = false;
      host.closes++;
    }),
  };
  return host;
}

describe('dictionary warmth', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('undoes a load no request used once the wait is over', async () => {
    const host = fakeHost();
    const w = new Warmth(host, () => false, UNUSED_MS);
    w.warm();
    await vi.advanceTimersByTimeAsync(UNUSED_MS - 1);
    expect(host.closes).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(host.closes).toBe(1);
    expect(host.loaded).toBe(false);
  });

  it('keeps a load a request tokenised with', async () => {
    const host = fakeHost();
    const w = new Warmth(host, () => false, UNUSED_MS);
    w.warm();
    w.used();
    await vi.advanceTimersByTimeAsync(UNUSED_MS * 3);
    await w.undo();
    expect(host.closes).toBe(0);
    expect(host.loaded).toBe(true);
  });

  it('undoes at once when the request that followed needed nothing (its blocks were cached)', async () => {
    const host = fakeHost();
    const w = new Warmth(host, () => false, UNUSED_MS);
    w.warm(); // the page's hello
    w.warm(); // its request, before reading the cache: the load is already under way
    await w.undo();
    expect(host.closes).toBe(1);
    // and the timer does not close it a second time
    await vi.advanceTimersByTimeAsync(UNUSED_MS * 2);
    expect(host.closes).toBe(1);
  });

  it('never closes under a request being served; the request that ends decides', async () => {
    const host = fakeHost();
    let busy = true;
    const w = new Warmth(host, () => busy, UNUSED_MS);
    w.warm();
    await vi.advanceTimersByTimeAsync(UNUSED_MS * 2);
    expect(host.closes).toBe(0);
    busy = false;
    w.used();
    await vi.advanceTimersByTimeAsync(UNUSED_MS * 2);
    expect(host.closes).toBe(0);
  });

  it('does not undo a dictionary that was loaded before (this warm started nothing)', async () => {
    const host = fakeHost();
    host.loaded = true;
    const w = new Warmth(host, () => false, UNUSED_MS);
    w.warm();
    await w.undo();
    await vi.advanceTimersByTimeAsync(UNUSED_MS * 2);
    expect(host.closes).toBe(0);
    expect(host.loaded).toBe(true);
  });
});
