/**
 * Figures, plans and suspicions an article states about an entity, compared with the
 * entity's typed facts (quantities and outcomes). Precision first: a figure is only
 * compared with figures of the same measure whose value it matches, a plan only with an
 * outcome due the same month (or, undated, sharing most of its words), a suspicion
 * only with an outcome sharing most of its words.
 */
import { isAfter, latestDay } from '../time/dates';
import type { EntityView } from '../kb/types';
import type { Figure } from '../numbers/parse';
import type { OutcomeSource, QuantitySource, SourceRef } from '../kb/schema';
import type { DueDate } from './when';
import type { UpdateNote } from './types';

type FactView = EntityView['facts'][number];

interface Known {
  q: QuantitySource;
  /** when the figure held */
  date: string;
  order: number;
  sources: SourceRef[];
}

/** Relative gap two writings of one figure may show (約44万 vs 44万27). */
export const FIGURE_TOLERANCE = 0.03;

export function figureMatches(f: Pick<Figure, 'value' | 'high'>, v: number): boolean {
  const lo = f.value * (1 - FIGURE_TOLERANCE);
  const hi = (f.high ?? f.value) * (1 + FIGURE_TOLERANCE);
  return v >= lo && v <= hi;
}

const KNOWN = new WeakMap<EntityView, Known[]>();

/** The entity's typed figures, gathered once per entity. */
function knownFigures(e: EntityView): Known[] {
  const cached = KNOWN.get(e);
  if (cached) return cached;
  const out: Known[] = [];
  KNOWN.set(e, out);
  e.facts.forEach((fact: FactView, i) => {
    for (const q of fact.quantities ?? []) out.push({ q, date: q.asOf ?? fact.date, order: i, sources: fact.sources });
  });
  return out;
}

const byDate = (a: Known, b: Known) => latestDay(a.date).localeCompare(latestDay(b.date)) || a.order - b.order;

/** A figure note, or undefined when the figure is not one of the entity's or is still current. */
export function compareFigure(fig: Figure, e: EntityView, published: string | undefined, said: string): UpdateNote | undefined {
  if (fig.measure === 'other') return undefined;
  const known = knownFigures(e).filter((k) => k.q.measure === fig.measure);
  const matched = known.filter((k) => figureMatches(fig, k.q.value));
  if (matched.length === 0) return undefined;
  // the newest figure of the series (same measure and subject) the article's figure belongs to
  for (const m of matched.sort(byDate)) {
    if (published && isAfter(m.date, published)) continue; // a figure from after the article is not the one it gives
    const series = known.filter((k) => k.q.subject === m.q.subject).sort(byDate);
    const latest = series.at(-1)!;
    if (figureMatches(fig, latest.q.value)) return undefined;
    if (byDate(latest, m) <= 0) continue;
    if (published && !isAfter(latest.date, published) && latestDay(latest.date) >= published) continue; // same period: unclear
    const wrongWhenWritten = published !== undefined && latestDay(latest.date) < published;
    return {
      kind: 'figure',
      entity: e.id,
      said,
      ...(wrongWhenWritten ? { verdict: 'outdated' as const } : {}),
      now: { date: latest.date, quantity: { measure: latest.q.measure, value: latest.q.value, approx: latest.q.approx }, sources: latest.sources },
    };
  }
  return undefined;
}

/**
 * Kanji, katakana and Latin pairs of a text: the words two statements share. Pairs with
 * a digit are left out: a date or count shared (6月) says nothing about the subject.
 */
export function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (const run of s.match(/[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9]{2,}/gu) ?? []) {
    // lowered once per run: only its Latin letters change, one unit for one
    const lower = run.toLowerCase();
    for (let i = 0; i + 1 < lower.length; i++) {
      if (!isDigit(lower.charCodeAt(i)) && !isDigit(lower.charCodeAt(i + 1))) out.add(lower.slice(i, i + 2));
    }
  }
  return out;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * A sentence's pairs: find.ts compares one sentence with each entity it may be about, and
 * for plans and suspicions both, so the last sentence's pairs are kept (read only).
 */
let lastSentence: string | undefined;
let lastPairs = new Set<string>();
function sentencePairs(sentence: string): Set<string> {
  if (sentence !== lastSentence) {
    lastPairs = bigrams(sentence);
    lastSentence = sentence;
  }
  return lastPairs;
}

/** Share of the outcome's pairs found in the sentence; at least MIN_SHARED of them. */
export const MIN_SHARED = 3;
export const MIN_OVERLAP = 0.4;

/**
 * The pairs of a dataset statement (an outcome's `said`), computed once per statement: a
 * sentence is compared with the same few statements again and again. Dataset text only,
 * so the memo is bounded by the dataset.
 */
