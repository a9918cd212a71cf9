import { allAliases } from '../../lib/kb/person-forms';
import { describe, expect, it } from 'vitest';
import { compilePrefilter, Prefilter } from '../../lib/match/prefilter';
import { normalizeKey, normalizeText } from '../../lib/text/normalize';
import { realKb } from './real-kb';
import { prefilterKeys } from '../../lib/kb/prefilter-keys';
import { compileKb } from '../../lib/kb/compile';
import { toyEntity } from '../fixtures/toy-kb';

const keys = ['LINE', 'LINE Pay', '個人情報保護委員会', '出澤剛', 'ライン', 'x', '林芳正', 'ヤフー'].map(normalizeKey);

describe('Prefilter', () => {
  const p = Prefilter.fromKeys(keys);
  it('finds blocks with an alias, in any width, case or spacing', () => {
    expect(p.mayContain('今日はＬＩＮＥ　Ｐａｙの話')).toBe(true);
    expect(p.mayContain('「個人情報保護委員会」が')).toBe(true);
    expect(p.mayContain('line')).toBe(true);
    expect(p.mayContain('ﾗｲﾝ')).toBe(true);
    expect(p.mayContain('xの件')).toBe(true);
    // white space between the first two characters (a family name of one character)
    expect(p.mayContain('林 芳正官房長官')).toBe(true);
    // overlapping pairs: the scan looks again from the next character
    expect(p.mayContain('ＬＬＩＮＥ')).toBe(true);
    expect(p.mayContain('ヤヤフー')).toBe(true);
  });

  it('passes over blocks with none', () => {
    expect(p.mayContain('晴れのち曇り。気温は20度。')).toBe(false);
    expect(p.mayContain('')).toBe(false);
    // the first pair alone is not enough: the whole alias must be there
    expect(p.mayContain('個人情報保護法')).toBe(false);
    expect(p.mayContain('出澤氏')).toBe(false);
  });

  it('escapes regex syntax in aliases', () => {
    const q = Prefilter.fromKeys(['a.b', '(株', '[x'].map(normalizeKey));
    expect(q.mayContain('a.b')).toBe(true);
    expect(q.mayContain('axb')).toBe(false);
    expect(q.mayContain('㈱')).toBe(true);
    expect(q.mayContain('[x]')).toBe(true);
  });

  it('ships hashes, not the aliases: seven ASCII characters an alias', () => {
    const data = compilePrefilter(keys);
    expect(data.entries).toMatch(/^[\x21-\x7e]*$/);
    expect(data.entries).not.toContain('保護委員会');
    expect(data.entries.length).toBe(7 * (new Set(keys).size - 1)); // one single-character alias
  });

  it('finds an alias longer than an entry can count, by its first units', () => {
    const long = normalizeKey('電'.repeat(120));
    const q = Prefilter.fromKeys([long]);
    expect(q.mayContain('電'.repeat(120))).toBe(true);
    expect(q.mayContain('電'.repeat(40))).toBe(false);
  });

  it('a dataset without aliases matches nothing', () => {
    expect(compilePrefilter([]).pairs).toBe('(?!)');
    expect(Prefilter.fromKeys([]).mayContain('LINE')).toBe(false);
  });

  // the reference: an alias key occurs in the block's key form (normalize.ts), which is
  // what the matcher reads. The prefilter must never miss one (it may over-report).
  it('agrees with the key form on the real dataset, over generated texts', () => {
    const aliases = allAliases(realKb().kb.kb);
    const all = [...new Set(aliases.map((a) => a.key))];
    // as the build compiles it: family name + title forms as the two lists
    const { keys: listed, person } = prefilterKeys(aliases);
    const pf = Prefilter.fromKeys(listed, person);
    const pieces = [
      'ＬＩＮＥ',
      'line',
      'ﾗｲﾝ',
      '個人情報',
      '保護',
      '委員会',
      '　',
      ' ',
      '「',
      '」',
      'ヤフー',
      'Ｚ',
      'ホールディングス',
      '出澤',
      '剛',
      '氏',
      '社長',
      '副',
      '官房長官',
      '林',
      '加藤',
      '㈱',
      '１２５万件',
      'の',
      '。',
      'ﾈｲﾊﾞｰ',
      'NAVER',
      'Naver',
    ];
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) >>> 0) % n;
    let positives = 0;
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + rnd(6) }, () => pieces[rnd(pieces.length)]).join('');
      const key = normalizeText(text).key;
      const truth = all.some((k) => key.includes(k));
      if (truth) {
        positives++;
        expect(pf.mayContain(text), text).toBe(true);
      } else expect(pf.mayContain(text), text).toBe(false);
    }
    expect(positives).toBeGreaterThan(300);
  });

  it('finds a family name + title form from a list of family names and one of titles, and nothing else', () => {
    const kb = compileKb(
      [
        toyEntity('per-idezawa', ['出澤剛'], { category: 'person', person: { family: ['出澤'] } }),
        toyEntity('per-hayashi', ['林芳正'], { category: 'person', person: { family: ['林'] } }),
      ],
      [],
      '2026-01-01',
    );
    const { keys: listed, person } = prefilterKeys(allAliases(kb));
    // two-character family names go to the list; a one-character one keeps its forms listed
    expect(person.families).toEqual(['出澤']);
    expect(listed).toContain(normalizeKey('林官房長官'));
    expect(listed).not.toContain(normalizeKey('出澤社長'));
    const q = Prefilter.fromKeys(listed, person);
    for (const t of ['出澤社長は', '出澤副社長', '元出澤氏', 'ＣＥＯの出澤ＣＥＯ', '林官房長官']) expect(q.mayContain(t), t).toBe(true);
    for (const t of ['出澤', '社長は', '出 澤社', '林業']) expect(q.mayContain(t), t).toBe(false);
    // 出澤's forty-odd title forms are one family-name entry now
    const whole = compilePrefilter(allAliases(kb).map((a) => a.key));
    const split = compilePrefilter(listed, person);
    expect(split.entries.length + split.person!.families.entries.length).toBeLessThan(whole.entries.length - 7 * 40);
  });
});
