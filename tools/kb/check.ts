/**
 * The dataset's consistency checks beyond the schema (npm run data:check). Each
 * problem names file, entry id and field, so a maintainer can go straight to it.
 */
import { ruleWords } from '../../lib/kb/senses';
import { annotate } from '../../lib/annotate';
import { prepareDoc } from '../../lib/text/doc';
import { matchPatternInSentence } from '../../lib/claims/sentence';
import type { Tokenizer } from '../../lib/tokenize/types';
import { compileAliases, compileKb, compileTerm } from '../../lib/kb/compile';
import { KbIndex } from '../../lib/kb/index';
import { checkFiguresAndOutcomes } from './check-outcomes';
import type { Problem } from './problems';
import type { ClaimSource, ContextRule, EntitySource } from '../../lib/kb/schema';
import { normalizeKey } from '../../lib/text/normalize';
import { QUOTE_BRACKET_CHARS } from '../../lib/text/quotes';

/** Quote brackets at an alias's ends: never part of a mark (lib/text/quotes.ts). */
const EDGE_QUOTES = new RegExp(`^[${QUOTE_BRACKET_CHARS}]+|[${QUOTE_BRACKET_CHARS}]+$`, 'gu');

export interface Located<T> {
  value: T;
  file: string;
}

function duplicateIds(kind: string, items: Located<{ id: string }>[], problems: Problem[]): void {
  const first = new Map<string, string>();
  for (const { value, file } of items) {
    const prev = first.get(value.id);
    if (prev) problems.push({ file, entry: value.id, field: 'id', message: `duplicate ${kind} id (first defined in ${prev})` });
    else first.set(value.id, file);
  }
}

/** Two rules are separate when every context that satisfies one fails the other. */
export function rulesSeparate(a: ContextRule | undefined, b: ContextRule | undefined): boolean {
  const excludedBy = (req: ContextRule | undefined, exc: ContextRule | undefined) => {
    if (!req || !exc || req.scope !== exc.scope) return false;
    const requires = ruleWords(req).requires;
    const excludes = ruleWords(exc).excludes?.map(normalizeKey);
    return !!requires && !!excludes && requires.every((w) => excludes.includes(normalizeKey(w)));
  };
  return excludedBy(a, b) || excludedBy(b, a);
}

interface AliasSite {
  entity: string;
  file: string;
  field: string;
  text: string;
  context?: ContextRule;
}

function aliasSites(entities: Located<EntitySource>[]): Map<string, AliasSite[]> {
  const byKey = new Map<string, AliasSite[]>();
  for (const { value: e, file } of entities) {
    e.aliases.forEach((a, i) => {
      const text = typeof a === 'string' ? a : a.text;
      const key = normalizeKey(text);
      const site: AliasSite = { entity: e.id, file, field: `aliases.${i}`, text, ...(typeof a === 'string' ? {} : { context: a.context }) };
      const list = byKey.get(key) ?? [];
      if (!list.some((s) => s.entity === e.id)) list.push(site);
      byKey.set(key, list);
    });
  }
  return byKey;
}

/** A sentence in which the alias stands alone, with a word its context rule needs. */
export function probeSentence(alias: string, ctx?: ContextRule): string {
  const need = ctx ? ruleWords(ctx).requires?.[0] : undefined;
  return need ? `${need}について、${alias}の件を調べた。` : `${alias}の件を調べた。`;
}

