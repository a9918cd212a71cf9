/** The runtime index of dataset sources already read (./read-dir.ts): what loadKbFromDir builds from a folder. */
import { compileKb } from '../../lib/kb/compile';
import { KbIndex } from '../../lib/kb/index';
import type { Problem } from './problems';
import type { DatasetSources } from './read-dir';

/** The newest review date in the dataset, so a rebuild of unchanged data is identical. */
function datasetDate(reviewed: string[]): string {
  return [...reviewed].sort().at(-1) ?? '1970-01-01';
}

export function kbFromSources(src: DatasetSources): { kb: KbIndex; problems: Problem[] } {
  const claims = src.claims.map((c) => c.value);
  const compiled = compileKb(
    src.entities.map((e) => e.value),
    claims,
    datasetDate(claims.map((c) => c.reviewed)),
  );
  return { kb: new KbIndex(compiled), problems: src.problems };
}
