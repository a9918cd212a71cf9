/** The vocabulary's terms each have a label in both locale files, and the lists agree with what derives from them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Category, Scope, Verdict } from '../../lib/kb/schema';
import {
  CATEGORIES,
  FOUND_LIST_ORDER,
  MARK_KINDS,
  OUTCOME_RESULTS,
  SCOPES,
  UPDATE_KINDS,
  VERDICTS,
  markKindKey,
  resultKey,
  updateKindKey,
  verdictKey,
} from '../../lib/kb/vocabulary';
import { defaults } from '../../entrypoints/shared/settings-model';

const locale = (lang: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('vocabulary', () => {
  it.each(['ja', 'en'])('every mark kind and verdict has a %s label', (lang) => {
    const m = locale(lang);
    for (const k of MARK_KINDS) expect(m[markKindKey(k)]?.message, k).toBeTruthy();
    for (const v of VERDICTS) expect(m[verdictKey(v)]?.message, v).toBeTruthy();
    for (const k of UPDATE_KINDS) expect(m[updateKindKey(k)]?.message, k).toBeTruthy();
    for (const r of OUTCOME_RESULTS) expect(m[resultKey(r)]?.message, r).toBeTruthy();
  });

  it('the schema, the settings and the found list take their terms from it', () => {
    expect(Category.options).toEqual([...CATEGORIES]);
    expect(Verdict.options).toEqual([...VERDICTS]);
    expect(Scope.options).toEqual([...SCOPES]);
    expect(Object.keys(defaults().colors).sort()).toEqual([...MARK_KINDS].sort());
    expect([...FOUND_LIST_ORDER].sort()).toEqual([...MARK_KINDS].sort());
  });

  it('derives locale keys from the terms', () => {
    expect(markKindKey('organization')).toBe('catOrganization');
    expect(verdictKey('needs-context')).toBe('verdictNeedsContext');
  });
});
