import { describe, expect, it } from 'vitest';
import { earliestDay, isAfter, latestDay, parseIsoDay } from '../../lib/time/dates';

describe('partial dates', () => {
  it('spans the period they name', () => {
    expect(earliestDay('2021')).toBe('2021-01-01');
    expect(latestDay('2021')).toBe('2021-12-31');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2023-02')).toBe('2023-02-28');
  });

  it('counts a fact as later only when it surely happened after the article', () => {
    expect(isAfter('2021-04', '2021-03-18')).toBe(true);
    expect(isAfter('2021-03', '2021-03-18')).toBe(false);
    expect(isAfter('2021-03-19', '2021-03-18')).toBe(true);
    expect(isAfter('2021-03-18', '2021-03-18')).toBe(false);
    expect(isAfter('2022', '2021-12-31')).toBe(true);
  });

  it('parses only real days', () => {
    expect(parseIsoDay('2021-03-18')).toBe('2021-03-18');
    expect(parseIsoDay('2021-02-30')).toBeUndefined();
    expect(parseIsoDay('2021-3-18')).toBeUndefined();
    expect(parseIsoDay('yesterday')).toBeUndefined();
  });
});
