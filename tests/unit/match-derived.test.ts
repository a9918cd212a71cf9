/**
 * Family name + title forms (lib/kb/compile.ts derives them from `person.family`) when two
 * people share a family name: a form written in the dataset wins over one derived for the
 * other person, and of two derived forms the person the article names wins.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../lib/annotate';
import type { KbIndex } from '../../lib/kb/index';
import { toyEntity, toyKb } from '../fixtures/toy-kb';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';

const person = (id: string, aliases: string[], family: string) =>
  toyEntity(id, aliases, { category: 'person', names: { ja: aliases[0]! }, person: { family: [family] } });

let tk: Tokenizer;
beforeAll(async () => {
  tk = await nodeTokenizer();
});
const found = (kb: KbIndex, text: string) => annotate(text, kb, tk).mentions.map((m) => [m.text, m.entity]);

describe('two people with one family name', () => {
  // the other 松本 comes first in the dataset: before, their derived 松本総務相 took the key
  const kb = toyKb([person('per-matsumoto-m', ['松本光弘'], '松本'), person('per-matsumoto-t', ['松本剛明', '松本総務相'], '松本')]);

  it('a form written in the dataset wins over one derived for the other person', () => {
    expect(found(kb, '松本総務相は会見で述べた。')).toEqual([['松本総務相', 'per-matsumoto-t']]);
  });

  it('of two derived forms, the person the article names', () => {
    // 松本氏 is derived for both; the article names 松本光弘, listed first, and then 松本剛明
    expect(found(kb, '松本剛明氏が就任した。松本氏は述べた。')).toEqual([
      ['松本剛明', 'per-matsumoto-t'],
      ['松本氏', 'per-matsumoto-t'],
    ]);
    expect(found(kb, '松本光弘氏が就任した。松本氏は述べた。')).toEqual([
      ['松本光弘', 'per-matsumoto-m'],
      ['松本氏', 'per-matsumoto-m'],
    ]);
  });

  it('a derived form of a person the article does not name gives no mark', () => {
    expect(found(kb, '松本氏は述べた。')).toEqual([]);
  });
});
