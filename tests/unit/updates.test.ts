import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../lib/annotate';
import { compileKb } from '../../lib/kb/compile';
import { KbIndex } from '../../lib/kb/index';
import { Entity, type EntitySource } from '../../lib/kb/schema';
import type { EntityView } from '../../lib/kb/types';
import { findFigures } from '../../lib/numbers/parse';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import { compareFigure, comparePlan, compareSuspicion } from '../../lib/updates/compare';
import { HEDGE, PLAN } from '../../lib/updates/markers';
import type { Tokenizer } from '../../lib/tokenize/types';
import { findDueDates } from '../../lib/updates/when';
import { updateLine } from '../../lib/updates/wording';

const src = [{ publisher: 'テスト' }];
const leak: EntitySource = Entity.parse({
  id: 'inc-leak',
  category: 'incident',
  names: { ja: 'X社の情報漏えい' },
  aliases: ['X社の情報漏えい', { text: '情報漏えい', context: { requires: ['X社'], scope: 'paragraph' } }],
  summary: { ja: 'テスト' },
  facts: [
    {
      date: '2023-11-27',
      text: { ja: '約44万件が漏えいした。' },
      sources: src,
      status: 'verified',
      quantities: [
        { measure: 'records', value: 440000, approx: 'about' },
        { measure: 'records', value: 129894, subject: 'japan' },
        { measure: 'yen', value: 3000 },
      ],
      outcome: {
        kind: 'suspicion',
        said: { ja: '取引先の口座情報も漏えいした' },
        result: 'denied',
        resolved: '2024-02-14',
        text: { ja: '口座情報の漏えいはなかった' },
      },
    },
    {
      date: '2023-12-01',
      text: { ja: 'システムの分離を来年6月までに終える計画。' },
      sources: src,
      status: 'verified',
      outcome: { kind: 'plan', said: { ja: '委託先とのシステムの分離を終える' }, due: '2024-06', result: 'happened-late', resolved: '2024-09-30' },
    },
    {
      date: '2024-02-14',
      text: { ja: '約52万件に拡大した。' },
      sources: [{ publisher: '後の報道' }],
      status: 'verified',
      quantities: [{ measure: 'records', value: 520000, approx: 'about' }],
    },
  ],
});
const other: EntitySource = Entity.parse({
  id: 'inc-other',
  category: 'incident',
  names: { ja: 'Y社の流出' },
  aliases: ['Y社の流出'],
  summary: { ja: 'テスト' },
  facts: [{ date: '2020-01-01', text: { ja: '10件' }, sources: src, status: 'verified', quantities: [{ measure: 'records', value: 10 }] }],
});
const view = leak as EntityView;
const kb = new KbIndex(compileKb([leak, other], [], '2026-01-01'));
let tk: Tokenizer;
beforeAll(async () => {
  tk = await nodeTokenizer();
});
const fig = (s: string) => findFigures(s)[0]!;

describe('figures against typed facts', () => {
  it('a figure revised after the article is updated since, without a verdict', () => {
    const n = compareFigure(fig('約44万件'), view, '2023-11-28', '約44万件')!;
    expect(n).toMatchObject({ kind: 'figure', now: { date: '2024-02-14', quantity: { value: 520000 } } });
    expect(n.verdict).toBeUndefined();
    expect(updateLine(n, 'ja')).toBe('その後 約52万件に（2024年2月14日）');
  });
  it('a figure already revised before the article is out of date', () => {
    expect(compareFigure(fig('約44万件'), view, '2024-05-01', '')?.verdict).toBe('outdated');
  });
  it('counterexamples: the current figure, another measure, another subject, an unknown value', () => {
    expect(compareFigure(fig('約52万件'), view, '2024-05-01', '')).toBeUndefined();
    expect(compareFigure(fig('44万人'), view, '2023-11-28', '')).toBeUndefined(); // people, not records
    expect(compareFigure(fig('3000円'), view, '2023-11-28', '')).toBeUndefined(); // yen, nothing newer
    expect(compareFigure(fig('12万9894件'), view, '2023-11-28', '')).toBeUndefined(); // a sub-count, still current
    expect(compareFigure(fig('約30万件'), view, '2023-11-28', '')).toBeUndefined(); // not one of its figures
  });
  it('a figure reported only after the article is not the one it gives', () => {
    expect(compareFigure(fig('約44万件'), view, '2023-01-01', '')).toBeUndefined();
  });
});