const SAID_PAIRS = new Map<string, readonly string[]>();

function sharedPairs(sentence: Set<string>, said: string, ignore: Set<string>): { shared: number; of: number } {
  let pairs = SAID_PAIRS.get(said);
  if (!pairs) SAID_PAIRS.set(said, (pairs = [...bigrams(said)]));
  let shared = 0;
  let of = 0;
  for (const x of pairs) {
    if (ignore.has(x)) continue;
    of++;
    if (sentence.has(x)) shared++;
  }
  return { shared, of };
}

function overlap(sentence: Set<string>, said: string, ignore: Set<string>): number {
  const { shared, of } = sharedPairs(sentence, said, ignore);
  return shared >= MIN_SHARED ? shared / of : 0;
}

interface Open {
  o: OutcomeSource;
  fact: FactView;
}

type Compared = 'plan' | 'suspicion';
const KINDS: Record<Compared, OutcomeSource['kind'][]> = { plan: ['plan', 'forecast'], suspicion: ['suspicion'] };
/** Per entity, its resolved outcomes of each compared kind, gathered once (dataset objects). */
const OUTCOMES = new WeakMap<EntityView, Record<Compared, Open[]>>();

function outcomes(e: EntityView, kind: Compared): Open[] {
  let memo = OUTCOMES.get(e);
  if (!memo) {
    const of = (kinds: OutcomeSource['kind'][]) =>
      e.facts.flatMap((fact) => (fact.outcome && kinds.includes(fact.outcome.kind) && fact.outcome.result ? [{ o: fact.outcome, fact }] : []));
    OUTCOMES.set(e, (memo = { plan: of(KINDS.plan), suspicion: of(KINDS.suspicion) }));
  }
  return memo[kind];
}

const sameMonth = (a: string, b: string) => a.slice(0, 7) === b.slice(0, 7);

function outcomeNote(kind: 'plan' | 'suspicion', e: EntityView, x: Open, published: string | undefined, said: string): UpdateNote | undefined {
  const resolved = x.o.resolved ?? x.fact.date;
  // an outcome not yet known at the article's date is an update; one known long before it
  // means the article was stale when written
  if (published && isAfter(x.fact.date, published)) return undefined; // said after the article: not this statement
  const wrongWhenWritten = published !== undefined && latestDay(resolved) < published && x.o.result !== 'happened' && x.o.result !== 'confirmed';
  if (published && !isAfter(resolved, published) && !wrongWhenWritten) return undefined;
  return {
    kind,
    entity: e.id,
    said,
    ...(wrongWhenWritten ? { verdict: 'outdated' as const } : {}),
    now: {
      date: resolved,
      result: x.o.result!,
      said: x.o.said,
      ...(x.o.text ? { text: x.o.text } : {}),
      sources: x.o.sources ?? x.fact.sources,
    },
  };
}

/** A plan note: the outcome due the month the article names, or (undated) sharing most words. */
export function comparePlan(
  sentence: string,
  due: DueDate | undefined,
  e: EntityView,
  published: string | undefined,
  said: string,
  ignore: Set<string>,
): UpdateNote | undefined {
  const cands = outcomes(e, 'plan');
  if (cands.length === 0) return undefined;
  const words = sentencePairs(sentence);
  let pick: Open | undefined;
  if (due) {
    // due the same month, and about the same thing: at least one word in common
    const dated = cands.filter((x) => x.o.due && sameMonth(latestDay(x.o.due), due.by) && sharedPairs(words, x.o.said.ja, ignore).shared > 0);
    pick =
      dated.length === 1
        ? dated[0]
        : dated.sort((a, b) => overlap(words, b.o.said.ja, ignore) - overlap(words, a.o.said.ja, ignore)).find((x) => overlap(words, x.o.said.ja, ignore) > 0);
  } else {
    pick = cands.find((x) => overlap(words, x.o.said.ja, ignore) >= MIN_OVERLAP);
  }
  return pick ? outcomeNote('plan', e, pick, published, said) : undefined;
}

/** A suspicion note: an outcome of kind suspicion sharing most of its words with the sentence. */
export function compareSuspicion(sentence: string, e: EntityView, published: string | undefined, said: string, ignore: Set<string>): UpdateNote | undefined {
  const cands = outcomes(e, 'suspicion');
  if (cands.length === 0) return undefined;
  const words = sentencePairs(sentence);
  const pick = cands.find((x) => overlap(words, x.o.said.ja, ignore) >= MIN_OVERLAP);
  return pick ? outcomeNote('suspicion', e, pick, published, said) : undefined;
}
