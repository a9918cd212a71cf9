/**
 * Text normalisation with an exact way back to the original offsets.
 *
 * Two layers are built from the original text (offsets are UTF-16 code units):
 *  - `nfkc`: each normalisation cluster (a base character with its combining marks,
 *    so half-width ｶﾞ composes to ガ) is NFKC-normalised. The tokenizer reads this.
 *  - `key`: `nfkc` lower-cased, with white space and quote brackets removed, so
 *    `ＬＩＮＥ\u3000Pay`, `LINE Pay`, `LINEPay` and 「LINE」Pay all read `linepay`.
 *    A kana reading in round brackets right after a kanji (出澤(いでざわ)剛, 慎(シン)ジュンホ)
 *    is dropped too, so the name reads as it is listed (./reading.ts).
 *    Aliases are normalised the same way (`normalizeKey`) and matched against it.
 * Every unit of either layer records the original range it came from.
 */
import { QUOTE_BRACKET_CHARS } from './quotes';
import { readingEnd } from './reading';

/** By UTF-16 unit (each is one): the key loop reads codes, not one-character strings. */
const QUOTE_BRACKETS = new Set([...QUOTE_BRACKET_CHARS].map((c) => c.charCodeAt(0)));

/** Combining marks (and the half-width voiced sound marks) join the preceding character. */
const COMBINING = /[\p{M}\uFF9E\uFF9F]/u;
const WHITE = /\s/u;
/** Surrogates, matched unit by unit (a `u` regex would read a pair as one code point). */
const SURROGATE = /[\uD800-\uDFFF]/;

export interface NormText {
  orig: string;
  nfkc: string;
  /** for each unit of `nfkc`: the original range [start, end) of its cluster */
  nfkcStart: Int32Array;
  nfkcEnd: Int32Array;
  key: string;
  keyStart: Int32Array;
  keyEnd: Int32Array;
  /** for each unit of `key`: the unit of `nfkc` it comes from (what `nfkcLayer` needs) */
  keyNfkc: Int32Array;
}

const clusterCache = new Map<string, string>();
/** Bound on the memo so a hostile page with every code point cannot grow it forever. */
const CLUSTER_CACHE_MAX = 20_000;

function nfkcCluster(c: string): string {
  const cached = clusterCache.get(c);
  if (cached !== undefined) return cached;
  const n = c.normalize('NFKC');
  if (clusterCache.size < CLUSTER_CACHE_MAX) clusterCache.set(c, n);
  return n;
}

/**
 * Characters NFKC leaves as they are and that never combine with a following mark in
 * practice: ASCII, hiragana (but not the spacing voiced marks ゛゜), full-width
 * katakana, CJK ideographs. Checking ranges here skips String#normalize for nearly
 * every character of a Japanese article.
 */
function isStable(c: number): boolean {
  return (
    c < 0x80 || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || (c >= 0x4e00 && c <= 0x9fff) || c === 0x3001 || c === 0x3002
  );
}

function isCombining(c: number): boolean {
  return c >= 0x300 && !isStable(c) && COMBINING.test(String.fromCharCode(c));
}

function isWhite(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x3000 || (c > 0x7f && c < 0x3001 && WHITE.test(String.fromCharCode(c)));
}