export function checkDataset(entities: Located<EntitySource>[], claims: Located<ClaimSource>[], tokenizer: Tokenizer): Problem[] {
  const problems: Problem[] = [];
  duplicateIds('entity', entities, problems);
  duplicateIds('claim', claims, problems);
  const ids = new Set(entities.map((e) => e.value.id));

  for (const { value: e, file } of entities) {
    e.related.forEach((r, i) => {
      if (!ids.has(r)) problems.push({ file, entry: e.id, field: `related.${i}`, message: `no entity with id "${r}"` });
      if (r === e.id) problems.push({ file, entry: e.id, field: `related.${i}`, message: 'an entity cannot be related to itself' });
    });
    e.links?.forEach((l, i) => {
      if (!ids.has(l.id)) problems.push({ file, entry: e.id, field: `links.${i}.id`, message: `no entity with id "${l.id}"` });
      if (l.id === e.id) problems.push({ file, entry: e.id, field: `links.${i}.id`, message: 'an entity cannot link to itself' });
      if (l.from && l.to && l.to < l.from) problems.push({ file, entry: e.id, field: `links.${i}.to`, message: 'ends before it starts' });
    });
    e.roles?.forEach((r, i) => {
      if (r.org && !ids.has(r.org)) problems.push({ file, entry: e.id, field: `roles.${i}.org`, message: `no entity with id "${r.org}"` });
      if (r.to && r.to < r.from) problems.push({ file, entry: e.id, field: `roles.${i}.to`, message: 'ends before it starts' });
    });
    e.facts.forEach((f, i) => {
      const o = f.outcome;
      if (o?.result && !o.resolved) problems.push({ file, entry: e.id, field: `facts.${i}.outcome.resolved`, message: 'a result needs the date it was known' });
      if (o?.resolved && o.resolved < f.date)
        problems.push({ file, entry: e.id, field: `facts.${i}.outcome.resolved`, message: 'resolved before the fact was stated' });
    });
  }
  problems.push(...checkFiguresAndOutcomes(entities));
  for (const { value: c, file } of claims) {
    c.about.forEach((r, i) => {
      if (!ids.has(r)) problems.push({ file, entry: c.id, field: `about.${i}`, message: `no entity with id "${r}"` });
    });
  }

  const sites = aliasSites(entities);
  for (const list of sites.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (!rulesSeparate(a.context, b.context)) {
          problems.push({
            file: b.file,
            entry: b.entity,
            field: b.field,
            message: `alias "${b.text}" is also an alias of ${a.entity} (${a.file}) and no context rule separates them (one's requires must be the other's excludes, same scope)`,
          });
        }
      }
    }
  }

  // Every alias must be findable on its own: catches aliases the tokenizer splits
  // inside a word, and aliases a longer alias of another entity always swallows.
  const kb = new KbIndex(
    compileKb(
      entities.map((e) => e.value),
      [],
      '1970-01-01',
    ),
  );
  for (const { value: e, file } of entities) {
    const compiled = compileAliases(e).filter((a) => !a.derived);
    e.aliases.forEach((a, i) => {
      const text = typeof a === 'string' ? a : a.text;
      if (!compiled.some((c) => c.text === text)) {
        problems.push({ file, entry: e.id, field: `aliases.${i}`, message: `alias "${text}" is empty once normalised` });
        return;
      }
      const ctx = typeof a === 'string' ? undefined : a.context;
      const sentence = probeSentence(text, ctx);
      // quote brackets around or at the end of an alias are not part of a mark
      const core = text.replace(EDGE_QUOTES, '');
      const at = sentence.indexOf(core);
      const res = annotate(sentence, kb, tokenizer);
      const hit = res.mentions.find((m) => m.entity === e.id && m.start <= at && m.end >= at + core.length);
      if (!hit) {
        const got = res.mentions.filter((m) => m.start < at + text.length && m.end > at);
        const toks = prepareDoc(sentence, tokenizer)
          .tokens.map((t) => t.surface)
          .join('|');
        problems.push({
          file,
          entry: e.id,
          field: `aliases.${i}`,
          message: `alias "${text}" is not found standing alone in "${sentence}"${got.length ? ` (found as ${got.map((m) => `${m.text}→${m.entity}`).join(', ')})` : ''}; tokens: ${toks}`,
        });
      }
    });
  }

  for (const { value: c, file } of claims) {
    c.patterns.forEach((p, pi) =>
      [...p.all, ...(p.none ?? [])].forEach((t, ti) => {
        if (compileTerm(t).length === 0)
          problems.push({
            file,
            entry: c.id,
            field: `patterns.${pi}.${ti < p.all.length ? `all.${ti}` : `none.${ti - p.all.length}`}`,
            message: `term "${t}" is empty once normalised`,
          });
      }),
    );
    const single = { ...c };
    c.examples.forEach((ex, i) => {
      if (!matchPatternInSentence(ex, single, tokenizer)) {
        const toks = prepareDoc(ex, tokenizer)
          .tokens.map((t) => `${t.surface}${t.lemma !== t.surface ? `(${t.lemma})` : ''}`)
          .join('|');
        problems.push({ file, entry: c.id, field: `examples.${i}`, message: `no pattern matches this example; tokens: ${toks}` });
      }
    });
    c.counterexamples.forEach((ex, i) => {
      if (matchPatternInSentence(ex, single, tokenizer)) {
        problems.push({ file, entry: c.id, field: `counterexamples.${i}`, message: 'a pattern matches this counterexample' });
      }
    });
  }
  return problems;
}
