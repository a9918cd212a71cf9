import { describe, expect, it, vi } from 'vitest';
import { AnnotatorService } from '../../lib/service';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import { miniKb } from '../fixtures/mini-kb';

describe('AnnotatorService', () => {
  it('loads the dictionary on first use only, once for concurrent requests', async () => {
    const load = vi.fn(() => nodeTokenizer());
    const s = new AnnotatorService(async () => miniKb(), load, 60_000);
    expect(s.stats.loads).toBe(0);
    const [a, b] = await Promise.all([s.annotateBlocks(['LINEプラスの件']), s.annotateBlocks(['出澤剛社長'])]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(a[0]!.mentions[0]!.entity).toBe('org-lineplus');
    expect(b[0]!.mentions[0]!.entity).toBe('per-idezawa');
    s.release();
  });

  it('releases the dictionary after the idle period and reloads on the next request', async () => {
    vi.useFakeTimers();
    try {
      const released = vi.fn();
      const load = vi.fn(() => nodeTokenizer());
      const s = new AnnotatorService(async () => miniKb(), load, 1000, released);
      await s.annotateBlocks(['LINE']);
      expect(s.stats.loaded).toBe(true);
      vi.advanceTimersByTime(999);
      expect(released).not.toHaveBeenCalled();
      vi.advanceTimersByTime(2);
      expect(released).toHaveBeenCalledTimes(1);
      expect(s.stats.loaded).toBe(false);
      await s.annotateBlocks(['LINE']);
      expect(load).toHaveBeenCalledTimes(2);
      s.release();
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a failed load, and tries again on the next request', async () => {
    let fail = true;
    const s = new AnnotatorService(
      async () => miniKb(),
      async () => {
        if (fail) throw new Error('dictionary file base.dat.gz: HTTP 404');
        return nodeTokenizer();
      },
      60_000,
    );
    await expect(s.annotateBlocks(['LINE'])).rejects.toThrow(/HTTP 404/);
    expect(s.stats.error).toMatch(/HTTP 404/);
    fail = false;
    expect((await s.annotateBlocks(['LINE']))[0]!.mentions).toHaveLength(1);
    expect(s.stats.error).toBeUndefined();
    expect(s.stats.loads).toBe(2);
    s.release();
  });

  it('warm() loads the dictionary and the dataset ahead of a request, once, and starts the idle timer', async () => {
    vi.useFakeTimers();
    try {
      const released = vi.fn();
      const load = vi.fn(() => nodeTokenizer());
      const kb = vi.fn(async () => miniKb());
      const s = new AnnotatorService(kb, load, 1000, released);
      await s.warm();
      expect(s.stats.loaded).toBe(true);
      expect(load).toHaveBeenCalledTimes(1);
      expect(kb).toHaveBeenCalled();
      expect((await s.annotateBlocks(['LINEプラスの件']))[0]!.mentions[0]!.entity).toBe('org-lineplus');
      expect(load).toHaveBeenCalledTimes(1);
      // a warm-up with no request after it is released like an idle dictionary
      await s.warm();
      vi.advanceTimersByTime(1001);
      expect(released).toHaveBeenCalledTimes(1);
      expect(s.stats.loaded).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
