import { beforeAll, describe, expect, it } from 'vitest';
import type { KbIndex } from '../../lib/kb/index';
import { realKb } from './real-kb';
import type { EntityView } from '../../lib/kb/types';
import { firstScreen, rankCard, rankKb, relationsAt, roleOn, type RankKb } from '../../lib/rank';
import { sameEvent } from '../../lib/rank/event';

let kb: KbIndex;
let rk: RankKb;
beforeAll(() => {
  kb = realKb().kb;
  rk = rankKb(kb);
});

const fact = (date: string, ja: string) => ({ date, text: { ja }, sources: [{ publisher: 'P' }], status: 'verified' as const });
const person: EntityView = {
  id: 'per-x',
  category: 'person',
  names: { ja: '某氏' },
  summary: { ja: '政治家' },
  related: [],
  roles: [
    { title: { ja: '総務相' }, org: 'gov-mic', from: '2020-09-16', to: '2021-10-04', sources: [{ publisher: 'NHK' }] },
    { title: { ja: '厚労相' }, from: '2022-08-10', to: '2023-09-13', sources: [{ publisher: 'NHK' }] },
    { title: { ja: '財務相' }, from: '2024-10', sources: [{ publisher: 'NHK' }] },
  ],
  links: [
    { rel: 'parent', id: 'org-a', from: '2019', to: '2021-02' },
    { rel: 'successor', id: 'org-b', from: '2023-10-01' },
  ],
  facts: [fact('2020-09-16', '就任')],
};

describe('relations at the article date', () => {
  it("shows the role held at the article's date, not the latest one", () => {
    expect(roleOn(person, '2021-03-18')?.title?.ja).toBe('総務相');
    expect(roleOn(person, '2023-06-14')?.title?.ja).toBe('厚労相');
    expect(roleOn(person, '2022-01-01')).toBeUndefined(); // between two roles
    expect(roleOn(person, '2025-01-01')?.title?.ja).toBe('財務相'); // open-ended, from a month
    expect(roleOn(person, '2021-10-04')?.title?.ja).toBe('総務相'); // the last day counts
  });

  it('without a date shows the roles still held; periodic links only when held; successors always', () => {
    expect(
      relationsAt(person, undefined)
        .filter((r) => r.kind === 'role')
        .map((r) => r.title?.ja),
    ).toEqual(['財務相']);
    expect(relationsAt(person, '2020-06-01').map((r) => r.kind)).toEqual(['parent', 'successor']);
    expect(relationsAt(person, '2022-06-01').map((r) => r.kind)).toEqual(['successor']);
  });

  it('on the dataset: Kato was Chief Cabinet Secretary in March 2021 and health minister in June 2023', () => {
    expect(roleOn(kb.entity('per-kato')!, '2021-03-18')?.entity).toBe('gov-cas');
    expect(roleOn(kb.entity('per-kato')!, '2023-06-14')?.entity).toBe('gov-mhlw');
    expect(roleOn(kb.entity('per-takeda')!, '2021-03-20')?.entity).toBe('gov-mic');
  });
});

describe('rankCard', () => {
  it("leads with the hovered entry's defining fact, then facts of the article's entries near its date", () => {
    const card = rankCard(rk, 'org-line-app', {
      published: '2024-06-19',
      mentions: [
        ['org-ly', 2],
        ['inc-ly-leak', 1],
        ['org-line-app', 1],
      ],
    })!;
    expect(card.defining).toBe(true);
    expect(card.facts[0]!.entity).toBe('org-line-app');
    const top = card.facts.slice(1, 4);
    // the app's own 2020 outage and user counts no longer fill the card
    for (const f of top) expect(f.fact.date >= '2023-10').toBe(true);
    expect(top.some((f) => f.entity !== 'org-line-app')).toBe(true);
    // every other entry named on the card has its name
    for (const f of card.facts) if (f.entity !== 'org-line-app') expect(card.names[f.entity]).toBeDefined();
  });

  it("keeps one record per event across entries, preferring the hovered entry's own", () => {
    const card = rankCard(rk, 'gov-mic', {
      published: '2024-03-06',
      mentions: [
        ['org-ly', 3],
        ['inc-ly-leak', 1],
        ['gov-mic', 2],
      ],
    })!;
    for (const [i, a] of card.facts.entries()) for (const b of card.facts.slice(i + 1)) expect(sameEvent(rk, a, b)).toBe(false);
    // the guidance of 2024-03-05 is recorded on the ministry, the company and the incident
    expect(card.facts.filter((f) => f.fact.date === '2024-03-05').map((f) => f.entity)).toEqual(['gov-mic']);
  });

  it('tells the story of the incident the article mentions, with what followed and the latest state', () => {
    const card = rankCard(rk, 'org-ly', {
      published: '2023-11-28',
      mentions: [
        ['org-ly', 2],
        ['inc-ly-leak', 1],
      ],
    })!;
    expect(card.story?.entity).toBe('inc-ly-leak');
    expect(card.story!.before.every((f) => f.fact.date <= '2023-11-28')).toBe(true);
    expect(card.story!.after.map((f) => f.fact.date)).toContain('2024-03-28');
    expect(card.story!.latest).toBeDefined();
    // the latest state after the article is on the first screen
    expect(firstScreen(card, '2023-11-28')).toContain(card.story!.latest);
  });

  it('gives later facts only after the date, none without a date, and nothing for an unknown id', () => {
    const card = rankCard(rk, 'org-line-app', { published: '2021-03-18', mentions: [] })!;
    expect(card.later.every((f) => f.fact.date > '2021-03-18')).toBe(true);
    expect(rankCard(rk, 'org-line-app', { mentions: [] })!.later).toEqual([]);
    expect(rankCard(rk, 'no-such-entry', { mentions: [] })).toBeUndefined();
  });

  it('ignores unknown ids in the article context', () => {
    const a = rankCard(rk, 'gov-ppc', { published: '2024-03-29', mentions: [['org-ly', 1]] })!;
    const b = rankCard(rk, 'gov-ppc', {
      published: '2024-03-29',
      mentions: [
        ['org-ly', 1],
        ['zz-unknown', 5],
      ],
    })!;
    expect(b.facts).toEqual(a.facts);
  });
});

describe('first screen', () => {
  it('leaves a fact that scores a tiny share of the best off the first screen (Kato in June 2023: not his 2021 Taiwan remark)', () => {
    const card = rankCard(rk, 'per-kato', {
      published: '2023-06-14',
      mentions: [
        ['inc-mynumber-mislink', 2],
        ['gov-mhlw', 1],
        ['per-kato', 1],
      ],
    })!;
    const shown = firstScreen(card, '2023-06-14');
    expect(card.lead).toBeLessThan(card.facts.length);
    expect(shown.some((f) => f.fact.date === '2021-07-29')).toBe(false);
    expect(shown.filter((f) => f.entity === 'inc-mynumber-mislink').length).toBeGreaterThanOrEqual(2);
  });

  it('groups links of one kind and period on one line (the three predecessors of LINEヤフー)', () => {
    const lines = relationsAt(kb.entity('org-ly')!, '2024-06-19').filter((r) => r.kind === 'predecessor');
    expect(lines).toHaveLength(1);
    expect([lines[0]!.entity, ...(lines[0]!.more ?? [])].sort()).toEqual(['org-line-corp', 'org-yahoo', 'org-zhd']);
  });
});
