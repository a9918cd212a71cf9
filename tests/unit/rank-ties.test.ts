/** Typed ties and loose `related` lists in the card's ranking, each rule on a hand-made knowledge base. */
import { describe, expect, it } from 'vitest';
import { firstScreen, rankCard } from '../../lib/rank';
import { closeTie } from '../../lib/rank/ties';
import { miniKb, type MiniEntry } from './rank-mini-kb';

type Facts = MiniEntry['facts'];

const firm: MiniEntry = { id: 'firm', aliases: ['某社'], facts: [['2010-04', '設立された。']], related: ['loose-inc', 'see-also'] };
const ministry: MiniEntry = { id: 'ministry', category: 'government', aliases: ['某省'], facts: [['2001-01', '発足した。']] };
const other: MiniEntry = { id: 'other', aliases: ['別会社'], facts: [] };
const seeAlso: MiniEntry = { id: 'see-also', category: 'product', aliases: ['別サービス'], facts: [['2023-03-01', '新機能を始めた。']] };
/** an incident of the firm, regulated by the ministry */
const breach: MiniEntry = {
  id: 'breach',
  category: 'incident',
  aliases: ['某社の流出'],
  related: ['firm', 'ministry'],
  links: [
    { rel: 'victim', id: 'firm' },
    { rel: 'regulator', id: 'ministry' },
  ],
  facts: [['2023-03-10', '不正アクセスが判明した。']],
};
/** an incident of another company that the firm lists as related */
const looseInc: MiniEntry = {
  id: 'loose-inc',
  category: 'incident',
  aliases: ['別会社の障害'],
  related: ['other'],
  links: [{ rel: 'actor', id: 'other' }],
  facts: [['2023-03-20', 'システムが止まった。']],
};
/** an older incident entry that records its parties only in `related` */
const legacy: MiniEntry = { id: 'legacy', category: 'incident', aliases: ['旧事件'], related: ['firm'], facts: [['2023-02-01', '情報が漏れた。']] };

const article = (...mentions: [string, number][]) => ({ published: '2023-04-01', mentions });

describe('close and loose ties', () => {
  const kb = miniKb([firm, ministry, other, seeAlso, breach, looseInc, legacy]);
  it('a typed link makes a close tie, from either side', () => {
    expect(closeTie(kb, 'firm', 'breach')).toBe(true);
    expect(closeTie(kb, 'breach', 'firm')).toBe(true);
  });
  it('a regulator link does not, nor the related list of an incident that records typed links', () => {
    expect(closeTie(kb, 'ministry', 'breach')).toBe(false);
    expect(closeTie(kb, 'breach', 'ministry')).toBe(false);
  });
  it('the hovered entry listing an entry as related does not; an incident without typed links listing the entry does', () => {
    expect(closeTie(kb, 'firm', 'see-also')).toBe(false);
    expect(closeTie(kb, 'firm', 'loose-inc')).toBe(false);
    expect(closeTie(kb, 'firm', 'legacy')).toBe(true);
  });
});

describe('the first screen and loosely related entries', () => {
  const sns: MiniEntry = { id: 'sns', aliases: ['某SNS'], facts: [['2023-07-24', '名前を変えた。']], related: ['acct'] };
  const paper: MiniEntry = { id: 'paper', aliases: ['某紙'], facts: [] };
  const acct = (facts: Facts): MiniEntry => ({ id: 'acct', category: 'product', aliases: ['公式アカウント'], facts });
  const published = '2023-05-10';

  it('keeps the facts of an entry the hovered one only lists as related off the first screen, one disclosure away', () => {
    const kb = miniKb([
      sns,
      acct([
        ['2021-03-23', 'データを国内に移すと発表した。'],
        ['2021-04-30', '指針で使えるとされた。'],
      ]),
    ]);
    const card = rankCard(kb, 'sns', { published, mentions: [['sns', 2]] })!;
    expect(firstScreen(card, published)).toEqual([]);
    expect(card.facts.map((f) => f.entity)).toEqual(['acct', 'acct']);
  });

  it('lets such a fact on when it names the hovered entry or an entry the article mentions', () => {
    const kb = miniKb([
      sns,
      paper,
      acct([
        ['2021-03-23', 'データを国内に移すと発表した。'],
        ['2022-01-10', '某SNSとの連携を始めた。'],
        ['2022-02-01', '某紙が仕様を報じた。'],
      ]),
    ]);
    const mentions: [string, number][] = [
      ['sns', 2],
      ['paper', 1],
    ];
    const card = rankCard(kb, 'sns', { published, mentions })!;
    expect(
      firstScreen(card, published)
        .map((f) => f.fact.date)
        .sort(),
    ).toEqual(['2022-01-10', '2022-02-01']);
  });

  it('lets the facts of an entry tied by a typed link on, named or not', () => {
    const holding: MiniEntry = { id: 'holding', aliases: ['某HD'], facts: [['2023-04-01', '社名を改めた。']] };
    const kb = miniKb([{ ...sns, links: [{ rel: 'parent', id: 'holding' }] }, holding]);
    const card = rankCard(kb, 'sns', { published, mentions: [['sns', 2]] })!;
    expect(firstScreen(card, published).map((f) => f.entity)).toEqual(['holding']);
  });

  it("measures a fact's share against the best fact that may be on the first screen, not against a loosely related one", () => {
    const kb = miniKb([
      {
        ...firm,
        facts: [
          ['2010-04', '設立された。'],
          ['2016-01', '上場した。'],
        ],
      },
      { ...seeAlso, facts: [['2023-03-31', '新機能を始めた。']] },
    ]);
    const card = rankCard(kb, 'firm', article(['firm', 1]))!;
    expect(firstScreen(card, '2023-04-01').map((f) => f.fact.date)).toEqual(['2010-04', '2016-01']);
  });
});

describe('the story and loosely related incidents', () => {
  const kb = miniKb([firm, ministry, other, seeAlso, breach, looseInc, legacy]);
  it('an unmentioned incident the hovered entry only lists as related is not its story', () => {
    const kbWithout = miniKb([firm, other, looseInc]);
    expect(rankCard(kbWithout, 'firm', article(['firm', 1]))!.story).toBeUndefined();
  });
  it('...unless the article mentions another of its entries', () => {
    const kbWithout = miniKb([firm, other, looseInc]);
    expect(rankCard(kbWithout, 'firm', article(['firm', 1], ['other', 1]))!.story?.entity).toBe('loose-inc');
  });
  it('an unmentioned incident the hovered entry only regulates is not its story', () => {
    expect(rankCard(kb, 'ministry', article(['ministry', 3]))!.story).toBeUndefined();
  });
  it('an unmentioned incident the hovered entry is a party of is its story (typed link, or the related list of an incident without typed links)', () => {
    expect(rankCard(kb, 'firm', article(['firm', 1]))!.story?.entity).toBe('breach');
    expect(rankCard(miniKb([firm, legacy]), 'firm', article(['firm', 1]))!.story?.entity).toBe('legacy');
  });
  it('of the incidents the article mentions, one the hovered entry is a party of comes before one it only lists as related', () => {
    const card = rankCard(kb, 'firm', article(['firm', 1], ['loose-inc', 3], ['breach', 1]))!;
    expect(card.story?.entity).toBe('breach');
  });
});
