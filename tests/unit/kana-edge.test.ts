/**
 * Names that start or end in hiragana where kuromoji glues a particle to them
 * (lib/match/kana-edge.ts): に|はり|そ|な|銀行, ぐる|な|びの.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../lib/annotate';
import { toyEntity, toyKb } from '../fixtures/toy-kb';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';

const kb = toyKb([toyEntity('org-resona', ['りそな銀行']), toyEntity('org-gnavi', ['ぐるなび']), toyEntity('org-navi', ['なび'])]);

let tk: Tokenizer;
beforeAll(async () => {
  tk = await nodeTokenizer();
});
const found = (text: string) => annotate(text, kb, tk).mentions.map((m) => [m.text, m.entity]);

describe('a name with a hiragana edge beside a particle', () => {
  it('is found where the particle is glued to its first kana', () => {
    expect(found('2019年5月にはりそな銀行の口座でも不正が見つかった。')).toEqual([['りそな銀行', 'org-resona']]);
  });

  it('is found where the particle is glued to its last kana', () => {
    expect(found('利用者はぐるなびの会員だった。')).toEqual([['ぐるなび', 'org-gnavi']]);
  });

  it('is not found inside a word when it is two kana long', () => {
    expect(found('夏にはなびの大会がある。')).toEqual([]);
  });
});
