/** Node-only: compiles the dataset under `data/` straight into a runtime index. */
import { fileURLToPath } from 'node:url';
import { compileKb } from '../../lib/kb/compile';
import { KbIndex } from '../../lib/kb/index';
import type { Problem } from './problems';
import { readDataset } from './read-dir';

/** The dataset folder; CHUSHAKU_DATA_DIR points elsewhere (e.g. a maintainer's draft copy). */
export const DEFAULT_DATA_DIR = process.env.CHUSHAKU_DATA_DIR ?? fileURLToPath(new URL('../../data', import.meta.url));

/** The newest review date in the dataset, so a rebuild of unchanged data is identical. */
export function datasetDate(reviewed: string[]): string {
  return [...reviewed].sort().at(-1) ?? '1970-01-01';
}

export function loadKbFromDir(dir: string = DEFAULT_DATA_DIR): { kb: KbIndex; problems: Problem[] } {
  const src = readDataset(dir);
  const claims = src.claims.map((c) => c.value);
  const compiled = compileKb(
    src.entities.map((e) => e.value),
    claims,
    datasetDate(claims.map((c) => c.reviewed)),
  );
  return { kb: new KbIndex(compiled), problems: src.problems };
}
