import { beforeAll, describe, expect, it } from 'vitest';
import { checkDataset, rulesSeparate, type Located } from '../../tools/kb/check';
import { parseClaimFile, parseEntityFile } from '../../tools/kb/parse';
import { formatProblem } from '../../tools/kb/problems';
import type { ClaimSource, EntitySource } from '../../lib/kb/schema';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';
import { miniClaims, miniEntities } from '../fixtures/mini-kb';

let tk: Tokenizer;
beforeAll(async () => {
  tk = await nodeTokenizer();
});

const at = <T>(value: T, file = 'data/entities/test.yaml'): Located<T> => ({ value, file });
const ents = (list: EntitySource[]) => list.map((e) => at(e));
const base = miniEntities;
const check = (entities: EntitySource[], claims: ClaimSource[] = []) =>
  checkDataset(
    ents(entities),
    claims.map((c) => at(c, 'data/claims/test.yaml')),
    tk,
  ).map(formatProblem);

const ENTRY = `- id: org-x
  category: organization
  names: { ja: X社 }
  aliases: [X社]
  summary: { ja: テスト }
  facts:
    - date: "2021-03-17"
      text: { ja: 事実 }
      sources: [{ publisher: 朝日新聞 }]
      status: verified
`;

describe('schema problems name file, entry and field', () => {
  it('accepts a well-formed entry', () => {
    expect(parseEntityFile('f.yaml', ENTRY).problems).toEqual([]);
  });

  it('reports a fact without a date', () => {
    const r = parseEntityFile('f.yaml', ENTRY.replace('    - date: "2021-03-17"\n      text', '    - text'));
    expect(r.problems.map(formatProblem)).toEqual(['f.yaml: org-x: facts.0.date: Invalid input: expected string, received undefined']);
  });

  it('reports a fact without a source', () => {
    const r = parseEntityFile('f.yaml', ENTRY.replace('sources: [{ publisher: 朝日新聞 }]', 'sources: []'));
    expect(r.problems.map(formatProblem)[0]).toMatch(/^f\.yaml: org-x: facts\.0\.sources: /);
  });

  it('reports impossible and malformed dates', () => {
    expect(parseEntityFile('f.yaml', ENTRY.replace('2021-03-17', '2021-02-30')).problems.map(formatProblem)).toEqual([
      'f.yaml: org-x: facts.0.date: no such calendar date',
    ]);
    expect(parseEntityFile('f.yaml', ENTRY.replace('2021-03-17', '17/03/2021')).problems.map(formatProblem)[0]).toMatch(
      /facts\.0\.date: expected YYYY, YYYY-MM or YYYY-MM-DD/,
    );
  });

  it('reports unknown fields and broken YAML', () => {
    expect(parseEntityFile('f.yaml', ENTRY.replace('  category:', '  categroy: x\n  category:')).problems.map(formatProblem)[0]).toMatch(
      /^f\.yaml: org-x: \(entry\): Unrecognized key: "categroy"/,
    );
    expect(parseEntityFile('f.yaml', '- id: [unclosed').problems[0]!.message).toMatch(/^YAML: /);
    const aliased = `${ENTRY.replace('sources: [{ publisher: 朝日新聞 }]', 'sources: &s [{ publisher: 朝日新聞 }]')}${ENTRY.replace('org-x', 'org-y').replace('sources: [{ publisher: 朝日新聞 }]', 'sources: *s').split('\n').slice(0).join('\n')}`;
    expect(parseEntityFile('f.yaml', aliased).problems.map(formatProblem)[0]).toMatch(/^f\.yaml: -: \(entry\): YAML: .*anchors and aliases are not allowed/);
    expect(parseEntityFile('f.yaml', 'id: not-a-list').problems.map(formatProblem)).toEqual(['f.yaml: -: (entry): a data file is a YAML list of entries']);
  });

  it('reports a claim with no pattern', () => {
    const claim = { ...miniClaims[0]!, patterns: [] };
    const yaml = JSON.stringify([claim]);
    expect(parseClaimFile('c.yaml', yaml).problems.map(formatProblem)[0]).toMatch(/^c\.yaml: ls-unreadable: patterns: /);
  });
});

