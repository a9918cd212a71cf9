/**
 * Reads the real dataset once per `vitest run` and hands it to every test file (vitest's
 * provide/inject). Parsing data/'s YAML takes 3–4 s; each test file runs in a fresh module
 * graph, so the 15 files on the real dataset each parsed it again (about a minute of CI on two
 * cores). The files still compile and index it themselves (./real-kb.ts), as loadKbFromDir does.
 */
import type { TestProject } from 'vitest/node';
import { DEFAULT_DATA_DIR } from '../../tools/kb/load-node';
import { readDataset, type DatasetSources } from '../../tools/kb/read-dir';

declare module 'vitest' {
  export interface ProvidedContext {
    /** data/ as tools/kb/read-dir.ts reads it, at the start of this run */
    datasetSources: DatasetSources;
  }
}

export default function setup(project: TestProject): void {
  project.provide('datasetSources', readDataset(DEFAULT_DATA_DIR));
}
