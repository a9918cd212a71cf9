import { describe, expect, it } from 'vitest';
import { EntityFile, type EntitySource } from '../../lib/kb/schema';
import { parse } from 'yaml';
import { properNounSpans, rankCandidates, type RawToken } from '../../tools/kb/candidates';
import { latestDay } from '../../lib/time/dates';
import { checkPresentTense, presentMarker } from '../../tools/kb/present-tense';
import { guessCategory, scaffold } from '../../tools/kb/scaffold';
import { findStale } from '../../tools/kb/stale';
import { checkTodos } from '../../tools/kb/todo';

const src = { publisher: 'テスト新聞', date: '2024-01-01' };
function entity(over: Partial<EntitySource>): { value: EntitySource; file: string } {
  return {
    file: 'x.yaml',
    value: {
      id: 'org-x',
      category: 'organization',
      names: { ja: 'X社' },
      aliases: ['X社'],
      summary: { ja: 'X社は会社。' },
      related: [],
      facts: [{ date: '2024-01-01', text: { ja: '設立。' }, sources: [src], status: 'verified' }],
      ...over,
    },
  };
}

describe('present tense needs asOf', () => {
  it('finds 現在 / いまは / currently, not past narration', () => {
    expect(presentMarker({ ja: '現在はLINEヤフーの社長。' })).toBe('現在');
    expect(presentMarker({ ja: '親会社。', en: 'It is currently the parent.' })).toBe('currently');
    expect(presentMarker({ ja: '2021年に辞任した。', en: 'It was still a draft in 2021.' })).toBeUndefined();
  });
  it('reports the entry and field, and accepts an asOf', () => {
    const e = entity({ summary: { ja: 'いまは親会社に出資する。' } });
    expect(checkPresentTense([e])).toEqual([expect.objectContaining({ file: 'x.yaml', entry: 'org-x', field: 'asOf' })]);
    expect(checkPresentTense([entity({ summary: { ja: 'いまは親会社に出資する。' }, asOf: '2025-07' })])).toEqual([]);
  });
});

describe('data:stale', () => {
  const today = '2026-06-01';
  it('lists an old summary, an open role of an old entry, an overdue plan and an unverified fact', () => {
    const e = entity({
      asOf: '2024-10',
      roles: [{ title: { ja: '総務大臣' }, from: '2024-10-01', sources: [src] }],
      facts: [
        {
          date: '2024-07-01',
          text: { ja: '計画。' },
          sources: [src],
          status: 'verified',
          outcome: { kind: 'plan', said: { ja: '2026年3月までに終える' }, due: '2026-03' },
        },
        { date: '2024-08-01', text: { ja: '噂。' }, sources: [src], status: 'unverified' },
      ],
    });
    const kinds = findStale([e], [], { today }).map((i) => `${i.kind} ${i.field}`);
    expect(kinds).toEqual(['summary asOf', 'role roles.0', 'plan facts.0.outcome', 'unverified facts.1']);
  });
  it('lists nothing for a fresh entry, a plan not yet due, a plan with a result and a closed role', () => {
    const e = entity({
      asOf: '2026-05',
      roles: [{ title: { ja: '総務大臣' }, from: '2024-10-01', to: '2025-10-21', sources: [src] }],
      facts: [
        {
          date: '2025-07-01',
          text: { ja: '計画。' },
          sources: [src],
          status: 'verified',
          outcome: { kind: 'plan', said: { ja: '2026年6月まで' }, due: '2026-06' },
        },
        {
          date: '2024-07-01',
          text: { ja: '計画。' },
          sources: [src],
          status: 'verified',
          outcome: { kind: 'plan', said: { ja: '終える' }, due: '2025-03', result: 'happened', resolved: '2025-03-31' },
        },
      ],
    });
    expect(findStale([e], [], { today })).toEqual([]);
  });
  it('lists an item as reviewed while its review is recent, then as open again', () => {
    const review = { on: '2026-05-20', note: 'searched stored reports to 2026-05; no result reported' };
    const e = entity({
      asOf: '2024-10',
      review,
      facts: [
        {
          date: '2024-07-01',
          text: { ja: '計画。' },
          sources: [src],
          status: 'verified',
          outcome: { kind: 'plan', said: { ja: '終える' }, due: '2026-03' },
          review,
        },
        { date: '2024-08-01', text: { ja: '噂。' }, sources: [src], status: 'unverified' },
      ],
    });
    const now = findStale([e], [], { today }).map((i) => `${i.field} ${i.review ? 'reviewed' : 'open'}`);
    expect(now).toEqual(['asOf reviewed', 'facts.0.outcome reviewed', 'facts.1 open']);
    const later = findStale([e], [], { today: '2026-11-17' }).filter((i) => i.review);
    expect(later).toEqual([]);
    const before = findStale([e], [], { today: '2026-05-19' }).filter((i) => i.review);
    expect(before).toEqual([]);
  });
  it('treats a month as due at its end', () => {
    expect(latestDay('2026-02')).toBe('2026-02-28');
    expect(latestDay('2024')).toBe('2024-12-31');
    const e = entity({
      asOf: '2026-05',
      facts: [
        { date: '2025-01', text: { ja: '計画。' }, sources: [src], status: 'verified', outcome: { kind: 'forecast', said: { ja: '予想' }, due: '2026-05' } },
      ],
    });
    expect(findStale([e], [], { today: '2026-05-31' })).toEqual([]);
    expect(findStale([e], [], { today: '2026-06-01' })).toHaveLength(1);
  });
});

