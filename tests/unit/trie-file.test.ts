/**
 * The matcher's trie shipped with the extension (lib/kb/trie-file.ts, kb-trie.bin): read
 * back, it walks exactly as the trie built at load, on the dataset over every corpus
 * article and every key; a file for another dataset or a broken one is not used, and the
 * trie is built instead, with the reason kept.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { matchKbOf } from '../../lib/kb/halves';
import { KbIndex } from '../../lib/kb/index';
import { allAliases, formList } from '../../lib/kb/person-forms';
import { decodeTrieFile, encodeTrieFile } from '../../lib/kb/trie-file';
import { Trie } from '../../lib/kb/trie';
import type { CompiledAlias, MatchEntity, MatchKb } from '../../lib/kb/types';
import { normalizeKey } from '../../lib/text/normalize';
import { realKb } from './real-kb';
import { corpusKeyTexts } from '../support/corpus-keys';

let match: MatchKb;
let file: Uint8Array;

beforeAll(() => {
  match = matchKbOf(realKb().kb.kb);
  const index = new KbIndex<MatchEntity>(match);
  file = encodeTrieFile(index.kb.version, index.frozenTrie(), index.formCounts());
}, 60_000);

/** A fresh copy of the file's bytes, as a fetch gives them. */
const fetched = (bytes: Uint8Array = file) => bytes.slice().buffer;

function walks(trie: Trie<CompiledAlias>, text: string, from: number): string[] {
  const out: string[] = [];
  trie.walk(text, from, (end, values) => out.push(`${end}:${values.map((v) => `${v.entity}/${v.text}/${v.key}`).join(',')}`));
  return out;
}

describe('the shipped trie', () => {
  it('walks as the trie built at load, on the dataset over every corpus article and every key', () => {
    const shipped = new KbIndex<MatchEntity>(match).withTrie(fetched());
    expect(shipped.trieSource).toBe('file');
    expect(shipped.trieProblem).toBeUndefined();
    const built = new KbIndex<MatchEntity>(match).withTrie();
    expect(built.trieSource).toBe('built');
    expect(shipped.trie.size).toBe(built.trie.size);
    const texts = corpusKeyTexts();
    expect(texts.length).toBeGreaterThan(500);
    let hits = 0;
    for (const text of texts)
      for (let from = 0; from < text.length; from++) {
        const got = walks(shipped.trie, text, from);
        expect(got, text.slice(from, from + 20)).toEqual(walks(built.trie, text, from));
        hits += got.length;
      }
    expect(hits).toBeGreaterThan(1000);
    for (const a of built.trieValues()) expect(walks(shipped.trie, `${a.key}\uffff`, 0)).toEqual(walks(built.trie, `${a.key}\uffff`, 0));
  });

  it('is read where it lies: its arrays are views on the fetched bytes', () => {
    const buf = fetched();
    const { trie } = decodeTrieFile(buf);
    expect(trie.firstChild.buffer).toBe(buf);
    expect(trie.childChar.buffer).toBe(buf);
  });

  it('is not used for another dataset: the trie is built, and the reason kept', () => {
    const other = { ...match, version: `${match.version}-other` };
    const index = new KbIndex<MatchEntity>(other).withTrie(fetched());
    expect(index.trieSource).toBe('built');
    expect(index.trieProblem).toMatch(/built for dataset .* this is .*-other/);
    expect(walks(index.trie, normalizeKey('個人情報保護委員会'), 0).length).toBeGreaterThan(0);
  });

  it('refuses a file cut short, with trailing bytes, or of another kind, naming what is wrong', () => {
    expect(() => decodeTrieFile(fetched(file.subarray(0, file.length - 8)))).toThrow(/kb-trie.bin: cut short in the person forms/);
    const { formCounts } = decodeTrieFile(fetched());
    expect(() => decodeTrieFile(fetched(file.subarray(0, file.length - formCounts.byteLength - 8)))).toThrow(/kb-trie.bin: cut short in rootChar/);
    const longer = new Uint8Array(file.length + 4);
    longer.set(file);
    expect(() => decodeTrieFile(longer.buffer)).toThrow(/4 bytes after its arrays/);
    const other = file.slice();
    other[0] = 0x58;
    expect(() => decodeTrieFile(other.buffer)).toThrow(/not a trie file/);
    expect(() => decodeTrieFile(new ArrayBuffer(2))).toThrow(/cut short at byte 0/);
    // any of these falls back to building
    const index = new KbIndex<MatchEntity>(match).withTrie(fetched(file.subarray(0, 100)));
    expect(index.trieSource).toBe('built');
    expect(index.trieProblem).toMatch(/cut short/);
  });

  it("makes the values it names as the built trie has them, each person's forms apart from the others'", () => {
    const index = new KbIndex<MatchEntity>(match);
    const { formCounts } = decodeTrieFile(fetched());
    expect(Array.from(formCounts)).toEqual(Array.from(index.formCounts()));
    expect(formCounts.length).toBe(match.people.length);
    const all = allAliases(match);
    const lazy = formList(match, formCounts);
    expect(lazy.length).toBe(all.length);
    // asked for from the end first: a person's forms do not depend on which were made before
    for (let i = all.length - 1; i >= 0; i--) expect(lazy.at(i), String(i)).toEqual(all[i]);
    expect(lazy.at(all.length)).toBeUndefined();
    const forms = formCounts.reduce((a, b) => a + b, 0);
    expect(forms).toBeGreaterThan(10_000);
    expect(all.filter((a) => a.derived).length).toBeGreaterThan(forms);
  });

  it('does not take counts made for other people: the trie is built, and the reason kept', () => {
    expect(() => formList(match, new Int32Array(match.people.length - 1))).toThrow(/counted for \d+ people, the dataset has \d+/);
    const fewer = { ...match, people: match.people.slice(1) };
    const index = new KbIndex<MatchEntity>(fewer).withTrie(fetched());
    expect(index.trieSource).toBe('built');
    expect(index.trieProblem).toMatch(/person forms: counted for/);
    // a count that is off is found when that person's forms are made, naming the person
    const counts = new Int32Array(match.people.length).fill(0);
    const p = match.people.findIndex(([, families]) => families.length > 0);
    counts[p] = 1;
    const listed = match.aliases.filter((a) => !a.derived).length;
    expect(() => formList(match, counts).at(listed)).toThrow(new RegExp(`person forms: ${match.people[p]![0]} has \\d+, counted 1`));
  });

  it('refuses arrays that point outside themselves, before any walk', () => {
    const values = ['a', 'b', 'c'];
    const t = new Trie<string>();
    t.add('ab', 'a');
    t.add('ac', 'b');
    t.add('b', 'c');
    const good = t.toFrozen(values);
    expect(walks(Trie.fromFrozen(good, values) as unknown as Trie<CompiledAlias>, 'ab', 0)).toHaveLength(1);
    const broken = (patch: (f: typeof good) => void) => {
      const f = { ...good, childCode: good.childCode.slice(), listItems: good.listItems.slice(), firstChild: good.firstChild.slice() };
      patch(f);
      return () => Trie.fromFrozen(f, values);
    };
    expect(broken((f) => (f.childCode[0] = 999))).toThrow(/a child code/);
    expect(broken((f) => (f.listItems[0] = 7))).toThrow(/a value/);
    expect(broken((f) => (f.firstChild[1] = 5))).toThrow(/child runs/);
    expect(() => Trie.fromFrozen(good, ['a', 'b'])).toThrow(/made with 3 values, given 2/);
  });
});
