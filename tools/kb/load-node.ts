/** Node-only: compiles the dataset under `data/` straight into a runtime index. */
import { fileURLToPath } from 'node:url';
import type { KbIndex } from '../../lib/kb/index';
import { kbFromSources } from './from-sources';
import type { Problem } from './problems';
import { readDataset } from './read-dir';

/** The dataset folder; CHUSHAKU_DATA_DIR points elsewhere (e.g. a maintainer's draft copy). */
export const DEFAULT_DATA_DIR = process.env.CHUSHAKU_DATA_DIR ?? fileURLToPath(new URL('../../data', import.meta.url));

export function loadKbFromDir(dir: string = DEFAULT_DATA_DIR): { kb: KbIndex; problems: Problem[] } {
  return kbFromSources(readDataset(dir));
}
