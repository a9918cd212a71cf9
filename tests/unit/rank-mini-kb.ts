/** A hand-made knowledge base for the ranking's rule tests: a few entries, each rule visible. */
import type { EntityView } from '../../lib/kb/types';
import { rankKb, type RankKb } from '../../lib/rank';

export interface MiniEntry {
  id: string;
  category?: EntityView['category'];
  aliases: string[];
  facts: [date: string, ja: string][];
  related?: string[];
  links?: EntityView['links'];
}

export function miniKb(entries: MiniEntry[]): RankKb {
  const entities: EntityView[] = entries.map((e) => ({
    id: e.id,
    category: e.category ?? 'organization',
    names: { ja: e.aliases[0]! },
    summary: { ja: e.aliases[0]! },
    related: e.related ?? [],
    ...(e.links ? { links: e.links } : {}),
    facts: e.facts.map(([date, ja]) => ({ date, text: { ja }, sources: [{ publisher: 'P' }], status: 'verified' as const })),
  }));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const aliases = entries.flatMap((e) => e.aliases.map((text) => ({ key: text, entity: e.id, text })));
  return rankKb({ entity: (id) => byId.get(id), kb: { version: 'test', date: '2026-01-01', entities, aliases, people: [], claims: [] } });
}
