import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../lib/annotate';
import type { KbIndex } from '../../lib/kb/index';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';
import { miniKb } from '../fixtures/mini-kb';
import { laterFacts } from '../../lib/rank/later';

let tk: Tokenizer;
let kb: KbIndex;
beforeAll(async () => {
  tk = await nodeTokenizer();
  kb = miniKb();
});

const found = (text: string) => annotate(text, kb, tk).mentions.map((m) => [m.text, m.entity]);

describe('matching', () => {
  it('prefers the longest alias: LINEプラス, LINE Pay, LINEヤフー, LINEヘルスケア are not the messenger', () => {
    expect(found('LINEプラスとLINE PayとLINEヤフーとLINEヘルスケア')).toEqual([
      ['LINEプラス', 'org-lineplus'],
      ['LINE Pay', 'org-linepay'],
      ['LINEヤフー', 'org-ly'],
      ['LINEヘルスケア', 'org-lhc'],
    ]);
  });

  it('finds spacing and width variants of a name', () => {
    expect(found('ＬＩＮＥ　Ｐａｙ、LINEPay、LINE　Pay')).toEqual([
      ['ＬＩＮＥ　Ｐａｙ', 'org-linepay'],
      ['LINEPay', 'org-linepay'],
      ['LINE　Pay', 'org-linepay'],
    ]);
  });

  it('finds names inside quote brackets', () => {
    expect(found('無料通信アプリ「LINE」と『LINE』')).toEqual([
      ['LINE', 'org-line-app'],
      ['LINE', 'org-line-app'],
    ]);
  });

  it('never matches inside a longer word', () => {
    const text = 'オンライン診療のガイドラインを見た。LINEのタイムラインも。ONLINEとLINEs';
    const ms = annotate(text, kb, tk).mentions;
    expect(ms.map((m) => m.text)).toEqual(['LINE', 'タイムライン']);
    expect(ms[1]!.entity).toBe('feat-timeline');
  });

  it('does not take a name inside a web or mail address', () => {
    expect(found('official-blog.line.me と pay.line.me と id@line.example')).toEqual([]);
    expect(found('LINE.と書いた。LINE/LINE Pay')).toEqual([
      ['LINE', 'org-line-app'],
      ['LINE', 'org-line-app'],
      ['LINE Pay', 'org-linepay'],
    ]);
  });

  it('does not take a name that a dot makes a file extension', () => {
    expect(found('拡張子.lineのファイルと、拡張子「．ＬＩＮＥ」のファイル')).toEqual([]);
    expect(found('LINE. LINEと書いた。')).toEqual([
      ['LINE', 'org-line-app'],
      ['LINE', 'org-line-app'],
    ]);
  });

  it('resolves family name + title to the person when the article names them', () => {
    expect(found('出澤剛社長は会見した。出澤社長は謝罪し、出沢氏も述べた。')).toEqual([
      ['出澤剛', 'per-idezawa'],
      ['出澤社長', 'per-idezawa'],
      ['出沢氏', 'per-idezawa'],
    ]);
  });

  it('does not resolve a bare family name + title without a full mention', () => {
    expect(found('出澤氏は述べた。')).toEqual([]);
  });

  it('takes a listed title form even alone, and prefers it to the shorter office alias', () => {
    expect(found('武田総務相は、総務省での利用を停止した。')).toEqual([
      ['武田総務相', 'per-takeda'],
      ['総務省', 'gov-mic'],
    ]);
  });

  it('resolves 個人情報保護法 by context: China sentence vs Japan', () => {
    const text = '中国国内では「個人情報保護法」と名のつく法律は存在しない。個人情報保護法では、外国への移転に同意が要る。';
    expect(found(text)).toEqual([
      ['個人情報保護法', 'law-pipl'],
      ['個人情報保護法', 'law-appi'],
    ]);
  });

  it('accepts ライン only with LINE context in the paragraph', () => {
    expect(found('生産ラインを止めた。')).toEqual([]);
    expect(found('無料通信アプリのラインで連絡した。')).toEqual([['ライン', 'org-line-app']]);
    expect(found('ﾗｲﾝのアプリ')).toEqual([['ﾗｲﾝ', 'org-line-app']]);
  });

  it('returns offsets into the original text (UTF-16), whatever the normalisation', () => {
    const text = '😀ｶﾞｲﾄﾞ「ＬＩＮＥ　Ｐａｙ」で';
    const [m] = annotate(text, kb, tk).mentions;
    expect(text.slice(m!.start, m!.end)).toBe('ＬＩＮＥ　Ｐａｙ');
    expect(m!.text).toBe('ＬＩＮＥ　Ｐａｙ');
  });

  it('copes with empty, space-only and markup-looking text', () => {
    expect(found('')).toEqual([]);
    expect(found('   \n\n ')).toEqual([]);
    expect(found('<script>alert("LINE")</script>')).toEqual([['LINE', 'org-line-app']]);
  });
});

describe('time awareness', () => {
  it('lists facts dated after the article as later developments', () => {
    const app = kb.entity('org-line-app')!;
    expect(laterFacts(app, '2021-03-18').map((f) => f.date)).toEqual(['2023-10-01']);
    expect(laterFacts(app, '2024-01-01')).toEqual([]);
    expect(laterFacts(app, undefined)).toEqual([]);
  });
});
