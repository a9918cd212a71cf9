import { describe, expect, it } from 'vitest';
import { findDueDates } from '../../lib/updates/when';

const by = (s: string, published: string) => findDueDates(s, published).map((d) => d.by);

describe('due dates against the article date', () => {
  it('来年, 今年, a bare month (the next one of that name)', () => {
    expect(by('来年6月までに', '2021-11-23')).toEqual(['2022-06-30']);
    expect(by('今年6月までに', '2021-03-23')).toEqual(['2021-06-30']);
    expect(by('6月までに', '2021-03-23')).toEqual(['2021-06-30']);
    expect(by('6月までに', '2021-11-23')).toEqual(['2022-06-30']);
    expect(by('2024年12月までに', '2021-11-23')).toEqual(['2024-12-31']);
  });
  it('年内, 今月末, 来月, parts of a month', () => {
    expect(by('年内に', '2021-03-23')).toEqual(['2021-12-31']);
    expect(by('今月末に', '2024-02-10')).toEqual(['2024-02-29']);
    expect(by('来月中に', '2021-12-05')).toEqual(['2022-01-31']);
    expect(by('9月上旬', '2021-03-23')).toEqual(['2021-09-10']);
    expect(by('9月下旬', '2021-03-23')).toEqual(['2021-09-30']);
  });
  it('fiscal years run April to March: 今年度中, 来年度, 年度内', () => {
    expect(by('今年度中に', '2021-03-23')).toEqual(['2021-03-31']);
    expect(by('今年度中に', '2021-04-01')).toEqual(['2022-03-31']);
    expect(by('来年度末', '2021-11-23')).toEqual(['2023-03-31']);
    expect(by('年度内に', '2022-01-15')).toEqual(['2022-03-31']);
    expect(by('2025年度に', '2024-06-14')).toEqual(['2026-03-31']);
  });
  it('seasons and halves: 来春, 今秋, 上半期', () => {
    expect(by('来春', '2021-11-23')).toEqual(['2022-05-31']);
    expect(by('今秋', '2021-03-23')).toEqual(['2021-11-30']);
    expect(by('2024年上半期', '2021-06-02')).toEqual(['2024-06-30']);
    expect(by('今年上半期中に', '2021-04-15')).toEqual(['2021-06-30']);
  });
  it('counterexamples: no date words, no due date', () => {
    expect(by('速やかに対応する', '2021-03-23')).toEqual([]);
    expect(by('13月に', '2021-03-23')).toEqual([]);
  });
});
