/**
 * Derived forms. Local forms (lib/kb/local-forms.ts): 県警 for 滋賀県警 once the article has
 * said which prefecture it is about, and for nobody where it has not, or where it names
 * two. Family name + title forms (lib/kb/person-forms.ts): made where the index loads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../lib/annotate';
import { compileAliases, compileKb } from '../../lib/kb/compile';
import { allAliases } from '../../lib/kb/person-forms';
import { PERSON_TITLES } from '../../lib/kb/titles';
import { normalizeKey } from '../../lib/text/normalize';
import { realKb } from './real-kb';
import { KbIndex } from '../../lib/kb/index';
import { namesAnchor } from '../../lib/kb/local-forms';
import { Entity, type EntitySource } from '../../lib/kb/schema';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';

const fact = [{ date: '2024-01-01', text: { ja: '出来事' }, sources: [{ publisher: 'テスト' }], status: 'verified' }];
const pref = (id: string, name: string): EntitySource =>
  Entity.parse({
    id,
    category: 'government',
    names: { ja: name },
    aliases: [{ text: name, context: { sense: 'local-government' } }],
    summary: { ja: '県' },
    facts: fact,
  });
const body = (id: string, names: string[]): EntitySource =>
  Entity.parse({ id, category: 'government', names: { ja: names[0] }, aliases: names, summary: { ja: '県の機関' }, facts: fact });

const KB = [
  pref('gov-shiga-pref', '滋賀県'),
  pref('gov-kyoto-pref', '京都府'),
  pref('gov-nara-pref', '奈良県'),
  body('gov-shiga-police', ['滋賀県警', '滋賀県警察']),
  body('gov-nara-police', ['奈良県警', '奈良県警察']),
  body('gov-kyoto-police', ['京都府警']),
  body('org-some-bank', ['滋賀県信用組合']),
  pref('gov-sakai-city', '堺市'),
  body('gov-sakai-senkan', ['堺市選挙管理委員会']),
];

let tk: Tokenizer;
let kb: KbIndex;
beforeAll(async () => {
  tk = await nodeTokenizer();
  kb = new KbIndex(compileKb(KB, [], '2026-01-01'));
});
const marks = (text: string) => annotate(text, kb, tk).mentions.map((m) => `${m.text}=${m.entity}`);

describe('local forms', () => {
  it('generates the form for a body of the local government, not for a company named after the place', () => {
    const forms = kb.kb.aliases.filter((a) => a.anchor).map((a) => `${a.text}=${a.entity}`);
    expect(forms).toEqual(expect.arrayContaining(['県警=gov-shiga-police', '県警察=gov-shiga-police', '県警=gov-nara-police', '府警=gov-kyoto-police']));
    expect(forms.some((f) => f.includes('信用組合'))).toBe(false);
  });

  it('stands for the body whose local government the article names', () => {
    expect(marks('滋賀県守山市の住宅で窃盗があった。県警によると、男は容疑を認めている。')).toContain('県警=gov-shiga-police');
    expect(marks('奈良県の病院で、患者情報が流出した。県警が捜査している。')).toContain('県警=gov-nara-police');
  });

  it('stands for the body the article names in full, whatever else it names', () => {
    expect(marks('奈良県警は20日、滋賀県に住む男を逮捕した。県警によると、男は容疑を認めている。')).toContain('県警=gov-nara-police');
  });

  it('stands for nobody where the article names no local government, or two', () => {
    expect(marks('県警によると、男は容疑を認めている。').filter((m) => m.startsWith('県警'))).toEqual([]);
    expect(marks('滋賀県と奈良県の境で事故があった。県警が調べている。').filter((m) => m.startsWith('県警'))).toEqual([]);
  });

  it('is also written with の where the body name is a word of its own (市の選挙管理委員会), not where it is a description', () => {
    expect(marks('堺市の職員が逮捕された。市の選挙管理委員会によると、データは消去された。')).toContain('市の選挙管理委員会=gov-sakai-senkan');
    expect(marks('市の選挙管理委員会によると、データは消去された。').filter((m) => m.includes('選挙'))).toEqual([]);
    expect(marks('滋賀県の病院で事故があった。県の警察が調べている。').filter((m) => m.startsWith('県の'))).toEqual([]);
  });

  it('reads an anchor only as a place of its own (東京都府中市 names no 京都府)', () => {
    expect(namesAnchor('東京都府中市の男性', '京都府')).toBe(false);
    expect(namesAnchor('（京都府）の男性', '京都府')).toBe(true);
    expect(marks('東京都府中市の男性が逮捕された。府警によると、容疑を認めている。').filter((m) => m.startsWith('府警'))).toEqual([]);
  });
});

describe('family name + title forms', () => {
  it('are not shipped but made again where the index loads, as compileAliases makes them', () => {
    const person = Entity.parse({
      id: 'per-idezawa-go',
      category: 'person',
      names: { ja: '出澤剛' },
      aliases: ['出澤剛', '出澤社長'],
      person: { family: ['出澤', '出沢'] },
      summary: { ja: '人' },
      facts: fact,
    });
    const compiled = compileKb([person], [], '2026-01-01');
    expect(compiled.aliases.some((a) => a.derived)).toBe(false);
    expect(compiled.people).toEqual([['per-idezawa-go', ['出澤', '出沢']]]);
    const expected = compileAliases(person).filter((a) => a.derived);
    expect(expected.length).toBeGreaterThan(40);
    expect(allAliases(compiled).filter((a) => a.derived)).toEqual(expected);
    // the listed 出澤社長 is not made a second time
    expect(expected.filter((a) => a.text === '出澤社長')).toEqual([]);
    const idx = new KbIndex(compiled);
    expect(annotate('出澤剛氏が会見した。出沢氏は謝罪した。', idx, tk).mentions.map((m) => m.text)).toEqual(['出澤剛', '出沢氏']);
    // a suspect named in full, then by family name (a title added from a development article)
    expect(annotate('出澤剛容疑者が逮捕された。出澤容疑者は否認している。', idx, tk).mentions.map((m) => m.text)).toEqual(['出澤剛', '出澤容疑者']);
  });
});

describe('family name + title keys', () => {
  it('are the family name key followed by the title key, for every person of the dataset and every title', () => {
    const { kb: real } = realKb();
    expect(real.kb.people.length).toBeGreaterThan(300);
    for (const [, families] of real.kb.people)
      for (const f of families) for (const t of PERSON_TITLES) expect(normalizeKey(f) + normalizeKey(t), f + t).toBe(normalizeKey(f + t));
  });
});

describe('the compiled dataset', () => {
  it("ships no maintainer's review record (data:stale reads them from data/)", () => {
    const reviewed = Entity.parse({
      id: 'org-x',
      category: 'organization',
      names: { ja: 'エックス社' },
      aliases: ['エックス社'],
      summary: { ja: '会社' },
      review: { on: '2026-01-01', note: '新しい報道なし' },
      facts: [{ ...fact[0], status: 'unverified', review: { on: '2026-01-01', note: '確認できず' } }],
    });
    const json = JSON.stringify(compileKb([reviewed], [], '2026-01-01'));
    expect(json).toContain('エックス社');
    expect(json).not.toContain('確認できず');
    expect(json).not.toContain('新しい報道なし');
  });
});
