/**
 * The cheap first look at a page (the content script's): may some text contain an
 * alias at all (normalised, anywhere, no tokenizer)? Used twice: on the article root's
 * whole `textContent` first (a page with no candidate stops there), then per block, so
 * only blocks with a candidate are sent on for tokenising.
 *
 * Everything per character runs natively: the key form (normalize.ts) is built with
 * String#normalize, toLowerCase and one regex replace, without offset maps; then one
 * regular expression of the aliases' first two characters (grouped by the first) finds
 * the few positions worth comparing a hash of the key there. A JavaScript loop over
 * every character is what a page without mentions would otherwise pay for, in a script
 * that runs once per page and so never gets past the interpreter.
 *
 * `compilePrefilter` runs at build time (wxt.config.ts) and in tests; the content script
 * receives its output compiled in, so it needs no round trip and no set-up work.
 */
import { fnv1aRange } from '../text/hash';
import { QUOTE_BRACKET_CHARS } from '../text/quotes';
import { READING_RE } from '../text/reading';
import type { PersonKeys } from '../kb/prefilter-keys';

/**
 * White space and the quote brackets the key form drops (normalize.ts isWhite, which
 * \s covers, and the same quote brackets).
 */
const DROPPED = new RegExp(`[\\s${QUOTE_BRACKET_CHARS}]`, 'g');
/** Characters whose key form is themselves apart from case (normalize.ts isStable). */
const STABLE = /^[\t\n\r\u0020-\u007e\u3001\u3002\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff]*$/;

export interface PrefilterData {
  /** regex source matching the first two key characters of every alias of 2+ characters */
  pairs: string;
  /** every first pair (two UTF-16 units each), sorted, concatenated */
  pairIndex: string;
  /** where each pair's aliases start in `entries` (one more entry: the end) */
  offsets: number[];
  /**
   * each pair's aliases in pair order, shortest first, ENTRY_CHARS each: the key's length
   * (one character from LENGTH_BASE) and a hash of the key (HASH_CHARS characters)
   */
  entries: string;
  /** aliases of one character (none today; kept so the filter stays exact if one is added) */
  singles: string[];
  /**
   * A person's family name + title forms (出澤社長, 出澤氏: lib/kb/compile.ts), as two short
   * lists rather than every pair: the family names in the table form above, and the title
   * keys. 800 family names by 45 titles were three quarters of the table and of the
   * content script (npm run bench, 2026-11-30).
   */
  person?: { families: PrefilterTable; titles: string[] };
}

/** The hashed form of a list of keys (see PrefilterData). */
export type PrefilterTable = Pick<PrefilterData, 'pairs' | 'pairIndex' | 'offsets' | 'entries'>;

/**
 * Why hashes and not the keys: the keys are mostly kanji and kana, three bytes each in the
 * content script's UTF-8, and every news page evaluates the script (the keys were 240 kB
 * of its 255 kB with 1 435 entries). An entry is seven ASCII characters whatever the
 * alias's length. A hash collision can only admit a block without an alias (the engine
 * then finds nothing); a block with one is never passed over.
 */
const LENGTH_BASE = 0x21;
/** Longest key length one character can carry; a longer key is checked by its first MAX_LENGTH units (a superset). */
const MAX_LENGTH = 0x7e - LENGTH_BASE;
const HASH_CHARS = 6;
const ENTRY_CHARS = 1 + HASH_CHARS;
const HASH_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** FNV-1a over `len` UTF-16 units of `s` from `at`, as HASH_CHARS digits. */
function hashAt(s: string, at: number, len: number): string {
  let h = fnv1aRange(s, at, len);
  let out = '';
  for (let k = 0; k < HASH_CHARS; k++) {
    out += HASH_DIGITS[h & 63];
    h >>>= 6;
  }
  return out;
}

