/**
 * Names that start or end in hiragana where kuromoji glues a particle to them
 * (lib/match/kana-edge.ts): に|はり|そ|な|銀行, ぐる|な|びの.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../lib/annotate';
import { compileKb } from '../../lib/kb/compile';
import { KbIndex } from '../../lib/kb/index';
import type { EntitySource } from '../../lib/kb/schema';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';

const fact = { date: '2024-01-01', text: { ja: '出来事' }, sources: [{ publisher: 'テスト' }], status: 'verified' as const };
const org = (id: string, aliases: string[]): EntitySource => ({
  id,
  category: 'organization',
  names: { ja: aliases[0]! },
  aliases,
  summary: { ja: id },
  related: [],
  facts: [fact],
});
const kb = new KbIndex(compileKb([org('org-resona', ['りそな銀行']), org('org-gnavi', ['ぐるなび']), org('org-navi', ['なび'])], [], '2026-01-01'));

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
