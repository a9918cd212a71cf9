/** Node-only: reads every dataset source file under a data directory. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseClaimFile, parseEntityFile } from './parse';
import type { Problem } from './problems';
import type { ClaimSource, EntitySource } from '../../lib/kb/schema';

export interface DatasetSources {
  entities: { value: EntitySource; file: string }[];
  claims: { value: ClaimSource; file: string }[];
  problems: Problem[];
}

function yamlFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

export function readDataset(dataDir: string): DatasetSources {
  const out: DatasetSources = { entities: [], claims: [], problems: [] };
  const rel = (f: string) => relative(process.cwd(), f) || f;
  for (const f of yamlFiles(join(dataDir, 'entities'))) {
    const r = parseEntityFile(rel(f), readFileSync(f, 'utf8'));
    out.entities.push(...r.entries);
    out.problems.push(...r.problems);
  }
  for (const f of yamlFiles(join(dataDir, 'claims'))) {
    const r = parseClaimFile(rel(f), readFileSync(f, 'utf8'));
    out.claims.push(...r.entries);
    out.problems.push(...r.problems);
  }
  return out;
}