export function normalizeText(orig: string): NormText {
  const len = orig.length;
  // NFKC rarely grows a cluster (㍻ → 平成, ㈱ → (株)); start at the input size and grow.
  // All five maps share one buffer, the key's three after the NFKC layer's two: a typed
  // array's own buffer is what costs (between the tokenizer's calls, which allocate many,
  // it was most of this function's time). The key is never longer than the NFKC layer.
  const cap = len + 16;
  const maps = new Int32Array(5 * cap);
  let nStart = maps.subarray(0, cap);
  let nEnd = maps.subarray(cap, 2 * cap);
  let n = 0;
  const parts: string[] = [];
  let runStart = 0; // start of the current run of stable characters, copied in one slice
  let i = 0;
  const flushRun = (end: number) => {
    if (end > runStart) parts.push(orig.slice(runStart, end));
  };
  while (i < len) {
    const code = orig.charCodeAt(i);
    const next = i + 1 < len ? orig.charCodeAt(i + 1) : 0;
    if (isStable(code) && !(next >= 0x300 && isCombining(next))) {
      nStart[n] = i;
      nEnd[n] = i + 1;
      n++;
      i++;
      continue;
    }
    flushRun(i);
    let j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < len ? 2 : 1);
    while (j < len) {
      const cp = orig.codePointAt(j)!;
      if (cp < 0x300 || !COMBINING.test(String.fromCodePoint(cp))) break;
      j += cp > 0xffff ? 2 : 1;
    }
    const cluster = nfkcCluster(orig.slice(i, j));
    if (n + cluster.length > nStart.length) {
      const bigger = Math.max(nStart.length * 2, n + cluster.length + 16);
      const s2 = new Int32Array(bigger);
      const e2 = new Int32Array(bigger);
      s2.set(nStart);
      e2.set(nEnd);
      nStart = s2;
      nEnd = e2;
    }
    for (let k = 0; k < cluster.length; k++) {
      nStart[n] = i;
      nEnd[n] = j;
      n++;
    }
    parts.push(cluster);
    i = j;
    runStart = j;
  }
  flushRun(len);
  const nfkc = parts.join('');
  nStart = nStart.subarray(0, n);
  nEnd = nEnd.subarray(0, n);

  const lower = nfkc.toLowerCase();
  // toLowerCase keeps length for everything NFKC leaves except a few letters (İ);
  // fall back to per-unit lowering in that case so the maps stay aligned.
  const lowered = lower.length === nfkc.length ? lower : Array.from(nfkc, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  // a layer grown past `cap` (NFKC lengthened it) takes a buffer of its own for the key
  const keyMaps = n <= cap ? maps.subarray(2 * cap) : new Int32Array(3 * n);
  const keyStart = keyMaps.subarray(0, n);
  const keyEnd = keyMaps.subarray(n, 2 * n);
  const keyNfkc = keyMaps.subarray(2 * n, 3 * n);
  const keyParts: string[] = [];
  let k = 0;
  let keyRun = 0;
  for (let p = 0; p < n; p++) {
    const c = lowered.charCodeAt(p);
    const skipTo = c === 0x28 ? readingEnd(lowered, p) : -1;
    if (skipTo > p) {
      if (p > keyRun) keyParts.push(lowered.slice(keyRun, p));
      keyRun = skipTo;
      p = skipTo - 1;
      continue;
    }
    if (isWhite(c) || QUOTE_BRACKETS.has(c)) {
      if (p > keyRun) keyParts.push(lowered.slice(keyRun, p));
      keyRun = p + 1;
      continue;
    }
    keyStart[k] = nStart[p]!;
    keyEnd[k] = nEnd[p]!;
    keyNfkc[k] = p;
    k++;
  }
  if (n > keyRun) keyParts.push(lowered.slice(keyRun, n));
  return {
    orig,
    nfkc,
    nfkcStart: nStart,
    nfkcEnd: nEnd,
    key: keyParts.join(''),
    keyStart: keyStart.subarray(0, k),
    keyEnd: keyEnd.subarray(0, k),
    keyNfkc: keyNfkc.subarray(0, k),
  };
}

/**
 * `normalizeText(norm.nfkc)` built from `norm`'s own layers instead of a second pass: the
 * NFKC form is its own NFKC form, and its key is the same string, each unit now tied to
 * the NFKC unit it came from. (Japanese text rarely is its own NFKC form: full-width
 * brackets and digits change, so a block read by the engine would otherwise be normalised
 * twice: once as the page has it, once as the tokenizer reads it.)
 */
export function nfkcLayer(norm: NormText): NormText {
  // a surrogate pair or a combining mark makes a cluster of several units, which the
  // second pass would tie together: such text takes the second pass
  if (SURROGATE.test(norm.nfkc) || COMBINING.test(norm.nfkc)) return normalizeText(norm.nfkc);
  const n = norm.nfkc.length;
  const k = norm.keyNfkc.length;
  const maps = new Int32Array(2 * n + k); // one buffer for the three new maps, as in normalizeText
  const nfkcStart = maps.subarray(0, n);
  const nfkcEnd = maps.subarray(n, 2 * n);
  for (let i = 0; i < n; i++) {
    nfkcStart[i] = i;
    nfkcEnd[i] = i + 1;
  }
  const keyEnd = maps.subarray(2 * n);
  for (let j = 0; j < k; j++) keyEnd[j] = norm.keyNfkc[j]! + 1;
  return { orig: norm.nfkc, nfkc: norm.nfkc, nfkcStart, nfkcEnd, key: norm.key, keyStart: norm.keyNfkc, keyEnd, keyNfkc: norm.keyNfkc };
}

/** The key form of an alias or pattern word: the same rules as `NormText.key`. */
export function normalizeKey(s: string): string {
  return normalizeText(s).key;
}
