import { describe, expect, it } from 'vitest';
import { formatQuantity, jaNumber } from '../../lib/numbers/format';
import { findFigures, parseNumeral } from '../../lib/numbers/parse';

const one = (s: string) => {
  const f = findFigures(s);
  expect(f, s).toHaveLength(1);
  return f[0]!;
};

describe('numerals', () => {
  it('reads Arabic numerals with separators and 万/億 groups', () => {
    expect(parseNumeral('30万2,569')).toBe(302569);
    expect(parseNumeral('2,007万6,016')).toBe(20076016);
    expect(parseNumeral('1.5万')).toBe(15000);
    expect(parseNumeral('2億3000万')).toBe(230000000);
  });
  it('reads kanji numerals', () => {
    expect(parseNumeral('三十二')).toBe(32);
    expect(parseNumeral('千八百万')).toBe(18000000);
    expect(parseNumeral('百二十五万')).toBe(1250000);
    expect(parseNumeral('二億')).toBe(200000000);
  });
  it('rejects what is not a number', () => {
    expect(parseNumeral('万')).toBeNaN();
    expect(parseNumeral('3x')).toBeNaN();
  });
});

describe('figures', () => {
  it('takes the hedge words: 約, 最大, 少なくとも, 以上', () => {
    expect(one('約44万件の情報')).toMatchObject({ value: 440000, approx: 'about', measure: 'records' });
    expect(one('最大で約52万件に拡大')).toMatchObject({ value: 520000, approx: 'up-to' });
    expect(one('少なくとも32回')).toMatchObject({ value: 32, approx: 'at-least', measure: 'accesses' });
    expect(one('100人以上のアカウント')).toMatchObject({ value: 100, approx: 'at-least', measure: 'people' });
    expect(one('66件')).toMatchObject({ value: 66, approx: 'exact' });
  });
  it('reads ranges, giving a bare start the unit of its end', () => {
    expect(one('51万〜52万件')).toMatchObject({ value: 510000, high: 520000 });
    expect(one('51〜52万件')).toMatchObject({ value: 510000, high: 520000 });
  });
  it('names the measure from the counter, and accesses from the words before 件', () => {
    expect(one('約1800万円').measure).toBe('yen');
    expect(one('被害者808人').measure).toBe('people');
    expect(one('34社').measure).toBe('organizations');
    expect(one('100アカウント').measure).toBe('accounts');
    expect(one('アクセスは132件').measure).toBe('accesses');
  });
  it('counterexamples: dates, words made of numerals, numbers without a counter', () => {
    expect(findFigures('2019年7月1日')).toEqual([]);
    expect(findFigures('十分な説明')).toEqual([]);
    expect(findFigures('千葉県の人口')).toEqual([]);
    expect(findFigures('第3四半期')).toEqual([]);
    expect(findFigures('ID12345件')).toEqual([]);
  });
  it('gives offsets covering the hedge and the counter', () => {
    const s = '情報約44万件が流出';
    const f = one(s);
    expect(s.slice(f.start, f.end)).toBe('約44万件');
  });
});

describe('writing figures back', () => {
  it('uses 万/億 in Japanese and digits in English', () => {
    expect(jaNumber(520000)).toBe('52万');
    expect(jaNumber(20076016)).toBe('2,007万6,016');
    expect(jaNumber(58000000000)).toBe('580億');
    expect(formatQuantity({ measure: 'records', value: 520000, approx: 'up-to' }, 'ja')).toBe('最大52万件');
    expect(formatQuantity({ measure: 'records', value: 520000, approx: 'about' }, 'en')).toBe('about 520,000 records');
  });
});
