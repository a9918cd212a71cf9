/**
 * The tokenizer host on Chrome (entrypoints/background/host.ts): the service on the
 * service worker's own thread, which Chrome would stop 30 s after its last event or
 * extension API call. Against WXT's fake browser, with the real tokenizer and a small
 * dataset, and fake timers for the keep-alive and the idle release.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createHost, ServiceWorkerHost } from '../../entrypoints/background/host';
import { SERVICE_WORKER_KEEPALIVE_MS } from '../../entrypoints/shared/timing';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import { miniKb } from '../fixtures/mini-kb';

const IDLE_MS = 5 * SERVICE_WORKER_KEEPALIVE_MS;
const loaders = () => ({ loadKb: async () => miniKb(), loadTokenizer: () => nodeTokenizer(), phases: () => ({ readMs: 1 }) });

describe('the service worker tokenizer host', () => {
  let pings: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    pings = vi.fn(async () => ({ os: 'linux', arch: 'x86-64' }));
    (fakeBrowser.runtime as unknown as { getPlatformInfo: unknown }).getPlatformInfo = pings;
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    fakeBrowser.reset();
  });

  it('is the host where no Worker can be started (a service worker)', () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    expect(
      createHost(
        () => {},
        () => undefined,
      ),
    ).toBeInstanceOf(ServiceWorkerHost);
  });

  it('keeps the service worker awake only while it holds the dictionary, and lets both go when idle', async () => {
    const idle = vi.fn();
    const host = new ServiceWorkerHost(idle, loaders, IDLE_MS);
    const [r] = await host.annotate(['LINEプラスの件']);
    expect(r!.mentions[0]!.entity).toBe('org-lineplus');
    vi.advanceTimersByTime(3 * SERVICE_WORKER_KEEPALIVE_MS);
    // one extension API call per period: Chrome's 30 s idle timer never runs out
    expect(pings).toHaveBeenCalledTimes(3);
    expect(SERVICE_WORKER_KEEPALIVE_MS).toBeLessThan(30_000);
    vi.advanceTimersByTime(IDLE_MS);
    expect(idle).toHaveBeenCalledTimes(1);
    const calls = pings.mock.calls.length;
    vi.advanceTimersByTime(10 * SERVICE_WORKER_KEEPALIVE_MS);
    // released: no more calls, so Chrome may stop the worker and its process
    expect(pings).toHaveBeenCalledTimes(calls);
    expect(await host.stats()).toMatchObject({ loads: 1, loaded: false, blocksAnnotated: 1 });
    // the next request loads again, and the loads are counted across releases
    await host.annotate(['出澤剛社長']);
    expect(await host.stats()).toMatchObject({ loads: 2, loaded: true, blocksAnnotated: 2, lastLoadPhases: { readMs: 1 } });
    await host.close();
  });

  it('warm() says whether it started the load; close() lets go without the idle report', async () => {
    const idle = vi.fn();
    const host = new ServiceWorkerHost(idle, loaders, IDLE_MS);
    expect(await host.stats()).toBeUndefined();
    expect(await host.warm()).toBe(true);
    expect(await host.warm()).toBe(false);
    await host.annotate(['LINE']);
    expect(await host.warm()).toBe(false);
    await host.close();
    vi.advanceTimersByTime(IDLE_MS + 10 * SERVICE_WORKER_KEEPALIVE_MS);
    expect(idle).not.toHaveBeenCalled();
    expect(pings.mock.calls.length).toBeLessThanOrEqual(1);
    expect(await host.stats()).toMatchObject({ loads: 1, loaded: false });
    // a load after close() is a new one
    expect(await host.warm()).toBe(true);
    await host.close();
  });

  it('a warm whose load fails keeps nothing awake; the next request loads again', async () => {
    const idle = vi.fn();
    let fail = true;
    const flaky = () => ({
      ...loaders(),
      loadTokenizer: async () => {
        if (fail) throw new Error('dictionary unreadable');
        return nodeTokenizer();
      },
    });
    const host = new ServiceWorkerHost(idle, flaky, IDLE_MS);
    expect(await host.warm()).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    const calls = pings.mock.calls.length;
    vi.advanceTimersByTime(10 * SERVICE_WORKER_KEEPALIVE_MS);
    // no dictionary held: no calls, so Chrome may stop the worker
    expect(pings).toHaveBeenCalledTimes(calls);
    expect(await host.stats()).toMatchObject({ loaded: false });
    expect(idle).not.toHaveBeenCalled();
    fail = false;
    const [r] = await host.annotate(['LINEプラスの件']);
    expect(r!.mentions[0]!.entity).toBe('org-lineplus');
    vi.advanceTimersByTime(2 * SERVICE_WORKER_KEEPALIVE_MS);
    expect(pings.mock.calls.length).toBeGreaterThan(calls);
    await host.close();
  });

  it('keeps nothing the service loaded once it is released: the dataset and its trie can be collected', async () => {
    // a full collection on demand (V8's own, as in an idle service worker)
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    let kbRef: WeakRef<object> | undefined;
    // loaders that keep what they read, as the real ones do (entrypoints/shared/tokenizer-loaders.ts)
    const tracked = () => {
      let kb: ReturnType<typeof miniKb> | undefined;
      return {
        ...loaders(),
        loadKb: async () => {
          if (!kb) kbRef = new WeakRef((kb = miniKb()));
          return kb;
        },
      };
    };
    const host = new ServiceWorkerHost(() => {}, tracked, IDLE_MS);
    await host.annotate(['LINEプラスの件']);
    vi.advanceTimersByTime(IDLE_MS);
    vi.useRealTimers();
    // WeakRefs hold until the current job ends
    await new Promise((r) => setTimeout(r, 0));
    gc();
    expect(kbRef).toBeDefined();
    expect(kbRef!.deref()).toBeUndefined();
    // the figures of the last load are still reported
    expect(await host.stats()).toMatchObject({ loads: 1, loaded: false, lastLoadPhases: { readMs: 1 } });
  });
});
