/**
 * Ranks the facts a card shows for one article: the hovered entry's facts and those of
 * the entries the article also mentions or that are related to it, by closeness to the
 * article's date and by how much of the article a fact touches (a loosely related entry's
 * fact reaches the first screen only when it touches the article: lib/rank/ties.ts). The
 * hovered entry's defining fact (its earliest) leads. Pure: the same input always gives
 * the same card.
 */
import { earliestDay, isAfter, latestDay } from '../time/dates';
import type { RankKb } from './kb';
import {
  BONUS_TOUCHES_HOVERED,
  FIRST_SCREEN_FACTS,
  HALF_LIFE_DAYS,
  MIN_SHARE_OF_BEST,
  WEIGHT_MENTIONED,
  WEIGHT_STORY,
  WEIGHT_PER_TOUCH,
  WEIGHT_RELATED,
} from './limits';
import { relationsAt } from './relations';
import { storyFor, storyIncident } from './story';
import type { ArticleContext, CardFact, Fact, LocalText, RankedCard } from './types';
import { gapDays } from './days';
import { laterFacts } from './later';
import { textNames } from './names';
import { sameEvent } from './event';
import { closeTie } from './ties';

const sameFact = (a: CardFact, b: CardFact) => a.entity === b.entity && a.fact === b.fact;
const byDate = (a: CardFact, b: CardFact) => earliestDay(a.fact.date).localeCompare(earliestDay(b.fact.date));

/** The entries whose facts may appear on the hovered entry's card, with their weight. */
function candidates(kb: RankKb, hovered: string, mentioned: Map<string, number>, story: string | undefined): Map<string, number> {
  const e = kb.entity(hovered);
  // the incident the article is about is the hovered entry's story: its facts weigh as the entry's own
  const out = new Map<string, number>([[hovered, 1], ...(story ? [[story, WEIGHT_STORY] as const] : [])]);
  const add = (id: string, w: number) => {
    if (kb.entity(id) && (out.get(id) ?? 0) < w) out.set(id, w);
  };
  for (const id of mentioned.keys()) add(id, WEIGHT_MENTIONED);
  for (const id of [...(e?.related ?? []), ...(e?.links ?? []).map((l) => l.id), ...kb.incidentsOf(hovered)]) add(id, WEIGHT_RELATED);
  return out;
}

/** How many of the article's entries a fact touches: its own entry, and those its text names. */
function touches(kb: RankKb, owner: string, fact: Fact, mentioned: Map<string, number>): Set<string> {
  const hit = new Set<string>();
  if (mentioned.has(owner)) hit.add(owner);
  for (const id of mentioned.keys()) {
    if (hit.has(id)) continue;
    if (textNames(kb, fact.text.ja, id)) hit.add(id);
  }
  return hit;
}

export function rankCard(kb: RankKb, hovered: string, ctx: ArticleContext): RankedCard | undefined {
  const entity = kb.entity(hovered);
  if (!entity) return undefined;
  const mentioned = new Map(ctx.mentions.filter(([id]) => kb.entity(id)));
  const storyId = storyIncident(kb, hovered, ctx, mentioned);
  const pool = candidates(kb, hovered, mentioned, storyId);
  // without a date, the newest fact in reach stands for "now"
  const all: CardFact[] = [...pool.keys()].flatMap((id) => kb.entity(id)!.facts.map((fact) => ({ entity: id, fact })));
  const ref =
    ctx.published ??
    all
      .map((f) => earliestDay(f.fact.date))
      .sort()
      .at(-1) ??
    '9999-12-31';
  const before = all.filter((f) => !isAfter(f.fact.date, ref));

  // an entry tied only loosely (a bare `related`, a regulator: lib/rank/ties.ts) that the
  // article does not mention is "see also": its facts reach the first screen only when
  // they touch the article (name the hovered entry or one the article mentions)
  const loose = (id: string) => id !== hovered && id !== storyId && !mentioned.has(id) && !closeTie(kb, hovered, id);
  const rate = (f: CardFact) => {
    const hit = touches(kb, f.entity, f.fact, mentioned);
    const onHovered = f.entity === hovered || textNames(kb, f.fact.text.ja, hovered);
    const closeness = 0.5 ** (gapDays(f.fact.date, ref) / HALF_LIFE_DAYS);
    const s = closeness * (1 + WEIGHT_PER_TOUCH * hit.size) * pool.get(f.entity)! * (onHovered ? BONUS_TOUCHES_HOVERED : 1);
    return { f, s, open: onHovered || hit.size > 0 || !loose(f.entity) };
  };
  const scored = before.map(rate);
  scored.sort((a, b) => b.s - a.s || (a.f.entity === hovered ? -1 : 0) - (b.f.entity === hovered ? -1 : 0) || byDate(b.f, a.f));

  // the hovered entry's defining fact: its earliest, when it is not after the article;
  // a period counts by its end ("2023" is not earlier than "2023-10-01": it may be later)
  const defining = entity.facts
    .map((fact) => ({ entity: hovered, fact }))
    .filter((f) => !isAfter(f.fact.date, ref))
    .sort((a, b) => latestDay(a.fact.date).localeCompare(latestDay(b.fact.date)))[0];
  const slots: { f: CardFact; s: number; open: boolean }[] = defining ? [{ f: defining, s: Infinity, open: true }] : [];
  // one record per event (lib/rank/event.ts), in the place of the best-scored record; the
  // record kept is the one on the entry closest to the card: the hovered entry's own,
  // else the story's, else that of the entry the article mentions most
  const centrality = (id: string) => (id === hovered ? Infinity : id === storyId ? Number.MAX_VALUE : (mentioned.get(id) ?? 0));
  for (const { f, s, open } of scored) {
    if (defining && sameFact(f, defining)) continue;
    const slot = slots.find((g) => sameEvent(kb, f, g.f));
    if (!slot) slots.push({ f, s, open });
    else {
      if (centrality(f.entity) > centrality(slot.f.entity)) slot.f = f;
      // an event one of whose records touches the article is open to the first screen
      slot.open ||= open;
    }
  }
  // the facts that may be on the first screen first, each part in score order
  const ordered = [...slots.filter((x) => x.open), ...slots.filter((x) => !x.open)];
  const facts = ordered.map((x) => x.f);

  // the first screen: the defining fact and up to three more that still matter (a fact
  // scoring a tiny share of the best one that may be there is context, one disclosure away)
  const best = scored.find((x) => x.open)?.s ?? 0;
  const start = defining ? 1 : 0;
  let lead = start;
  while (lead < facts.length && lead - start < FIRST_SCREEN_FACTS && ordered[lead]!.open && ordered[lead]!.s >= MIN_SHARE_OF_BEST * best) lead++;

  const story = storyFor(kb, hovered, ctx, mentioned);
  const inStory = (f: CardFact) => story?.after.some((s) => sameFact(s, f)) ?? false;
  const later = laterFacts(entity, ctx.published)
    .map((fact) => ({ entity: hovered, fact }))
    .filter((f) => !inStory(f));
  const relations = relationsAt(entity, ctx.published);

  const names: Record<string, LocalText> = {};
  const name = (id: string | undefined) => {
    const e = id && id !== hovered ? kb.entity(id) : undefined;
    if (e) names[e.id] = e.names;
  };
  for (const f of [...facts, ...later, ...(story ? [...story.before, ...story.after] : [])]) name(f.entity);
  name(story?.entity);
  for (const r of relations) for (const id of [r.entity, ...(r.more ?? [])]) name(id);
  return { facts, defining: !!defining, lead, later, ...(story ? { story } : {}), relations, names };
}
