/**
 * A short form in brackets right after its entity's name (lib/match/matcher.ts,
 * definedInBrackets): the article defines it, so it is a mention whatever its rule asks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../lib/annotate';
import { toyEntity, toyKb } from '../fixtures/toy-kb';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';

const kb = toyKb([
  toyEntity('org-ipa', ['情報処理推進機構', { text: 'IPA', context: { requires: ['脆弱性'], scope: 'sentence' } }]),
  toyEntity('org-brewer', ['東西ビール']),
]);

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