const entryOf = (key: string) => {
  const len = Math.min(key.length, MAX_LENGTH);
  return String.fromCharCode(LENGTH_BASE + len) + hashAt(key, 0, len);
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * The content script's copy is strings and one short number list: evaluating it allocates
 * no object per alias (a JSON object of 1 400 pairs cost ~6 ms of a cold page's main
 * thread, more than the rest of the script; npm run bench, no-mention page).
 */
function compileTable(keys: readonly string[]): PrefilterTable & { singles: string[] } {
  const byPair = new Map<string, string[]>();
  const singles: string[] = [];
  for (const k of [...new Set(keys)].sort()) {
    if (k.length === 0) continue;
    if (k.length === 1) singles.push(k);
    else {
      const p = k.slice(0, 2);
      const list = byPair.get(p);
      if (list) list.push(k);
      else byPair.set(p, [k]);
    }
  }
  const pairs = [...byPair.keys()].sort();
  const offsets: number[] = [];
  let joined = '';
  for (const p of pairs) {
    offsets.push(joined.length);
    // shortest first: a scan hashes each length once (see TableScan.find)
    const entries = [...new Set(byPair.get(p)!.map(entryOf))].sort((a, b) => a.charCodeAt(0) - b.charCodeAt(0) || (a < b ? -1 : 1));
    joined += entries.join('');
  }
  offsets.push(joined.length);
  const byFirst = new Map<string, string[]>();
  for (const p of pairs) {
    const list = byFirst.get(p[0]!);
    if (list) list.push(p[1]!);
    else byFirst.set(p[0]!, [p[1]!]);
  }
  const alternatives = [...byFirst].map(([a, bs]) => escapeRe(a) + (bs.length > 1 ? `[${bs.map(escapeRe).join('')}]` : escapeRe(bs[0]!)));
  // (?!) never matches: a dataset without two-character aliases needs no scan
  return { pairs: alternatives.length ? alternatives.join('|') : '(?!)', pairIndex: pairs.join(''), offsets, entries: joined, singles };
}

/**
 * The content script's copy is strings and one short number list: evaluating it allocates
 * no object per alias (a JSON object of 1 400 pairs cost ~6 ms of a cold page's main
 * thread, more than the rest of the script; npm run bench, no-mention page).
 *
 * `person`: the family name + title keys among `keys` are given as the family name keys
 * (two characters or more) and the title keys; they are then checked as a family name
 * followed by any title, which finds exactly those keys (every family name has every
 * title: lib/kb/compile.ts), and the pairs are not listed one by one.
 */
export function compilePrefilter(keys: readonly string[], person?: PersonKeys): PrefilterData {
  const main = compileTable(keys);
  if (!person) return main;
  // no one-character family names here (prefilter-keys.ts keeps their forms listed): no singles
  const { singles: _none, ...families } = compileTable(person.families.filter((f) => f.length >= 2));
  return { ...main, person: { families, titles: [...new Set(person.titles)].sort() } };
}

/**
 * The key form of page text, natively. Whole-string NFKC equals normalize.ts's
 * cluster-wise NFKC for everything an alias can contain (they differ only where NFKC
 * composes across clusters, e.g. Hangul jamo); a difference could only add a candidate.
 */
export function quickKey(text: string): string {
  const n = STABLE.test(text) ? text : text.normalize('NFKC');
  // readings first, as in normalize.ts: a reading is only one when it touches its kanji
  return n.toLowerCase().replace(READING_RE, '').replace(DROPPED, '');
}

/** One hashed table's scan state in the content script. */
class TableScan {
  private readonly re: RegExp;
  /** pair → its position in `pairIndex`, built on the first candidate position (most pages have one) */
  private at: Map<string, number> | undefined;

  constructor(private readonly t: PrefilterTable) {
    this.re = new RegExp(t.pairs, 'g');
  }

  private entriesAt(pair: string): string | undefined {
    if (!this.at) {
      this.at = new Map();
      const idx = this.t.pairIndex;
      for (let i = 0; i < idx.length; i += 2) this.at.set(idx.slice(i, i + 2), i >> 1);
    }
    const i = this.at.get(pair);
    return i === undefined ? undefined : this.t.entries.slice(this.t.offsets[i], this.t.offsets[i + 1]);
  }

  /** Whether a key of the table occurs in `key` where `then(end)` also holds after it. */
  find(key: string, then: (end: number) => boolean = () => true): boolean {
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(key); m; m = re.exec(key)) {
      const at = m.index;
      const list = this.entriesAt(m[0]) ?? '';
      let len = -1;
      let hash = '';
      for (let e = 0; e < list.length; e += ENTRY_CHARS) {
        const want = list.charCodeAt(e) - LENGTH_BASE;
        if (at + want > key.length) break; // shortest first: the rest are longer still
        if (want !== len) {
          len = want;
          hash = hashAt(key, at, len);
        }
        if (list.startsWith(hash, e + 1) && then(at + len)) return true;
      }
      // pairs overlap (ＬＬＩＮＥ): look again from the next character
      re.lastIndex = at + 1;
    }
    return false;
  }
}

export class Prefilter {
  private readonly main: TableScan;
  private readonly families: TableScan | undefined;

  constructor(private readonly data: PrefilterData) {
    this.main = new TableScan(data);
    this.families = data.person ? new TableScan(data.person.families) : undefined;
  }

  static fromKeys(keys: readonly string[], person?: PersonKeys): Prefilter {
    return new Prefilter(compilePrefilter(keys, person));
  }

  /** Whether `text` (page text as it is, not yet normalised) may contain an alias. */
  mayContain(text: string): boolean {
    const key = quickKey(text);
    for (const s of this.data.singles) if (key.includes(s)) return true;
    if (this.main.find(key)) return true;
    const titles = this.data.person?.titles;
    return !!titles && !!this.families?.find(key, (end) => titles.some((t) => key.startsWith(t, end)));
  }
}
