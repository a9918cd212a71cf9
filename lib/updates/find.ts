/**
 * Update notes for one block (paragraph): in each sentence about a mentioned entity
 * (its own sentence, or a later sentence of the paragraph that names no entity, where
 * the subject carries over) find figures, plans and hedges and compare them with the
 * entity's typed facts. Runs after assembly, with the article's date: the block's
 * cached result stays a function of its text alone.
 */
import type { KbIndex } from '../kb/index';
import type { EntityView } from '../kb/types';
import type { Mention } from '../match/matcher';
import { findFigures } from '../numbers/parse';
import { normalizeText } from '../text/normalize';
import { sentences } from '../text/segment';
import { bigrams, compareFigure, comparePlan, compareSuspicion } from './compare';
import { EARLIER, HEDGE, OTHER_SUBJECT, PLAN } from './markers';
import type { UpdateNote } from './types';
import { findDueDates } from './when';

export interface UpdateHit {
  /** offsets into the block's text */
  start: number;
  end: number;
  note: UpdateNote;
}

/** Entities a sentence may be about: those mentioned, and the incidents a mentioned organisation is tied to. */
function candidates(ids: Iterable<string>, kb: KbIndex): EntityView[] {
  const out = new Map<string, EntityView>();
  for (const id of ids) {
    const e = kb.entity(id);
    if (!e) continue;
    out.set(id, e);
    if (e.category === 'incident') continue;
    for (const r of e.related) {
      const x = kb.entity(r);
      if (x?.category === 'incident') out.set(r, x);
    }
  }
  return [...out.values()].filter((e) => e.facts.some((f) => f.quantities || f.outcome));
}

/** The clause holding [a, b): from the last 、 or sentence start before it to the sentence end. */
function clause(s: string, a: number): number {
  const i = s.lastIndexOf('、', a - 1);
  return i < 0 ? 0 : i + 1;
}

/** `inherited`: what a sentence naming no entity is about before the block names one (a headline's lead). */
export function findUpdates(text: string, mentions: Mention[], kb: KbIndex, published: string | undefined, inherited: Mention[] = []): UpdateHit[] {
  if (mentions.length === 0 && inherited.length === 0) return [];
  const norm = normalizeText(text);
  const nfkc = norm.nfkc;
  const toOrig = (a: number, b: number) => [norm.nfkcStart[a] ?? text.length, b > 0 ? norm.nfkcEnd[b - 1]! : 0] as const;
  const out: UpdateHit[] = [];
  let carried: Mention[] = inherited;
  // sentence ranges on the NFKC text; mentions are in original offsets
  for (const r of sentences(nfkc)) {
    const [os, oe] = toOrig(r.start, r.end);
    const here = mentions.filter((m) => m.start < oe && m.end > os);
    // incidents named elsewhere in the paragraph are its topic: a sentence about them
    // may name only the bodies involved (総務省, 電気通信事業法)
    const topic = here.length ? mentions.filter((m) => m.category === 'incident' && !here.includes(m)) : [];
    const about = here.length ? [...here, ...topic] : carried;
    if (here.length) carried = here;
    if (about.length === 0) continue;
    const ents = candidates(new Set(about.map((m) => m.entity)), kb);
    if (ents.length === 0) continue;
    const s = nfkc.slice(r.start, r.end);
    const ignore = new Set((here.length ? here : carried).flatMap((m) => [...bigrams(m.text)]));
    const push = (a: number, b: number, note: Omit<UpdateNote, 'said'> & { said?: string }) => {
      const [start, end] = toOrig(r.start + a, r.start + b);
      out.push({ start, end, note: { ...note, said: text.slice(start, end) } as UpdateNote });
    };
    // figures, unless the sentence puts them on something else or in an earlier period
    const figures = OTHER_SUBJECT.test(s) || EARLIER.test(s) ? [] : findFigures(s);
    for (const f of figures) {
      for (const e of ents) {
        const note = compareFigure(f, e, published, '');
        if (note) {
          push(f.start, f.end, note);
          break;
        }
      }
    }
    // plans and forecasts: a plan word, with the date it names if any
    const plan = PLAN.exec(s);
    if (plan) {
      const all = published ? findDueDates(s, published) : [];
      const due = all.find((d) => d.by >= published!);
      // a sentence dating its plan only in the past tells history, not a plan
      for (const e of all.length && !due ? [] : ents) {
        const note = comparePlan(s, due, e, published, '', ignore);
        if (note) {
          const a = due ? Math.min(clause(s, due.start), due.start) : clause(s, plan.index);
          push(a, Math.max(plan.index + plan[0].length, due?.end ?? 0), note);
          break;
        }
      }
    }
    // hedged statements
    const hedge = HEDGE.exec(s);
    if (hedge) {
      for (const e of ents) {
        const note = compareSuspicion(s, e, published, '', ignore);
        if (note) {
          push(clause(s, hedge.index), hedge.index + hedge[0].length, note);
          break;
        }
      }
    }
  }
  return out;
}
