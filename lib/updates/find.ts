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

/** Per knowledge base: entity id → the entities its sentences may be about (built once per id). */
const CANDIDATES = new WeakMap<KbIndex, Map<string, EntityView[]>>();

/** Entities with typed facts a mention may be about: itself, and the incidents an organisation is tied to. */
function candidatesOf(id: string, kb: KbIndex): EntityView[] {
  let memo = CANDIDATES.get(kb);
  if (!memo) CANDIDATES.set(kb, (memo = new Map()));
  let out = memo.get(id);
  if (!out) {
    const e = kb.entity(id);
    const all = !e
      ? []
      : e.category === 'incident'
        ? [e]
        : [e, ...e.related.map((r) => kb.entity(r)).filter((x): x is EntityView => x?.category === 'incident')];
    out = all.filter((x) => x.facts.some((f) => f.quantities || f.outcome));
    memo.set(id, out);
  }
  return out;
}

function candidates(ids: Iterable<string>, kb: KbIndex): EntityView[] {
  const out = new Set<EntityView>();
  for (const id of ids) for (const e of candidatesOf(id, kb)) out.add(e);
  return [...out];
}

/** The clause holding [a, b): from the last 、 or sentence start before it to the sentence end. */
function clause(s: string, a: number): number {
  const i = s.lastIndexOf('、', a - 1);
  return i < 0 ? 0 : i + 1;
}

/** `inherited`: what a sentence naming no entity is about before the block names one (a headline's lead). */
export function findUpdates(text: string, mentions: Mention[], kb: KbIndex, published: string | undefined, inherited: Mention[] = []): UpdateHit[] {
  if (mentions.length === 0 && inherited.length === 0) return [];
  if (candidates(new Set([...mentions, ...inherited].map((m) => m.entity)), kb).length === 0) return [];
  // full-width digits and separators folded one for one, so offsets stay the text's own
  const folded = text.replace(/[\uFF0C\uFF0E\uFF10-\uFF19\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const out: UpdateHit[] = [];
  let carried: Mention[] = inherited;
  for (const r of sentences(folded)) {
    const here = mentions.filter((m) => m.start < r.end && m.end > r.start);
    // incidents named elsewhere in the paragraph are its topic: a sentence about them
    // may name only the bodies involved (総務省, 電気通信事業法)
    const topic = here.length ? mentions.filter((m) => m.category === 'incident' && !here.includes(m)) : [];
    const about = here.length ? [...here, ...topic] : carried;
    if (here.length) carried = here;
    if (about.length === 0) continue;
    const ents = candidates(new Set(about.map((m) => m.entity)), kb);
    if (ents.length === 0) continue;
    const s = folded.slice(r.start, r.end);
    const named = here.length ? here : carried;
    let ignoreSet: Set<string> | undefined;
    const ignore = () => (ignoreSet ??= new Set(named.flatMap((m) => [...bigrams(m.text)])));
    const push = (a: number, b: number, note: Omit<UpdateNote, 'said'> & { said?: string }) => {
      const start = r.start + a;
      const end = r.start + b;
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
        const note = comparePlan(s, due, e, published, '', ignore());
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
        const note = compareSuspicion(s, e, published, '', ignore());
        if (note) {
          push(clause(s, hedge.index), hedge.index + hedge[0].length, note);
          break;
        }
      }
    }
  }
  return out;
}