describe('plans and suspicions', () => {
  const s = 'X社は委託先とのシステムの分離を来年6月までに終える方針だ。';
  it('a plan due the month the article names gets its outcome', () => {
    const due = findDueDates(s, '2023-12-05')[0];
    const n = comparePlan(s, due, view, '2023-12-05', '', new Set())!;
    expect(n).toMatchObject({ kind: 'plan', now: { result: 'happened-late', date: '2024-09-30' } });
  });
  it('a plan that went differently before the article was written is out of date; one done as planned gets no note', () => {
    const due = findDueDates('6月までに', '2024-01-05')[0];
    expect(comparePlan(s, due, view, '2024-12-01', '', new Set())?.verdict).toBe('outdated');
    const done = { ...view, facts: view.facts.map((f) => (f.outcome?.kind === 'plan' ? { ...f, outcome: { ...f.outcome, result: 'happened' as const } } : f)) };
    expect(comparePlan(s, due, done, '2024-12-01', '', new Set())).toBeUndefined();
  });
  it('counterexample: a plan due another month', () => {
    expect(comparePlan(s, findDueDates('9月までに', '2023-12-05')[0], view, '2023-12-05', '', new Set())).toBeUndefined();
  });
  it("a hedged statement sharing the suspicion's words gets its outcome; another does not", () => {
    expect(compareSuspicion('取引先の口座情報も漏えいした可能性がある。', view, '2023-11-28', '', new Set())?.now.result).toBe('denied');
    expect(compareSuspicion('社長が辞任する可能性がある。', view, '2023-11-28', '', new Set())).toBeUndefined();
  });
  it('markers: plan and hedge forms, and their counterexamples', () => {
    for (const p of ['移す方針だ', '終える予定', '終了する見通し', '導入を検討している', '日本円で返金へ　', '移すとした']) expect(PLAN.test(p), p).toBe(true);
    for (const p of ['移した。', '移している。', '終了した。']) expect(PLAN.test(p), p).toBe(false);
    for (const h of ['漏えいした可能性がある', '流出したとみられる', '調査中だ', '情報も流出か　', '漏洩したおそれ']) expect(HEDGE.test(h), h).toBe(true);
    for (const h of ['漏えいが確認された', '流出した', 'どうか']) expect(HEDGE.test(h), h).toBe(false);
  });
});

describe('in an article', () => {
  const notes = (text: string, published?: string) => annotate(text, kb, tk, published ? { published } : {}).corrections.filter((c) => c.kind);
  it("notes a figure in the mention's sentence and in a later sentence of its paragraph", () => {
    const n = notes('X社の情報漏えいで、流出は約44万件だった。漏れたのは計44万件に上る。', '2023-11-28');
    expect(n.map((c) => [c.text, c.kind, c.verdict])).toEqual([
      ['約44万件', 'figure', 'updated-since'],
      ['44万件', 'figure', 'updated-since'],
    ]);
    expect(n[0]!.claim).toBe('update:inc-leak');
  });
  it("counterexamples: another entity's sentence, another paragraph, a figure set apart or placed earlier", () => {
    expect(notes('Y社の流出では約44万件が漏れた。', '2023-11-28')).toEqual([]);
    expect(notes('X社の情報漏えいが起きた。\n別の会社では約44万件が漏れた。', '2023-11-28')).toEqual([]);
    expect(notes('X社の情報漏えいとは別に、約44万件の流出があった。', '2023-11-28')).toEqual([]);
    expect(notes('X社の情報漏えいは、当初は約44万件とされた。', '2024-05-01')).toEqual([]);
  });
});
