/**
 * Loose `related` lists are not typed links (issue #15 follow-up): two cards seen on
 * real pages, reproduced on the real dataset with a synthetic article context (ids and
 * a date only).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { realKb } from './real-kb';
import { firstScreen, rankCard, rankKb, type RankKb } from '../../lib/rank';

let rk: RankKb;
beforeAll(() => {
  rk = rankKb(realKb().kb);
});

describe('a card on the real dataset, for an article that is not about what the entry lists as related', () => {
  it('X in a 2023 article that mentions only X: no facts of LINE公式アカウント (X merely lists it as related) on the first screen', () => {
    const published = '2023-05-10';
    // the premise: X lists the LINE official account as related and has no fact before the article
    expect(rk.entity('org-x')!.related).toContain('feat-oa');
    expect(rk.entity('org-x')!.facts.every((f) => f.date > published)).toBe(true);
    const card = rankCard(rk, 'org-x', { published, mentions: [['org-x', 2]] })!;
    expect(firstScreen(card, published).map((f) => f.entity)).not.toContain('feat-oa');
    // still one disclosure away, not dropped
    expect(card.facts.some((f) => f.entity === 'feat-oa')).toBe(true);
  });

  it('財務省 in a 森友 article (財務省, 近畿財務局): the Mizuho outage it regulated is not the story, and its facts before the article (none names 財務省) stay off the first screen', () => {
    const published = '2021-10-13';
    const ctx = {
      published,
      mentions: [
        ['gov-mof', 4],
        ['gov-kinki-fb', 1],
      ] as [string, number][],
    };
    // the premise: the outage names the ministry as a regulator, with a fact a few months before the article
    expect(rk.entity('inc-mizuho-2021')!.links).toContainEqual({ rel: 'regulator', id: 'gov-mof' });
    const card = rankCard(rk, 'gov-mof', ctx)!;
    expect(card.story?.entity).not.toBe('inc-mizuho-2021');
    const shown = firstScreen(card, published);
    expect(shown.filter((f) => f.entity === 'inc-mizuho-2021')).toEqual([]);
  });
});
