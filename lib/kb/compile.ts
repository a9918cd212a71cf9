/**
 * Compiles validated dataset sources into the index the engine loads.
 */
import { ruleWords } from './senses';
import { shortForms, tagShortForms, uniqueShortForms } from './short-forms';
import { fnv1a } from '../text/hash';
import { normalizeKey } from '../text/normalize';
import type { ClaimSource, EntitySource } from './schema';
import { PERSON_TITLES } from './titles';
import type { CompiledAlias, CompiledKb, CompiledPattern, CompiledTerm, EntityView, ClaimView } from './types';

export function compileTerm(term: string): string[][] {
  return term
    .split('|')
    .map((alt) =>
      alt
        .split('+')
        .map((p) => normalizeKey(p))
        .filter((p) => p.length > 0),
    )
    .filter((alt) => alt.length > 0);
}

export function compileAliases(e: EntitySource): CompiledAlias[] {
  const out: CompiledAlias[] = [];
  const seen = new Set<string>();
  for (const a of e.aliases) {
    const text = typeof a === 'string' ? a : a.text;
    const key = normalizeKey(text);
    if (!key) continue;
    const alias: CompiledAlias = { key, entity: e.id, text };
    if (typeof a !== 'string') {
      const { requires, excludes } = ruleWords(a.context);
      alias.context = {
        scope: a.context.scope,
        ...(requires ? { requires: requires.map(normalizeKey) } : {}),
        ...(excludes ? { excludes: excludes.map(normalizeKey) } : {}),
        ...(a.context.sense === 'local-government' ? { place: true as const } : {}),
      };
    }
    seen.add(key);
    out.push(alias);
  }
  for (const family of e.person?.family ?? []) {
    for (const title of PERSON_TITLES) {
      const text = family + title;
      const key = normalizeKey(text);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ key, entity: e.id, text, derived: true });
    }
  }
  return out;
}

function compilePattern(p: ClaimSource['patterns'][number]): CompiledPattern {
  const term = (t: string): CompiledTerm => compileTerm(t);
  return { all: p.all.map(term), none: (p.none ?? []).map(term) };
}

export function compileClaim(c: ClaimSource): ClaimView {
  const { patterns, examples: _e, counterexamples: _c, ...rest } = c;
  return { ...rest, patterns: patterns.map(compilePattern) };
}

export function compileKb(entities: EntitySource[], claims: ClaimSource[], today: string): CompiledKb {
  const views: EntityView[] = entities.map(({ aliases: _a, ...rest }) => rest);
  const perEntry = entities.map((e) => tagShortForms(compileAliases(e)));
  const explicit = perEntry.flat();
  const aliases = [...explicit, ...uniqueShortForms(explicit, perEntry.map(shortForms))];
  const compiledClaims = claims.map(compileClaim);
  const body = JSON.stringify({ views, aliases, compiledClaims });
  const newest = [...claims.map((c) => c.reviewed), ...entities.flatMap((e) => e.facts.map((f) => f.date))].sort().at(-1) ?? today;
  return {
    version: `${newest.replaceAll('-', '')}.${fnv1a(body)}`,
    date: today,
    entities: views,
    aliases,
    claims: compiledClaims,
  };
}
