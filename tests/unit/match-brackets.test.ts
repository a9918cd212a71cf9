/**
 * A short form in brackets right after its entity's name (lib/match/matcher.ts,
 * definedInBrackets): the article defines it, so it is a mention whatever its rule asks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../lib/annotate';
import { compileKb } from '../../lib/kb/compile';
import { KbIndex } from '../../lib/kb/index';
import type { EntitySource } from '../../lib/kb/schema';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';

const fact = { date: '2024-01-01', text: { ja: '出来事' }, sources: [{ publisher: 'テスト' }], status: 'verified' as const };
const org = (id: string, aliases: EntitySource['aliases']): EntitySource => ({
  id,
  category: 'organization',
  names: { ja: id },
  aliases,
  summary: { ja: id },
  related: [],
  facts: [fact],
});
const kb = new KbIndex(
  compileKb(
    [org('org-ipa', ['情報処理推進機構', { text: 'IPA', context: { requires: ['脆弱性'], scope: 'sentence' } }]), org('org-brewer', ['東西ビール'])],
    [],
    '2026-01-01',
  ),
);

let tk: Tokenizer;
beforeAll(async () => {
  tk = await nodeTokenizer();
});
const found = (text: string) => annotate(text, kb, tk).mentions.map((m) => [m.text, m.entity]);

describe('a short form defined in brackets', () => {
  it('is a mention right after its own entity’s name, without the rule’s words', () => {
    expect(found('情報処理推進機構（IPA）にも相談が寄せられた。')).toEqual([
      ['情報処理推進機構', 'org-ipa'],
      ['IPA', 'org-ipa'],
    ]);
    expect(found('情報処理推進機構(IPA)が集計した。')).toEqual([
      ['情報処理推進機構', 'org-ipa'],
      ['IPA', 'org-ipa'],
    ]);
  });

  it('still needs its rule elsewhere', () => {
    expect(found('新作のIPAを飲んだ。')).toEqual([]);
    expect(found('情報処理推進機構の職員とIPAを飲んだ。')).toEqual([['情報処理推進機構', 'org-ipa']]);
  });

  it('is not taken from another entity’s name before the bracket', () => {
    expect(found('東西ビール（IPA）を飲んだ。')).toEqual([['東西ビール', 'org-brewer']]);
  });
});
