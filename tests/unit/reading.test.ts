import { describe, expect, it } from 'vitest';
import { Prefilter, quickKey } from '../../lib/match/prefilter';
import { normalizeKey, normalizeText } from '../../lib/text/normalize';
import { READING_MAX } from '../../lib/text/reading';

describe('a kana reading in brackets after kanji', () => {
  it('is dropped from the key form, in either bracket width', () => {
    expect(normalizeKey('出澤(いでざわ)剛')).toBe('出澤剛');
    expect(normalizeKey('出澤（いでざわ）剛')).toBe('出澤剛');
    expect(normalizeKey('慎(シン)ジュンホ')).toBe('慎ジュンホ');
    expect(normalizeKey('勝木（かつき）敦志社長')).toBe('勝木敦志社長');
  });

  it('keeps brackets that are not a reading', () => {
    expect(normalizeKey('LINE(ライン)')).toBe('line(ライン)');
    expect(normalizeKey('(株)ベネッセ')).toBe('(株)ベネッセ');
    expect(normalizeKey('会社(東京)')).toBe('会社(東京)');
    expect(normalizeKey('出澤 (いでざわ)剛')).toBe('出澤(いでざわ)剛');
    expect(normalizeKey('出澤()剛')).toBe('出澤()剛');
    expect(normalizeKey(`説明(${'あ'.repeat(READING_MAX + 1)})`)).toBe(`説明(${'あ'.repeat(READING_MAX + 1)})`);
    expect(normalizeKey(`説明(${'あ'.repeat(READING_MAX)})`)).toBe('説明');
  });

  it('takes a katakana gloss for a reading only where the name goes on right after it', () => {
    expect(normalizeKey('考え方(ガイドライン)の件')).toBe('考え方(ガイドライン)の件');
    expect(normalizeKey('考え方(ガイドライン)')).toBe('考え方(ガイドライン)');
    expect(normalizeKey('金(キム)正恩')).toBe('金正恩');
  });

  it('maps the key back to the original text exactly, reading included in the span', () => {
    for (const s of ['社長の出澤（いでざわ）剛氏', 'CPOの慎(シン)ジュンホ氏']) {
      const n = normalizeText(s);
      const name = s.includes('出澤') ? '出澤剛' : '慎ジュンホ';
      const i = n.key.indexOf(normalizeKey(name));
      expect(i).toBeGreaterThanOrEqual(0);
      const j = i + normalizeKey(name).length;
      const orig = s.slice(n.keyStart[i], n.keyEnd[j - 1]);
      expect(orig).toBe(s.includes('出澤') ? '出澤（いでざわ）剛' : '慎(シン)ジュンホ');
      expect(n.keyStart.length).toBe(n.key.length);
    }
  });

  it('is dropped by the prefilter exactly as by the key form', () => {
    const samples = [
      '出澤（いでざわ）剛',
      '慎(シン)ジュンホ氏',
      'LINE(ライン)',
      '出澤 (いでざわ)剛',
      `説明(${'ア'.repeat(READING_MAX + 1)})ア`,
      `説明(${'ア'.repeat(READING_MAX)})ア`,
      '考え方(ガイドライン)の',
      '金(キム)正恩',
      '本(ほん)ー',
    ];
    for (const s of samples) expect(quickKey(s)).toBe(normalizeKey(s));
    const pf = Prefilter.fromKeys([normalizeKey('慎ジュンホ')]);
    expect(pf.mayContain('CPOの慎(シン)ジュンホ氏')).toBe(true);
    expect(pf.mayContain('CPOの慎重な判断')).toBe(false);
  });
});
