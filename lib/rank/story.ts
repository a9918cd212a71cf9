/**
 * The story so far: the incident an article is about (or mentions), as a compact
 * timeline up to the article's date, what followed it, and the latest known state.
 */
import { earliestDay, isAfter } from '../time/dates';
import { gapDays } from './days';
import type { RankKb } from './kb';
import { STORY_MAX_BEFORE, STORY_WINDOW_DAYS } from './limits';
import { closeTie } from './ties';
import type { ArticleContext, CardFact, StoryView } from './types';

const isIncident = (kb: RankKb, id: string) => kb.entity(id)?.category === 'incident';

/** Which incident is the story of the hovered entry's card in this article, if any. */
export function storyIncident(kb: RankKb, hovered: string, ctx: ArticleContext, mentioned: Map<string, number>): string | undefined {
  if (isIncident(kb, hovered)) return hovered;
  const e = kb.entity(hovered);
  const near = new Set([...(e?.related ?? []), ...(e?.links ?? []).map((l) => l.id), ...kb.incidentsOf(hovered)]);
  const inArticle = [...mentioned].filter(([id]) => isIncident(kb, id)).sort((a, b) => b[1] - a[1]);
  // an incident the article mentions: one the hovered entry is a party of first, then one merely related
  const tied = inArticle.find(([id]) => closeTie(kb, hovered, id)) ?? inArticle.find(([id]) => near.has(id));
  if (tied) return tied[0];
  if (inArticle[0]) return inArticle[0][0];
  // else an incident with a fact close to the article's date that the hovered entry is a
  // party of (lib/rank/ties.ts), or that it only lists as related or regulates when the
  // article mentions another of the incident's entries (it touches the article beyond the
  // hovered entry, as a loosely tied fact must to reach the first screen)
  if (!ctx.published) return undefined;
  const day = ctx.published;
  const touchesArticle = (id: string) => {
    const inc = kb.entity(id)!;
    return [...inc.related, ...(inc.links ?? []).map((l) => l.id)].some((x) => x !== hovered && mentioned.has(x));
  };
  const close = [...near]
    .filter((id) => isIncident(kb, id) && (closeTie(kb, hovered, id) || touchesArticle(id)))
    .map((id) => ({ id, gap: Math.min(...kb.entity(id)!.facts.map((f) => gapDays(f.date, day))) }))
    .filter((x) => x.gap <= STORY_WINDOW_DAYS)
    .sort((a, b) => a.gap - b.gap);
  return close[0]?.id;
}

export function storyFor(kb: RankKb, hovered: string, ctx: ArticleContext, mentioned: Map<string, number>): StoryView | undefined {
  const id = storyIncident(kb, hovered, ctx, mentioned);
  const inc = id ? kb.entity(id) : undefined;
  if (!inc) return undefined;
  const timeline: CardFact[] = inc.facts
    .map((fact) => ({ entity: inc.id, fact }))
    .sort((a, b) => earliestDay(a.fact.date).localeCompare(earliestDay(b.fact.date)));
  const day = ctx.published;
  const before = day ? timeline.filter((f) => !isAfter(f.fact.date, day)) : timeline;
  const after = day ? timeline.filter((f) => isAfter(f.fact.date, day)) : [];
  // the latest known state: the newest fact stating figures or an outcome, else the newest
  const stated = timeline.filter((f) => f.fact.quantities?.length || f.fact.outcome);
  const latest = stated.at(-1) ?? timeline.at(-1);
  return {
    entity: inc.id,
    before: before.slice(-STORY_MAX_BEFORE),
    omitted: Math.max(0, before.length - STORY_MAX_BEFORE),
    after,
    ...(latest ? { latest } : {}),
  };
}
