import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../lib/annotate';
import type { EntitySource } from '../../lib/kb/schema';
import { LONGER_NAMES } from '../../lib/kb/blockers';
import { normalizeKey } from '../../lib/text/normalize';
import { toyEntity, toyKb } from '../fixtures/toy-kb';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';
import { realKb } from './real-kb';

const e = toyEntity;

const entities: EntitySource[] = [
  e('org-paypay', ['PayPay']),
  e('org-sb', ['ソフトバンク']),
  e('org-line-app', ['LINE']),
  e('org-yahoo', ['ヤフー']),
  e('per-idezawa', ['出澤剛', '出沢剛'], { category: 'person', person: { family: ['出澤', '出沢'] } }),
  e('per-shin', ['慎ジュンホ'], { category: 'person' }),
];

let tk: Tokenizer;
beforeAll(async () => {
  tk = await nodeTokenizer();
});
const kbOf = (list: EntitySource[]) => toyKb(list, '2026-11-29');
const found = (text: string, kb = kbOf(entities)) => annotate(text, kb, tk).mentions.map((m) => [m.text, m.entity]);

describe('another thing whose name contains an alias', () => {
  it('a stadium named after PayPay or Yahoo! auctions is not the company', () => {
    expect(found('みずほPayPayドーム福岡で行われた試合。')).toEqual([]);
    expect(found('PayPayドームで先発した。福岡ヤフオクドームでも。')).toEqual([]);
  });

  it('another company whose name begins with the alias is not it, while the alias alone still is', () => {
    expect(found('PayPay銀行とPayPay証券、そしてPayPay。')).toEqual([['PayPay', 'org-paypay']]);
    expect(found('LINE WORKSからLINEに通知する。')).toEqual([['LINE', 'org-line-app']]);
  });

  it('a team name glued in katakana is not the carrier', () => {
    expect(found('福岡ソフトバンクホークスが勝った。ソフトバンク球団の発表。')).toEqual([]);
    expect(found('ソフトバンクの宮川潤一社長')).toEqual([['ソフトバンク', 'org-sb']]);
  });

  it('an entity that has the longer name as its alias wins over the blocker', () => {
    const kb = kbOf([...entities, e('prod-line-works', ['LINE WORKS'])]);
    expect(found('LINE WORKSを導入した。', kb)).toEqual([['LINE WORKS', 'prod-line-works']]);
  });

  it('every blocker contains an alias of the real dataset (a blocker that hides nothing is dead)', () => {
    const { kb } = realKb();
    const keys = kb.kb.aliases.map((a) => a.key);
    for (const name of LONGER_NAMES) {
      const k = normalizeKey(name);
      expect(
        keys.some((a) => a !== k && k.includes(a)),
        name,
      ).toBe(true);
    }
  });
});

describe('context words', () => {
  it('count only as whole words: ライン inside タイムライン does not satisfy a rule that requires ライン', () => {
    const kb = kbOf([e('gov-muni', [{ text: '自治体', context: { requires: ['LINE', 'ライン'], scope: 'paragraph' } }])]);
    expect(found('国交省は自治体に防災タイムラインの作成を促した。', kb)).toEqual([]);
    expect(found('自治体はLINEで発信し、ラインで届く。', kb)).toEqual([['自治体', 'gov-muni']]);
  });
});

describe('a name with its reading in brackets', () => {
  it('is found, and the mark covers the reading', () => {
    expect(found('出澤(いでざわ)剛社長が会見した。')).toEqual([['出澤(いでざわ)剛', 'per-idezawa']]);
    expect(found('同社の出澤（いでざわ）剛CEO')).toEqual([['出澤（いでざわ）剛', 'per-idezawa']]);
    expect(found('慎(シン)ジュンホ氏は取締役を退く。')).toEqual([['慎(シン)ジュンホ', 'per-shin']]);
  });

  it('then lets the family name + title stand for the person', () => {
    expect(found('出澤（いでざわ）剛社長は謝罪した。出澤社長は続けた。').map((m) => m[1])).toEqual(['per-idezawa', 'per-idezawa']);
  });
});
