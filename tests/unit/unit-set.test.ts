import { describe, expect, it } from 'vitest';
import { UnitSet } from '../../lib/claims/unit-set';

describe('UnitSet (the claim search pre-check)', () => {
  it('holds the units added since the last clear, and only those', () => {
    const s = new UnitSet();
    s.clear();
    s.addAll('個人情報');
    expect(s.has('情'.charCodeAt(0))).toBe(true);
    expect(s.has('漏'.charCodeAt(0))).toBe(false);
    s.clear();
    expect(s.has('情'.charCodeAt(0))).toBe(false);
    s.addAll('漏えい');
    expect(s.has('漏'.charCodeAt(0))).toBe(true);
    expect(s.has('個'.charCodeAt(0))).toBe(false);
  });

  it('reads a surrogate pair as its two units, as String#includes of one unit does', () => {
    const s = new UnitSet();
    s.clear();
    s.addAll('𠮷野家');
    expect(s.has('𠮷'.charCodeAt(0))).toBe(true);
    expect(s.has('𠮷'.charCodeAt(1))).toBe(true);
  });
});
