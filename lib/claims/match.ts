/**
 * Claim detection: a claim's pattern holds in a sentence when every `all` term occurs
 * there and no `none` term does. Parts match whole tokens by surface or dictionary
 * form, so inflection (読めなくなります ~ 読める+ない) and spacing do not matter.
 */
import type { Doc } from '../text/doc';
import type { KbIndex } from '../kb/index';
import type { CompiledPattern, CompiledTerm, MatchEntity } from '../kb/types';
import { QUOTE_BRACKET_CHARS } from '../text/quotes';
import type { Range } from '../text/segment';
import type { UpdateKind, UpdateNote } from '../updates/types';
import { UnitSet } from './unit-set';

/** Most tokens that may stand between two parts of one term (particles, an adverb). */
export const MAX_PART_GAP = 3;

export interface Correction {
  start: number;
  end: number;
  text: string;
  claim: string;
  verdict: string;
  /** absent for a claim pattern; figure, plan or suspicion for an update note */
  kind?: UpdateKind;
  note?: UpdateNote;
}

interface KeyToken {
  start: number;
  end: number;
  surface: string;
  lemma: string;
}

/** White space and quote brackets: a token made only of them takes no part in a pattern. */
const SKIPPED_CHAR = `[\\s${QUOTE_BRACKET_CHARS.replace(/[\\\]^-]/g, '\\$&')}]`;
const SKIP = new RegExp(`^${SKIPPED_CHAR}*$`, 'u');
const SKIP_FIRST = new RegExp(`^${SKIPPED_CHAR}$`, 'u');

function sentenceTokens(doc: Doc, r: Range, from: number): { toks: KeyToken[]; next: number } {
  const toks: KeyToken[] = [];
  let i = from;
  while (i < doc.tokens.length && doc.tokens[i]!.start < r.start) i++;
  for (; i < doc.tokens.length && doc.tokens[i]!.end <= r.end; i++) {
    const t = doc.tokens[i]!;
    // the regex only for a token that starts like one it drops (this runs per token)
    if (!keptUnit(t.surface.charCodeAt(0)) && SKIP_FIRST.test(t.surface[0] ?? '') && SKIP.test(t.surface)) continue;
    const surface = lower(t.surface);
    toks.push({ start: t.start, end: t.end, surface, lemma: t.lemma === t.surface ? surface : lower(t.lemma) });
  }
  return { toks, next: i };
}

/** Units no token is dropped for: ASCII letters and digits, kana and kanji (no white space or quote bracket). */
function keptUnit(c: number): boolean {
  return (c >= 0x3041 && c < 0xa000) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * `s.toLowerCase()`, without the call for text it leaves as it is: ASCII other than
 * capitals and U+3000-U+9FFF (kana, CJK punctuation, kanji) have no case, and nearly every
 * token is made only of them.
 */
function lower(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x80 && c < 0x3000) || c >= 0xa000) return s.toLowerCase();
  }
  return s;
}

/** Token index just past a match of `part` starting at token `i`, or -1. */
function matchPart(toks: KeyToken[], i: number, part: string, off = 0): number {
  if (off === part.length) return i;
  const t = toks[i];
  if (!t) return -1;
  // the surface, then the dictionary form (no list of the two built: this runs per token per term)
  if (part.startsWith(t.surface, off)) {
    const r = matchPart(toks, i + 1, part, off + t.surface.length);
    if (r >= 0) return r;
  }
  if (t.lemma !== t.surface && part.startsWith(t.lemma, off)) return matchPart(toks, i + 1, part, off + t.lemma.length);
  return -1;
}

/**
 * Where each first character starts a token form (surface or dictionary form), in token
 * order. An alternative can only match where a form starts its first part, so it is tried
 * at those tokens only, and one whose first character starts none is skipped at once.
 */
type Starts = ReadonlyMap<number, readonly number[]>;

function tokenStarts(toks: KeyToken[]): Starts {
  const starts = new Map<number, number[]>();
  const add = (c: number, i: number) => {
    const list = starts.get(c);
    if (list) list.push(i);
    else starts.set(c, [i]);
  };
  for (let i = 0; i < toks.length; i++) {
    const s = toks[i]!.surface.charCodeAt(0);
    const l = toks[i]!.lemma.charCodeAt(0);
    add(s, i);
    if (l !== s) add(l, i);
  }
  return starts;
}

