import type { ClaimSource, EntitySource } from '../../lib/kb/schema';

export interface DatasetCounts {
  entities: number;
  incidents: number;
  aliases: number;
  facts: number;
  verified: number;
  unverified: number;
  claims: number;
}

export function datasetCounts(entities: EntitySource[], claims: ClaimSource[]): DatasetCounts {
  const facts = entities.flatMap((e) => e.facts);
  return {
    entities: entities.length,
    incidents: entities.filter((e) => e.category === 'incident').length,
    aliases: entities.reduce((n, e) => n + e.aliases.length, 0),
    facts: facts.length,
    verified: facts.filter((f) => f.status === 'verified').length,
    unverified: facts.filter((f) => f.status === 'unverified').length,
    claims: claims.length,
  };
}
