/**
 * Finds entity mentions: the longest alias at each token boundary, left to right,
 * that ends on a token boundary and passes its context rule. Where that longest name
 * is another thing's (./blockers.ts), the place gives no mention.
 */
import { lowerBound, type Doc } from '../text/doc';
import type { KbIndex } from '../kb/index';
import type { CompiledAlias, CompiledContext, MatchEntity } from '../kb/types';
import { rangeAt, type Range } from '../text/segment';
import { BLOCKER } from '../kb/blockers';
import { kanaEdgeAfter, kanaEdgeBefore, MIN_KANA_EDGE_ALIAS } from './kana-edge';
import { shortFormEnds } from '../kb/short-forms';
import { inSeatBrackets } from './seat';
import { namesAnchor } from '../kb/local-forms';
import { startsLongerName } from './longer-name';

/** A minister's or an agency head's title (防衛相, 総務大臣, 官房長官, 国家公安委員長). */
const isTitle = (text: string) => /(?:相|大臣|長官|委員長)$/.test(text);

/** Enough text after a name to read the longest word of ./longer-name.ts. */
const AFTER_WINDOW = 12;

export interface Mention {
  start: number;
  end: number;
  text: string;
  entity: string;
  category: string;
  /** the alias that matched, as written in the dataset */
  alias: string;
  /** family name + title form: kept only if the document names the person otherwise */
  derived?: true;
  /** other people the same family name + title form may stand for (the document decides) */
  alternatives?: string[];
  /** a local form's anchors (lib/kb/local-forms.ts), by entity: the chosen one's and its alternatives' */
  anchors?: Record<string, string>;
}

export function findMentions(doc: Doc, kb: KbIndex<MatchEntity>): Mention[] {
  const { key, keyStart, keyEnd } = doc.norm;
  const { boundary } = doc;
  const { trie } = kb; // a getter: read once, not at every start
  const found: Mention[] = [];
  const cands: { end: number; values: CompiledAlias[] }[] = [];
  // the walk's callback and the rule test read `o`, the current start (and the rule test
  // `candEnd`, the candidate's end): made once per document rather than at each of its
  // start positions (closures in this loop showed up in profiles)
  let o = 0;
  let candEnd = 0;
  const holds = (a: CompiledAlias) => !a.context || (contextHolds(doc, a.context, o) && !(a.context.place && inSeatBrackets(doc.text, o, candEnd)));
  const collect = (end: number, values: CompiledAlias[]) => {
    const oe = keyEnd[end - 1]!;
    const splitsCluster = end < key.length && keyStart[end] === keyStart[end - 1];
    const long = oe - o >= MIN_KANA_EDGE_ALIAS;
    const edges = (boundary[oe] || (long && kanaEdgeAfter(doc.text, oe))) && (boundary[o] || long);
    if (edges && !splitsCluster && !gluedToRun(doc.text, o, oe)) cands.push({ end, values });
  };
  for (let k = 0; k < key.length; k++) {
    o = keyStart[k]!;
    if (!(boundary[o] || kanaEdgeBefore(doc.text, o)) || (k > 0 && keyStart[k - 1] === o)) continue;
    if (cands.length) cands.length = 0; // setting the length is a runtime call, and most starts find nothing
    trie.walk(key, k, collect);
    for (let c = cands.length - 1; c >= 0; c--) {
      const cand = cands[c]!;
      const oe = (candEnd = keyEnd[cand.end - 1]!);
      const alias = cand.values.find(holds) ?? definedInBrackets(doc, found, o, oe, cand.values);
      if (!alias) continue;
      // a generated short form (九州大) at the head of a longer kanji word (東京大地震) is not it
      if (alias.short && !shortFormEnds(doc.text, oe)) continue;
      k = cand.end - 1;
      // another thing's longer name (./blockers.ts): nothing here, and no alias inside it
      if (alias.entity === BLOCKER) break;
      const entity = kb.entity(alias.entity);
      const text = doc.text.slice(o, oe);
      // the start of another thing's name (a brand's points, shop or bank; an address): no mention
      const around = [doc.text.slice(Math.max(0, o - 1), o), doc.text.slice(oe, oe + AFTER_WINDOW)].map((t) => t.normalize('NFKC'));
      if (startsLongerName(text.normalize('NFKC'), entity?.names.ja ?? '', around[0]!, around[1]!)) break;
      // a minister's title right after a person's name is that person's title, not the ministry
      const prev = found[found.length - 1];
      if (prev?.end === o && prev.category === 'person' && entity?.category !== 'person' && isTitle(text)) break;
      found.push({
        start: o,
        end: oe,
        text,
        entity: alias.entity,
        category: entity?.category ?? 'unknown',
        alias: alias.text,
        ...(alias.derived ? { derived: true as const, ...alternativesTo(alias, cand.values, holds) } : {}),
        ...(alias.anchor ? { anchors: anchorsOf(alias, cand.values, holds) } : {}),
      });
      break;
    }
  }
  return found;
}

/**
 * An alias in brackets right after its own entity's name is the article defining its short
 * form (情報処理推進機構（IPA）, 国家サイバー統括室（NCO）): a mention whatever the alias's
 * context rule asks, since the name beside it already says which thing it is.
 */
function definedInBrackets(doc: Doc, found: Mention[], o: number, oe: number, values: CompiledAlias[]): CompiledAlias | undefined {
  const prev = found[found.length - 1];
  if (!prev || !/^[(（]$/.test(doc.text.slice(prev.end, o)) || !/^[)）]/.test(doc.text.slice(oe, oe + 1))) return undefined;
  return values.find((a) => a.entity === prev.entity && !a.derived);
}

