import { describe, expect, it } from 'vitest';
import { normalizeKey, normalizeText } from '../../lib/text/normalize';

/** The original text behind key units [i, j). */
const origOf = (s: string, i: number, j: number) => {
  const n = normalizeText(s);
  return s.slice(n.keyStart[i], n.keyEnd[j - 1]);
};

describe('normalizeKey', () => {
  it('folds full-width Latin, case and spacing variants to one key', () => {
    const keys = ['LINE Pay', 'LINE　Pay', 'LINEPay', 'ＬＩＮＥ　Ｐａｙ', 'line pay', 'LINE\tPay'].map(normalizeKey);
    expect(new Set(keys)).toEqual(new Set(['linepay']));
  });

  it('drops quote brackets around names', () => {
    expect(normalizeKey('「LINE」')).toBe('line');
    expect(normalizeKey('『LINE』')).toBe('line');
    expect(normalizeKey('“LINE”')).toBe('line');
  });

  it('composes half-width katakana with voiced marks', () => {
    expect(normalizeKey('ﾗｲﾝ')).toBe('ライン');
    expect(normalizeKey('ｶﾞｲﾄﾞ')).toBe('ガイド');
    expect(normalizeKey('ﾊﾟｽ')).toBe('パス');
  });

  it('keeps round brackets, which can be part of a name', () => {
    expect(normalizeKey('LINE（ライン）')).toBe('line(ライン)');
  });
});

describe('normalizeText offsets', () => {
  it('maps every key unit back to the original characters it came from', () => {
    const s = '「ＬＩＮＥ　Pay」とｶﾞｲﾄﾞ、😀LINE';
    const n = normalizeText(s);
    expect(n.key).toBe('linepayとガイド、😀line');
    for (let i = 0; i < n.key.length; i++) {
      const orig = s.slice(n.keyStart[i], n.keyEnd[i]);
      expect(orig.normalize('NFKC').toLowerCase()).toContain(n.key[i]);
    }
    // the key span of "linepay" covers the original full-width text exactly
    expect(origOf(s, 0, 7)).toBe('ＬＩＮＥ　Pay');
    // the emoji (a surrogate pair) keeps both units in one original range
    const e = n.key.indexOf('😀');
    expect(s.slice(n.keyStart[e], n.keyEnd[e + 1])).toBe('😀');
    expect(origOf(s, n.key.length - 4, n.key.length)).toBe('LINE');
  });

  it('keeps the nfkc layer for the tokenizer with spaces intact', () => {
    const n = normalizeText('ＬＩＮＥ　Ｐａｙ');
    expect(n.nfkc).toBe('LINE Pay');
    expect(n.nfkcStart.length).toBe(n.nfkc.length);
  });

  it('handles empty and whitespace-only text', () => {
    expect(normalizeText('').key).toBe('');
    expect(normalizeText(' \n　').key).toBe('');
  });
});