describe('data:add scaffold', () => {
  it('guesses the category from the name', () => {
    expect(guessCategory('サイバー対処能力強化法')).toBe('law');
    expect(guessCategory('国家サイバー統括室')).toBe('government');
    expect(guessCategory('アスクルへのランサムウェア攻撃')).toBe('incident');
    expect(guessCategory('アスクル')).toBe('organization');
  });
  it('is valid YAML that data:check rejects until the TODOs are filled', () => {
    const yaml = scaffold('株式会社: テスト #1', 'person');
    const parsed = parse(yaml) as unknown[];
    expect(parsed).toHaveLength(1);
    expect((parsed[0] as { names: { ja: string } }).names.ja).toBe('株式会社: テスト #1');
    expect(EntityFile.safeParse(parsed).success).toBe(false);
    expect(checkTodos([{ value: parsed[0], file: 'new.yaml' }]).map((p) => p.field)).toContain('summary.ja');
  });
  it('still names a TODO left in an entry that is otherwise valid', () => {
    const e = entity({ summary: { ja: 'TODO 一文で。' } });
    expect(checkTodos([e])).toEqual([expect.objectContaining({ entry: 'org-x', field: 'summary.ja' })]);
    expect(checkTodos([entity({})])).toEqual([]);
  });
});

describe('data:candidates', () => {
  const tok = (surface_form: string, pos: string, d1 = '*', d2 = '*', word_type = 'KNOWN'): RawToken => ({
    surface_form,
    pos,
    pos_detail_1: d1,
    pos_detail_2: d2,
    word_type,
  });
  const text = '警視庁は山田太郎容疑者とアクメソフトを調べた。データも。';
  const tokens = [
    tok('警視庁', '名詞', '固有名詞', '組織'),
    tok('は', '助詞'),
    tok('山田', '名詞', '固有名詞', '人名'),
    tok('太郎', '名詞', '固有名詞', '人名'),
    tok('容疑者', '名詞', '一般'),
    tok('と', '助詞'),
    tok('アクメソフト', '名詞', '一般', '*', 'UNKNOWN'),
    tok('を', '助詞'),
    tok('調べ', '動詞'),
    tok('た', '助動詞'),
    tok('。', '記号'),
    tok('データ', '名詞', '一般'),
    tok('も', '助詞'),
    tok('。', '記号'),
  ];
  it('joins family and given name, keeps unknown katakana words and drops known ones', () => {
    const spans = properNounSpans(text, tokens).map((s) => `${s.term}:${s.kind}`);
    expect(spans).toEqual(['警視庁:organization', '山田太郎:person', 'アクメソフト:katakana/latin']);
  });
  it('skips what the annotator marks or the dataset knows, with an example sentence', () => {
    const at = text.indexOf('警視庁');
    const list = rankCandidates([{ file: 'a.txt', text, tokens, marked: [{ start: at, end: at + 3 }] }], (t) => t === 'アクメソフト');
    expect(list.map((c) => c.term)).toEqual(['山田太郎']);
    expect(list[0]!.example).toBe('警視庁は山田太郎容疑者とアクメソフトを調べた。');
  });
});
