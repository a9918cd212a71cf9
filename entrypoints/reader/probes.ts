/**
 * The reader's own measurements (main-thread time of its synchronous work, and when each
 * phase happened), read by `npm run bench` and the e2e suite through the content
 * script's status reply. Kept apart so the reading code says what it does, not how it
 * is measured.
 */
import type { ReaderPerf } from '../shared/protocol';

export type Probes = ReaderPerf & { detectMs: number; detectMaxMs: number };

export function newProbes(): Probes {
  return {
    detectMs: 0,
    detectMaxMs: 0,
    mainMs: 0,
    syncAtMainEnd: 0,
    syncMs: 0,
    extractMs: 0,
    splitMs: 0,
    markedAt: 0,
    allMarkedAt: 0,
    longestSliceMs: 0,
    scriptAt: 0,
    startedAt: 0,
    askedAt: 0,
    answeredAt: 0,
    marksLoadedAt: 0,
    checkedAt: 0,
    readerLoadedAt: 0,
  };
}

/** Runs `fn`, adding its time to the synchronous total and the longest slice. */
export function timedOn<R>(p: Probes, fn: () => R): R {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    const d = performance.now() - t0;
    p.syncMs += d;
    p.longestSliceMs = Math.max(p.longestSliceMs, d);
  }
}
