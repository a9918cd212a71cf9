import { describe, expect, it } from 'vitest';
import { rng } from '../../tools/random';

describe('rng (mulberry32)', () => {
  it('gives the same sequence for a seed on every run (generated pages and bench KBs stay the same)', () => {
    const r = rng(42);
    // mulberry32's first outputs for seed 42: a change here changes every generated page
    expect([r(), r(), r()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
    const a = rng(7);
    const b = rng(7);
    expect(Array.from({ length: 100 }, a)).toEqual(Array.from({ length: 100 }, b));
  });

  it('stays in [0, 1), and other seeds give other sequences', () => {
    const r = rng(16);
    const xs = Array.from({ length: 10_000 }, r);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
    expect(rng(17)()).not.toBe(rng(16)());
  });
});