/** The other people a family name + title form at one key may stand for. */
function alternativesTo(chosen: CompiledAlias, values: CompiledAlias[], holds: (a: CompiledAlias) => boolean): { alternatives?: string[] } {
  const others = values.filter((a) => a.derived && a.entity !== chosen.entity && holds(a)).map((a) => a.entity);
  return others.length ? { alternatives: others } : {};
}

/** The local governments of a local form and of the other bodies at its key. */
function anchorsOf(chosen: CompiledAlias, values: CompiledAlias[], holds: (a: CompiledAlias) => boolean): Record<string, string> {
  const out: Record<string, string> = { [chosen.entity]: chosen.anchor! };
  for (const a of values) if (a.anchor && holds(a)) out[a.entity] ??= a.anchor;
  return out;
}

/**
 * A family name + title stands for a person only when the document also names that
 * person another way (usually in full, earlier); of two people with the same family name
 * and title, the one the document names. A local form (県警) stands likewise for the body
 * the document names, or else for the one body whose local government the document names
 * (`text`, the whole document). Runs over the whole document, after its blocks were
 * matched (and possibly cached) one by one.
 */
export function resolveDerived(mentions: Mention[], text = ''): Mention[] {
  const named = new Set(mentions.filter((m) => !m.derived).map((m) => m.entity));
  const out: Mention[] = [];
  for (const m of mentions) {
    const { alternatives, anchors, ...mention } = m;
    if (!m.derived || named.has(m.entity)) out.push(mention);
    else {
      const other = alternatives?.find((id) => named.has(id)) ?? placedBy(anchors, text);
      if (other) out.push({ ...mention, entity: other });
    }
  }
  return out;
}

/** The one body among a local form's whose local government the document names; none if two are. */
function placedBy(anchors: Record<string, string> | undefined, text: string): string | undefined {
  if (!anchors) return undefined;
  const placed = Object.entries(anchors).filter(([, anchor]) => namesAnchor(text, anchor));
  return placed.length === 1 ? placed[0]![0] : undefined;
}

function scopeRange(doc: Doc, scope: CompiledContext['scope'], at: number): Range {
  const ranges = scope === 'sentence' ? doc.sentences : doc.paragraphs;
  const i = rangeAt(ranges, at);
  return i >= 0 ? ranges[i]! : { start: at, end: at };
}

export function contextHolds(doc: Doc, ctx: CompiledContext, at: number): boolean {
  const r = scopeRange(doc, ctx.scope, at);
  if (ctx.requires && !ctx.requires.some((w) => hasWord(doc, w, r))) return false;
  if (ctx.excludes && ctx.excludes.some((w) => hasWord(doc, w, r))) return false;
  return true;
}

/**
 * Whether the normalised word occurs in the range on token boundaries, not glued to more
 * of its own script (ライン inside タイムライン is not the word ライン, as for aliases).
 */
export function hasWord(doc: Doc, word: string, r: Range): boolean {
  const { key, keyStart, keyEnd } = doc.norm;
  const from = lowerBound(keyStart, r.start);
  for (let i = key.indexOf(word, from); i >= 0; i = key.indexOf(word, i + 1)) {
    const s = keyStart[i]!;
    const e = keyEnd[i + word.length - 1]!;
    if (e > r.end) return false;
    if (doc.boundary[s] && doc.boundary[e] && !gluedToRun(doc.text, s, e)) return true;
  }
  return false;
}

type RunClass = 'kata' | 'latin' | 'other';

/**
 * The class of the unit at `i`. ASCII, hiragana, full-width katakana and common kanji are
 * their own NFKC form: read from the code (this runs for every candidate's two edges);
 * anything else is normalised first.
 */
function runClass(text: string, i: number): RunClass {
  const u = text.charCodeAt(i);
  if (u < 0x80) return (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a) ? 'latin' : 'other';
  if ((u >= 0x30a1 && u <= 0x30fa) || u === 0x30fc) return 'kata';
  if ((u >= 0x3041 && u <= 0x3096) || (u >= 0x4e00 && u <= 0x9fff)) return 'other';
  const ch = text[i];
  if (!ch) return 'other';
  const c = ch.normalize('NFKC');
  if (/^[\p{Script=Katakana}ー]$/u.test(c)) return 'kata';
  if (/^[A-Za-z]$/.test(c)) return 'latin';
  return 'other';
}

/**
 * A katakana or Latin alias must not be glued to more of the same script: kuromoji
 * splits some loanword compounds (タイム|ライン), and ライン inside タイムライン or LINE
 * inside ONLINE is never the name.
 */
function gluedToRun(text: string, start: number, end: number): boolean {
  const first = runClass(text, start);
  if (first !== 'other' && runClass(text, start - 1) === first) return true;
  if (first === 'latin' && inAddress(text, start - 1, -1)) return true;
  if (ALNUM.test(text[start] ?? '') && isDot(text[start - 1])) return true;
  const last = runClass(text, end - 1);
  if (last !== 'other' && runClass(text, end) === last) return true;
  return last === 'latin' && inAddress(text, end, 1);
}

const ALNUM = /^[A-Za-z0-9]$/;
/**
 * A dot right before a Latin or digit alias makes it part of a dotted name whatever
 * precedes the dot: a file extension (「.8base」, 拡張子.line), a domain or a version.
 */
function isDot(ch: string | undefined): boolean {
  return ch !== undefined && ch.normalize('NFKC') === '.';
}
/** A Latin alias is part of an address (blog.line.me, id@line.example) when a dot or @ joins it to more letters. */
function inAddress(text: string, at: number, dir: 1 | -1): boolean {
  const c = text[at];
  return (c === '.' || c === '@') && ALNUM.test(text[at + dir] ?? '');
}
