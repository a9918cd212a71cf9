/**
 * The ranking's view of the knowledge base: entries by id, the plain aliases of each
 * (to see which entries a fact's text names), and the incidents each entry is part of.
 * Built once per loaded dataset.
 */
import type { KbIndex } from '../kb/index';
import type { EntityView } from '../kb/types';
import { MIN_ALIAS_IN_TEXT } from './limits';

export interface RankKb {
  entity(id: string): EntityView | undefined;
  /** plain surface forms of an entry, for finding it in a fact's text */
  surfaces(id: string): readonly string[];
  /** surface forms of other entries that contain this one (LINEヤフー for LINE) */
  longer(surface: string): readonly string[];
  /** incidents that list the entry as related or linked (candidates; lib/rank/ties.ts tells a party from "see also") */
  incidentsOf(id: string): readonly string[];
}

export function rankKb(kb: Pick<KbIndex, 'entity' | 'kb'>): RankKb {
  const surfaces = new Map<string, string[]>();
  const owners = new Map<string, Set<string>>();
  for (const a of kb.kb.aliases) {
    // aliases with a context rule are ordinary words alone (情報漏えい, サイバー攻撃)
    if (a.context || a.derived || a.text.length < MIN_ALIAS_IN_TEXT) continue;
    const list = surfaces.get(a.entity) ?? [];
    list.push(a.text);
    surfaces.set(a.entity, list);
    owners.set(a.text, (owners.get(a.text) ?? new Set()).add(a.entity));
  }
  // surfaces by the characters they hold: a longer surface holding s holds s's rarest character
  const byChar = new Map<string, string[]>();
  for (const t of owners.keys())
    for (const c of new Set(t)) {
      const list = byChar.get(c);
      if (list) list.push(t);
      else byChar.set(c, [t]);
    }
  // computed on demand: only the surfaces of a card's entries are ever asked for
  const longer = new Map<string, string[]>();
  const longerOf = (s: string): string[] => {
    let out = longer.get(s);
    if (!out) {
      const own = owners.get(s) ?? new Set<string>();
      const pool = [...new Set(s)].map((c) => byChar.get(c) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
      out = pool.filter((t) => t.length > s.length && t.includes(s) && [...owners.get(t)!].some((id) => !own.has(id)));
      longer.set(s, out);
    }
    return out;
  };
  const incidents = new Map<string, string[]>();
  for (const e of kb.kb.entities) {
    if (e.category !== 'incident') continue;
    for (const id of new Set([...e.related, ...(e.links ?? []).map((l) => l.id)])) incidents.set(id, [...(incidents.get(id) ?? []), e.id]);
  }
  return {
    entity: (id) => kb.entity(id),
    surfaces: (id) => surfaces.get(id) ?? [],
    longer: longerOf,
    incidentsOf: (id) => incidents.get(id) ?? [],
  };
}
