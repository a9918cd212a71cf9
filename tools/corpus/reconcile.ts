/**
 * Links gold mentions to entries added after the gold was written. A gold file written
 * from an article alone names an entity the dataset lacks with a placeholder id (by the
 * id convention, e.g. org-zoff); when a maintainer later adds that entity under another id,
 * the gold would keep counting it as missed. A placeholder is relinked only when exactly
 * one entry lists the mention's surface, normalised, among its aliases: the name decides,
 * never the annotator's output, so relinking cannot make a miss look found.
 */
import { normalizeKey } from '../../lib/text/normalize';
import type { GoldFile } from './gold';

export interface Relink {
  file: string;
  surface: string;
  from: string;
  to: string;
}

/** Normalised alias key → the ids of the entries that list it. */
export type AliasOwners = Map<string, Set<string>>;

export function aliasOwners(entries: { id: string; aliases: string[] }[]): AliasOwners {
  const owners: AliasOwners = new Map();
  for (const e of entries)
    for (const a of e.aliases) {
      const key = normalizeKey(a);
      owners.set(key, (owners.get(key) ?? new Set()).add(e.id));
    }
  return owners;
}

/** The relinks for one gold file (pure); `known` holds every id the dataset has. */
export function relinks(file: string, gold: GoldFile, known: Set<string>, owners: AliasOwners): Relink[] {
  const out: Relink[] = [];
  const done = new Set<string>();
  for (const m of gold.mentions) {
    if (known.has(m.entity)) continue;
    const ids = owners.get(normalizeKey(m.surface));
    if (ids?.size !== 1) continue;
    const to = [...ids][0]!;
    const key = `${m.entity}\u0000${to}`;
    if (!done.has(key)) out.push({ file, surface: m.surface, from: m.entity, to });
    done.add(key);
  }
  return out;
}

/** The gold with every mention of a relinked placeholder moved to its entry. */
export function applyRelinks(gold: GoldFile, links: Relink[]): GoldFile {
  const map = new Map(links.map((l) => [l.from, l.to]));
  return { ...gold, mentions: gold.mentions.map((m) => ({ ...m, entity: map.get(m.entity) ?? m.entity })) };
}