/** Span [first token, last token] of the alternative at the earliest place it occurs. */
function matchAlt(toks: KeyToken[], parts: string[], at: readonly number[]): [number, number] | undefined {
  for (const s of at) {
    let end = matchPart(toks, s, parts[0]!);
    if (end < 0) continue;
    let ok = true;
    for (let p = 1; p < parts.length && ok; p++) {
      ok = false;
      for (let g = 0; g <= MAX_PART_GAP && end + g < toks.length; g++) {
        const e = matchPart(toks, end + g, parts[p]!);
        if (e >= 0) {
          end = e;
          ok = true;
          break;
        }
      }
    }
    if (ok) return [s, end - 1];
  }
  return undefined;
}

function matchTerm(toks: KeyToken[], term: CompiledTerm, starts: Starts): [number, number] | undefined {
  for (const alt of term) {
    const at = starts.get(alt[0]!.charCodeAt(0));
    if (!at) continue;
    const m = matchAlt(toks, alt, at);
    if (m) return m;
  }
  return undefined;
}

/**
 * Per pattern, for each `all` term: the distinct first units of its alternatives (a part
 * can only match where a token form starts with that unit). Built once per pattern.
 */
const FIRST_UNITS = new WeakMap<CompiledPattern, number[][]>();

function firstUnits(p: CompiledPattern): number[][] {
  let units = FIRST_UNITS.get(p);
  if (!units) FIRST_UNITS.set(p, (units = p.all.map((term) => [...new Set(term.map((alt) => alt[0]!.charCodeAt(0)))])));
  return units;
}

/**
 * Cheap pre-check: each term needs the first character of one of its alternatives
 * somewhere in the sentence (`units` may be a superset of the token forms' characters).
 */
function mayHold(units: UnitSet, p: CompiledPattern): boolean {
  for (const term of firstUnits(p)) {
    let any = false;
    for (let i = 0; i < term.length && !any; i++) any = units.has(term[i]!);
    if (!any) return false;
  }
  return true;
}

/** The sentence's characters, then its tokens' surfaces (one table each, reused). */
const sentenceUnits = new UnitSet();
const surfaceUnits = new UnitSet();

function matchPattern(toks: KeyToken[], p: CompiledPattern, starts: Starts): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const term of p.all) {
    const m = matchTerm(toks, term, starts);
    if (!m) return undefined;
    lo = Math.min(lo, m[0]);
    hi = Math.max(hi, m[1]);
  }
  for (const term of p.none) if (matchTerm(toks, term, starts)) return undefined;
  return [lo, hi];
}

export function findCorrections(doc: Doc, kb: KbIndex<MatchEntity>): Correction[] {
  const out: Correction[] = [];
  let tokenCursor = 0;
  for (const r of doc.sentences) {
    // the sentence's own text holds every token form's first character (a lemma starts
    // with its surface's stem) or more: most sentences fail every pattern's pre-check
    // here, before a token object is built for them
    sentenceUnits.clear();
    sentenceUnits.addAll(doc.text.slice(r.start, r.end).toLowerCase());
    let toks: KeyToken[] | undefined;
    let starts: Starts | undefined;
    for (const c of kb.claims.values()) {
      for (const p of c.patterns) {
        if (!mayHold(sentenceUnits, p)) continue;
        if (!toks) {
          const s = sentenceTokens(doc, r, tokenCursor);
          toks = s.toks;
          tokenCursor = s.next;
          surfaceUnits.clear();
          for (const t of toks) surfaceUnits.addAll(t.surface);
        }
        if (toks.length === 0 || !mayHold(surfaceUnits, p)) continue;
        starts ??= tokenStarts(toks);
        const m = matchPattern(toks, p, starts);
        if (!m) continue;
        const start = toks[m[0]]!.start;
        const end = toks[m[1]]!.end;
        out.push({ start, end, text: doc.text.slice(start, end), claim: c.id, verdict: c.verdict });
        break;
      }
    }
  }
  return out;
}
