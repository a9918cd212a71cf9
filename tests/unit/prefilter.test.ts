import { describe, expect, it } from 'vitest';
import { Prefilter } from '../../entrypoints/content/prefilter';
import { normalizeKey } from '../../lib/text/normalize';

const keys = ['LINE', 'LINE Pay', '個人情報保護委員会', '出澤剛', 'ライン', 'x'].map(normalizeKey);

describe('Prefilter', () => {
  const p = new Prefilter(keys);
  it('finds blocks with an alias, in any width, case or spacing', () => {
    expect(p.mayContain('今日はＬＩＮＥ　Ｐａｙの話')).toBe(true);
    expect(p.mayContain('「個人情報保護委員会」が')).toBe(true);
    expect(p.mayContain('line')).toBe(true);
    expect(p.mayContain('ﾗｲﾝ')).toBe(true);
    expect(p.mayContain('xの件')).toBe(true);
  });

  it('passes over blocks with none', () => {
    expect(p.mayContain('晴れのち曇り。気温は20度。')).toBe(false);
    expect(p.mayContain('')).toBe(false);
    expect(p.mayContain('個人情報保護法')).toBe(false);
  });
});
