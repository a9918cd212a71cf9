/** The ranking's rules, each shown on a hand-made knowledge base of a few entries. */
import { describe, expect, it } from 'vitest';
import { rankCard } from '../../lib/rank';
import { sameEvent } from '../../lib/rank/event';
import { textNames } from '../../lib/rank/names';
import { miniKb } from './rank-mini-kb';

const app = { id: 'app', aliases: ['LINE'], facts: [['2011-06', 'サービスを始めた。']] as [string, string][] };
const company = { id: 'co', aliases: ['LINEヤフー'], facts: [['2024-03-05', '総務省から行政指導を受けた。']] as [string, string][] };
const ministry = {
  id: 'mic',
  category: 'government' as const,
  aliases: ['総務省'],
  facts: [['2024-03-05', 'LINEヤフーに行政指導をした。']] as [string, string][],
};

describe('which entries a fact names', () => {
  const kb = miniKb([app, company, ministry]);
  it('a surface inside a longer surface of another entry does not name its own entry', () => {
    expect(textNames(kb, 'LINEヤフーが発表した。', 'app')).toBe(false);
    expect(textNames(kb, 'LINEヤフーが発表した。', 'co')).toBe(true);
    expect(textNames(kb, 'LINEヤフーはLINEの運営会社。', 'app')).toBe(true);
  });
});

describe('one record per event', () => {
  it('merges the records of one event on two entries (same day, one names the other), keeping the hovered entry’s own', () => {
    const kb = miniKb([app, company, ministry]);
    const ctx = {
      published: '2024-03-06',
      mentions: [
        ['co', 2],
        ['mic', 1],
      ] as [string, number][],
    };
    const onCompany = rankCard(kb, 'co', ctx)!.facts.filter((f) => f.fact.date === '2024-03-05');
    expect(onCompany.map((f) => f.entity)).toEqual(['co']);
    const onMinistry = rankCard(kb, 'mic', ctx)!.facts.filter((f) => f.fact.date === '2024-03-05');
    expect(onMinistry.map((f) => f.entity)).toEqual(['mic']);
    expect(sameEvent(kb, { entity: 'co', fact: onCompany[0]!.fact }, { entity: 'mic', fact: onMinistry[0]!.fact })).toBe(true);
  });

  it('keeps two events of one day that do not name each other’s entry (a report and a minister’s remark on it)', () => {
    const kb = miniKb([
      app,
      { id: 'paper', aliases: ['朝日新聞'], facts: [['2021-03-17', '問題を1面で報じた。']] },
      { id: 'minister', category: 'person', aliases: ['加藤勝信'], facts: [['2021-03-17', '関係機関が事実を確かめるとし、LINEを使っていると述べた。']] },
    ]);
    const card = rankCard(kb, 'app', {
      published: '2021-03-18',
      mentions: [
        ['app', 3],
        ['paper', 1],
        ['minister', 1],
      ],
    })!;
    expect(
      card.facts
        .filter((f) => f.fact.date === '2021-03-17')
        .map((f) => f.entity)
        .sort(),
    ).toEqual(['minister', 'paper']);
  });

  it('keeps two facts of one entry on one day', () => {
    const kb = miniKb([
      app,
      {
        id: 'inc',
        category: 'incident',
        aliases: ['流出事件'],
        facts: [
          ['2021-03-17', '新聞が報じた。'],
          ['2021-03-17', '会社が説明した。'],
        ],
      },
    ]);
    const card = rankCard(kb, 'inc', { published: '2021-03-18', mentions: [['inc', 1]] })!;
    expect(card.facts.filter((f) => f.fact.date === '2021-03-17')).toHaveLength(2);
  });
});

describe('the record kept of one event', () => {
  it('is the one on the entry the article mentions most, not the best-scored one (the president’s apology, not an attendee’s line)', () => {
    const kb = miniKb([
      app,
      { id: 'president', category: 'person', aliases: ['出澤剛'], facts: [['2021-03-23', '夜の記者会見で説明不足を謝罪した。']] },
      { id: 'attendee', category: 'person', aliases: ['池邉智洋'], facts: [['2021-03-23', 'LINEの謝罪会見に出澤剛社長とともに出席した。']] },
    ]);
    const card = rankCard(kb, 'app', {
      published: '2021-03-24',
      mentions: [
        ['app', 2],
        ['president', 3],
        ['attendee', 1],
      ],
    })!;
    expect(card.facts.filter((f) => f.fact.date === '2021-03-23').map((f) => f.entity)).toEqual(['president']);
  });
});

describe('the story', () => {
  it('facts of the incident the article is about weigh as the hovered entry’s own', () => {
    const kb = miniKb([
      { id: 'firm', aliases: ['某社'], facts: [['2010-04', '設立された。']] },
      { id: 'breach', category: 'incident', aliases: ['某社の流出'], related: ['firm'], facts: [['2024-01-08', '不正アクセスが判明した。']] },
      { id: 'vendor', aliases: ['委託先'], facts: [['2024-01-09', '新製品を発表した。']] },
    ]);
    const card = rankCard(kb, 'firm', {
      published: '2024-01-10',
      mentions: [
        ['firm', 2],
        ['breach', 1],
        ['vendor', 1],
      ],
    })!;
    expect(card.story?.entity).toBe('breach');
    expect(card.facts.slice(1, 3).map((f) => f.entity)).toEqual(['breach', 'vendor']);
  });
});
