/**
 * Compiles validated dataset sources into the index the engine loads.
 */
import { ruleWords } from './senses';
import { localForms } from './local-forms';
import { shortForms, tagShortForms, uniqueShortForms } from './short-forms';
import { fnv1a } from '../text/hash';
import { normalizeKey } from '../text/normalize';
import type { ClaimSource, EntitySource } from './schema';
import { personForms } from './person-forms';
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
  out.push(...personForms(e.id, e.person?.family ?? [], seen));
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
  // review records are the maintainers' (data:stale reads them from data/): never shipped
  const views: EntityView[] = entities.map(({ aliases: _a, review: _r, ...rest }) => ({ ...rest, facts: rest.facts.map(({ review: _fr, ...f }) => f) }));
  const perEntry = entities.map((e) => tagShortForms(compileAliases(e)));
  const explicit = perEntry.flat();
  const generated = uniqueShortForms(explicit, perEntry.map(shortForms));
  const taken = new Set([...explicit, ...generated].map((a) => a.key));
  const localNames = explicit.flatMap((a) => (a.context?.place ? [a.text] : []));
  // a person's family name + title forms are made again where the index loads (./person-forms.ts)
  const aliases = [...explicit.filter((a) => !a.derived), ...generated, ...localForms(explicit, localNames, taken)];
  const people: CompiledKb['people'] = entities.flatMap((e) => (e.person?.family.length ? [[e.id, e.person.family] as [string, string[]]] : []));
  const compiledClaims = claims.map(compileClaim);
  const body = JSON.stringify({ views, aliases, compiledClaims });
  const newest = [...claims.map((c) => c.reviewed), ...entities.flatMap((e) => e.facts.map((f) => f.date))].sort().at(-1) ?? today;
  return {
    version: `${newest.replaceAll('-', '')}.${fnv1a(body)}`,
    date: today,
    entities: views,
    aliases,
    people,
    claims: compiledClaims,
  };
}
