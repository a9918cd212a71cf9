/**
 * Parses and validates dataset source files (YAML text in, typed entries out).
 * Pure: the caller reads the files, so this runs in Node and in tests alike.
 */
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { Claim, Entity, type ClaimSource, type EntitySource } from '../../lib/kb/schema';
import type { Problem } from './problems';

export interface ParsedFile<T> {
  entries: { value: T; file: string }[];
  problems: Problem[];
}

function parseEntries<S extends z.ZodType>(file: string, text: string, schema: S): ParsedFile<z.infer<S>> {
  const problems: Problem[] = [];
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = e.linePos?.[0]?.line;
      problems.push({ file, entry: '-', field: line ? `line ${line}` : '', message: `YAML: ${e.message.split('\n')[0]}` });
    }
    return { entries: [], problems };
  }
  let raw: unknown;
  try {
    // anchors and aliases (&a / *a) are refused: an entry must read the same on its own
    raw = doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    problems.push({ file, entry: '-', field: '', message: `YAML: ${e instanceof Error ? e.message : String(e)} (anchors and aliases are not allowed)` });
    return { entries: [], problems };
  }
  if (raw == null) return { entries: [], problems };
  if (!Array.isArray(raw)) {
    problems.push({ file, entry: '-', field: '', message: 'a data file is a YAML list of entries' });
    return { entries: [], problems };
  }
  const entries: { value: z.infer<S>; file: string }[] = [];
  raw.forEach((item: unknown, i: number) => {
    const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : `#${i + 1}`;
    const result = schema.safeParse(item);
    if (result.success) {
      entries.push({ value: result.data, file });
      return;
    }
    for (const issue of result.error.issues) {
      problems.push({ file, entry: id, field: issue.path.join('.'), message: issue.message });
    }
  });
  return { entries, problems };
}

export function parseEntityFile(file: string, text: string): ParsedFile<EntitySource> {
  return parseEntries(file, text, Entity);
}

export function parseClaimFile(file: string, text: string): ParsedFile<ClaimSource> {
  return parseEntries(file, text, Claim);
}