describe('dataset checks', () => {
  it('pass on a consistent dataset', () => {
    expect(check(base, miniClaims)).toEqual([]);
  });

  it('report duplicate ids', () => {
    expect(check([...base, { ...base[1]!, aliases: ['LINE PLUS社'] }])).toContain(
      'data/entities/test.yaml: org-lineplus: id: duplicate entity id (first defined in data/entities/test.yaml)',
    );
  });

  it('report references to missing ids', () => {
    const bad = { ...base[1]!, related: ['org-nowhere'] };
    expect(check([...base.filter((e) => e.id !== bad.id), bad])).toContain('data/entities/test.yaml: org-lineplus: related.0: no entity with id "org-nowhere"');
    const claim = { ...miniClaims[0]!, about: ['org-line-app', 'law-nowhere'] };
    expect(check(base, [claim])).toContain('data/claims/test.yaml: ls-unreadable: about.1: no entity with id "law-nowhere"');
  });

  it('report an alias claimed by two entities without a separating rule', () => {
    const clash = { ...base[2]!, aliases: ['LINE Pay', 'LINEプラス'] };
    const out = check([...base.filter((e) => e.id !== clash.id), clash]);
    expect(out.some((p) => p.includes('org-linepay: aliases.1: alias "LINEプラス" is also an alias of org-lineplus'))).toBe(true);
  });

  it('accept an alias shared under rules that exclude each other', () => {
    expect(rulesSeparate({ requires: ['中国'], scope: 'sentence' }, { excludes: ['中国', '中華人民共和国'], scope: 'sentence' })).toBe(true);
    expect(rulesSeparate({ requires: ['中国'], scope: 'sentence' }, { excludes: ['中国'], scope: 'paragraph' })).toBe(false);
    expect(rulesSeparate(undefined, { requires: ['中国'], scope: 'sentence' })).toBe(false);
  });

  it('report an alias the matcher cannot find standing alone', () => {
    // a context rule that can never hold: it requires a word it also excludes
    const bad: EntitySource = {
      ...base[1]!,
      aliases: ['LINEプラス', { text: 'ラインプラス', context: { requires: ['韓国'], excludes: ['韓国'], scope: 'sentence' } }],
    };
    const out = check([...base.filter((e) => e.id !== bad.id), bad]);
    expect(out.find((p) => p.includes('org-lineplus: aliases.1'))).toMatch(
      /^data\/entities\/test\.yaml: org-lineplus: aliases\.1: alias "ラインプラス" is not found standing alone in "韓国について、ラインプラスの件を調べた。"/,
    );
  });

  it('report an alias that a longer alias of another entity always swallows', () => {
    const bad = { ...base[1]!, aliases: ['LINEプラス', 'LINEヘルス'] };
    const out = check([...base.filter((e) => e.id !== bad.id), bad]);
    expect(out.find((p) => p.includes('org-lineplus: aliases.1'))).toBeUndefined(); // LINEヘルス alone is fine…
    const swallowed = { ...base[1]!, aliases: ['LINEプラス', 'LINE Pay'] };
    const out2 = check([...base.filter((e) => e.id !== swallowed.id), swallowed]);
    expect(out2.some((p) => p.includes('org-lineplus: aliases.1'))).toBe(true); // …but LINE Pay is org-linepay's
  });

  it('report a claim pattern that misses its own example, or hits a counterexample', () => {
    const miss = { ...miniClaims[0]!, examples: ['レターシーリングについての別の話題。'] };
    expect(check(base, [miss]).find((p) => p.includes('examples.0'))).toMatch(
      /^data\/claims\/test\.yaml: ls-unreadable: examples\.0: no pattern matches this example; tokens: /,
    );
    const hit = { ...miniClaims[0]!, counterexamples: ['レターシーリングなら運営も読めない。'] };
    expect(check(base, [hit])).toContain('data/claims/test.yaml: ls-unreadable: counterexamples.0: a pattern matches this counterexample');
  });
});

describe('typed figures and outcomes', () => {
  const withFact = (fact: Partial<EntitySource['facts'][number]>): EntitySource => ({
    ...base[1]!,
    facts: [
      { date: '2023-11-27', text: { ja: '情報約44万件が漏えいし、被害者は3人だった。' }, sources: [{ publisher: 'テスト' }], status: 'verified', ...fact },
    ],
  });
  const only = (e: EntitySource) => check([...base.filter((x) => x.id !== e.id), e]);

  it('accept a figure its fact states, in the same unit', () => {
    expect(
      only(
        withFact({
          quantities: [
            { measure: 'records', value: 440000, approx: 'about' },
            { measure: 'people', value: 3, approx: 'exact' },
          ],
        }),
      ),
    ).toEqual([]);
  });
  it('report a figure the fact does not state, one counted in another unit, a fractional count', () => {
    expect(only(withFact({ quantities: [{ measure: 'records', value: 520000, approx: 'about' }] }))).toContain(
      "data/entities/test.yaml: org-lineplus: facts.0.quantities.0.value: the fact's text (ja) states no figure 520000",
    );
    expect(only(withFact({ quantities: [{ measure: 'people', value: 440000, approx: 'about' }] }))).toContain(
      'data/entities/test.yaml: org-lineplus: facts.0.quantities.0.measure: the text counts 440000 in 件 (records), not people',
    );
    expect(only(withFact({ quantities: [{ measure: 'people', value: 2.5, approx: 'exact' }] }))).toContain(
      'data/entities/test.yaml: org-lineplus: facts.0.quantities.0.value: a count of people must be a whole number, not 2.5',
    );
  });
  it('report a result without its date, and a suspicion with a due date', () => {
    const said = { ja: '漏えいした' };
    expect(only(withFact({ outcome: { kind: 'suspicion', said, result: 'confirmed' } }))).toContain(
      'data/entities/test.yaml: org-lineplus: facts.0.outcome.resolved: a result needs the date it was known',
    );
    expect(only(withFact({ outcome: { kind: 'suspicion', said, due: '2024-01' } }))).toContain(
      'data/entities/test.yaml: org-lineplus: facts.0.outcome.due: a suspicion has no due date (only plans and forecasts do)',
    );
  });
});
