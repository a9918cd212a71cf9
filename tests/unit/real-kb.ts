/**
 * The real dataset's index for a test file: what loadKbFromDir() gives, from the sources the
 * run read once (./global-setup.ts) instead of parsing data/'s YAML again in every file.
 */
import { inject } from 'vitest';
import { kbFromSources } from '../../tools/kb/from-sources';

export const realKb = () => kbFromSources(inject('datasetSources'));
