/**
 * Shared context rules (lib/kb/senses.ts): an alias naming a sense gets the sense's words,
 * and its own requires/excludes add to them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../lib/annotate';
import { compileAliases, compileKb } from '../../lib/kb/compile';
import { KbIndex } from '../../lib/kb/index';
import type { EntitySource } from '../../lib/kb/schema';
import { Entity } from '../../lib/kb/schema';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';

const city = (extra: Record<string, string[]> = {}): EntitySource =>
  Entity.parse({
    id: 'gov-yokohama-city',
    category: 'government',
    names: { ja: '横浜市' },
    aliases: [{ text: '横浜市', context: { sense: 'local-government', ...extra } }],
    summary: { ja: '市' },
    facts: [{ date: '2024-01-01', text: { ja: '出来事' }, sources: [{ publisher: 'テスト' }], status: 'verified' }],
  });

let tk: Tokenizer;
beforeAll(async () => {
  tk = await nodeTokenizer();
});
const marks = (e: EntitySource, text: string) => annotate(text, new KbIndex(compileKb([e], [], '2026-01-01')), tk).mentions.map((m) => m.text);

describe('the local-government sense', () => {
  it("brings in the sense's words, with the alias's own added", () => {
    const [a] = compileAliases(city({ requires: ['給付金'], excludes: ['マラソン'] }));
    expect(a!.context!.requires).toEqual(expect.arrayContaining(['発表', '職員', '給付金']));
    expect(a!.context!.excludes).toEqual(expect.arrayContaining(['在住', 'マラソン']));
  });

  it('marks the place where its government acts', () => {
    expect(marks(city(), '横浜市は、個人情報を含む書類を紛失したと発表した。')).toEqual(['横浜市']);
    expect(marks(city(), '横浜市の職員が名簿を誤送付した。')).toEqual(['横浜市']);
  });

  it('leaves the place where it is only a place', () => {
    expect(marks(city(), '横浜市在住の会社員の男が逮捕された。')).toEqual([]);
    expect(marks(city(), '週末に横浜市で花火大会が開かれた。')).toEqual([]);
  });

  it("an alias's own words add to the sense's", () => {
    expect(marks(city(), '横浜市は給付金の振込先を誤った。')).toEqual([]);
    expect(marks(city({ requires: ['給付金'] }), '横浜市は給付金の振込先を誤った。')).toEqual(['横浜市']);
    expect(marks(city({ excludes: ['マラソン'] }), '横浜市の職員がマラソンに出た。')).toEqual([]);
  });

  it('leaves a place in brackets after another name: that is its seat, not its government', () => {
    expect(marks(city(), '横浜銀行（横浜市）は、顧客情報を漏らした行員を懲戒解雇にしたと発表した。')).toEqual([]);
    expect(marks(city(), '〇〇病院(神奈川県横浜市)は、患者の情報が流出したと発表した。')).toEqual([]);
    // the place heading its own sentence, or a bracket explaining the place itself, still acts
    expect(marks(city(), '（横浜市は、個人情報を含む書類を紛失したと発表した。）')).toEqual(['横浜市']);
    expect(marks(city(), '横浜市（神奈川県）は、書類を紛失したと発表した。')).toEqual(['横浜市']);
  });
});
