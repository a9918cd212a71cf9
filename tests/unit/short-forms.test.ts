/**
 * Short forms news writes for an institution (lib/kb/short-forms.ts): 〇〇大学 is 〇〇大,
 * 〇〇高等学校 is 〇〇高校, generated from the entry's name; not at the head of a longer
 * kanji word, and never where another entry has the same form.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../lib/annotate';
import { toyEntity, toyKb } from '../fixtures/toy-kb';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';

const kb = toyKb([
  toyEntity('org-kyushu-u', ['九州大学']),
  toyEntity('org-tokyo-u', ['東京大学']),
  toyEntity('org-kobe-u', ['神戸大学', '神戸大']),
  toyEntity('org-sagami-hs', ['相模原中央高等学校']),
  // two entries whose names shorten alike: the short form names neither
  toyEntity('org-a-u', ['明和大学']),
  toyEntity('org-a-corp', ['学校法人明和', '明和大']),
]);

let tk: Tokenizer;
beforeAll(async () => {
  tk = await nodeTokenizer();
});
const found = (text: string) => annotate(text, kb, tk).mentions.map((m) => [m.text, m.entity]);

describe('an institution written in its short form', () => {
  it('is found alone and before its people and parts', () => {
    expect(found('九州大の研究チームが発表した。')).toEqual([['九州大', 'org-kyushu-u']]);
    expect(found('東京大教授が指摘した。')).toEqual([['東京大', 'org-tokyo-u']]);
    expect(found('神戸大病院で情報が漏えいした。')).toEqual([['神戸大', 'org-kobe-u']]);
    expect(found('相模原中央高校の生徒の成績が流出した。')).toEqual([['相模原中央高校', 'org-sagami-hs']]);
  });

  it('is not found at the head of a longer kanji word, listed or generated', () => {
    expect(found('東京大地震に備えた訓練が行われた。')).toEqual([]);
    expect(found('神戸大橋の点検が行われた。')).toEqual([]);
  });

  it('is not generated where another entry already has it', () => {
    expect(found('明和大が発表した。')).toEqual([['明和大', 'org-a-corp']]);
  });
});
