/**
 * Whether another entry is part of the hovered entry's own story (a close tie) or only
 * "see also". A typed link records what one entry is to the other: the group it belongs
 * to (parent, subsidiary, part-of, predecessor, successor) or its part in an incident
 * (actor, victim, attacker, contractor). A `regulator` link is not such a part: the
 * ministry that ordered a bank to improve regulates dozens of other incidents, and none of
 * them is what an article about the ministry is about. A bare `related` list is loose
 * too, with one exception: an incident that records no typed link at all lists its
 * actors there (older entries), so its `related` counts as its parties — the incident
 * naming the entry is the stronger side; the entry listing an incident is not.
 */
import type { RankKb } from './kb';

/** The one typed relation that does not make an entry part of the other's story. */
const OUTSIDE_REL = 'regulator';

/** True when entry `a` records `b` as a party: by a typed link other than regulator, or as an incident without typed links, in `related`. */
function records(kb: RankKb, a: string, b: string): boolean {
  const e = kb.entity(a);
  if (!e) return false;
  const links = e.links ?? [];
  if (links.some((l) => l.id === b && l.rel !== OUTSIDE_REL)) return true;
  return e.category === 'incident' && links.length === 0 && e.related.includes(b);
}

/** True when one of the two entries records the other as a party (either side). */
export function closeTie(kb: RankKb, hovered: string, other: string): boolean {
  return records(kb, hovered, other) || records(kb, other, hovered);
}
