/**
 * Relations in a glance: a person's roles held at the article's date (not today's),
 * and an organisation's parent, subsidiaries and successor names, each with its period.
 */
import type { EntityView } from '../kb/types';
import { heldOn } from './days';
import type { RelationKind, RelationLine } from './types';

/** Links held only over a period: shown when the period contains the article's date. */
const PERIODIC: ReadonlySet<RelationKind> = new Set(['parent', 'subsidiary', 'part-of']);
/** Links shown whatever the date: what the entry became, and what it was. */
const NAMES: ReadonlySet<RelationKind> = new Set(['successor', 'predecessor']);

export function relationsAt(entity: EntityView, published: string | undefined): RelationLine[] {
  const out: RelationLine[] = [];
  const roles = entity.roles ?? [];
  // without a date: the roles still held (no end), else the latest one
  const held = published ? roles.filter((r) => heldOn(r.from, r.to, published)) : roles.filter((r) => !r.to);
  const shown = held.length || published ? held : roles.slice(-1);
  for (const r of shown) out.push({ kind: 'role', title: r.title, ...(r.org ? { entity: r.org } : {}), from: r.from, ...(r.to ? { to: r.to } : {}) });
  // one line per kind and period: the three predecessors of a merger share one
  const lines = new Map<string, RelationLine>();
  for (const l of entity.links ?? []) {
    const kind = l.rel as RelationKind;
    const show = NAMES.has(kind) || (PERIODIC.has(kind) && (!published || heldOn(l.from, l.to, published)));
    if (!show) continue;
    const key = `${kind} ${l.from ?? ''} ${l.to ?? ''}`;
    const line = lines.get(key);
    if (line) line.more = [...(line.more ?? []), l.id];
    else lines.set(key, { kind, entity: l.id, ...(l.from ? { from: l.from } : {}), ...(l.to ? { to: l.to } : {}) });
  }
  return [...out, ...lines.values()];
}

/** The role a person held on a day (the first listed, where several overlap). */
export function roleOn(entity: EntityView, day: string): RelationLine | undefined {
  return relationsAt(entity, day).find((r) => r.kind === 'role');
}
