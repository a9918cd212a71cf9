/**
 * Text normalisation with an exact way back to the original offsets.
 *
 * Two layers are built from the original text (offsets are UTF-16 code units):
 *  - `nfkc`: each normalisation cluster (a base character with its combining marks,
 *    so half-width ｶﾞ composes to ガ) is NFKC-normalised. The tokenizer reads this.
 *  - `key`: `nfkc` lower-cased, with white space and quote brackets removed, so
 *    `ＬＩＮＥ\u3000Pay`, `LINE Pay`, `LINEPay` and 「LINE」Pay all read `linepay`.
 *    Aliases are normalised the same way (`normalizeKey`) and matched against it.
 * Every unit of either layer records the original range it came from.
 */

/** Characters that only wrap a name and never change which thing it names. */
const QUOTE_BRACKETS = new Set([...'「」『』【】〈〉《》〔〕“”‘’"\'＂＇｢｣']);

/** Combining marks (and the half-width voiced sound marks) join the preceding character. */
const COMBINING = /[\p{M}\uFF9E\uFF9F]/u;
const WHITE = /\s/u;

export interface NormText {
  orig: string;
  nfkc: string;
  /** for each unit of `nfkc`: the original range [start, end) of its cluster */
  nfkcStart: Int32Array;
  nfkcEnd: Int32Array;
  key: string;
  keyStart: Int32Array;
  keyEnd: Int32Array;
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

function isAscii(code: number): boolean {
  return code < 0x80;
}

export function normalizeText(orig: string): NormText {
  const len = orig.length;
  let nfkc = '';
  // NFKC never grows a cluster by more than a few units (㍻ → 平成, ㈱ → (株)); size
  // generously and trim.
  let nStart = new Int32Array(len + 16);
  let nEnd = new Int32Array(len + 16);
  let n = 0;
  const parts: string[] = [];
  let i = 0;
  while (i < len) {
    const code = orig.charCodeAt(i);
    let j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < len ? 2 : 1);
    if (!isAscii(code) || (j < len && !isAscii(orig.charCodeAt(j)))) {
      while (j < len) {
        const next = orig.codePointAt(j)!;
        const ch = String.fromCodePoint(next);
        if (!COMBINING.test(ch)) break;
        j += ch.length;
      }
    }
    const cluster = j - i === 1 && isAscii(code) ? orig[i]! : nfkcCluster(orig.slice(i, j));
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
  }
  nfkc = parts.join('');
  nStart = nStart.subarray(0, n);
  nEnd = nEnd.subarray(0, n);

  const lower = nfkc.toLowerCase();
  // toLowerCase keeps length for everything NFKC leaves except a few letters (İ);
  // fall back to per-unit lowering in that case so the maps stay aligned.
  const lowered = lower.length === nfkc.length ? lower : [...nfkc].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  const keyStart = new Int32Array(n);
  const keyEnd = new Int32Array(n);
  const keyParts: string[] = [];
  let k = 0;
  for (let p = 0; p < n; p++) {
    const c = lowered[p]!;
    if (WHITE.test(c) || QUOTE_BRACKETS.has(c)) continue;
    keyParts.push(c);
    keyStart[k] = nStart[p]!;
    keyEnd[k] = nEnd[p]!;
    k++;
  }
  return {
    orig,
    nfkc,
    nfkcStart: nStart,
    nfkcEnd: nEnd,
    key: keyParts.join(''),
    keyStart: keyStart.subarray(0, k),
    keyEnd: keyEnd.subarray(0, k),
  };
}

/** The key form of an alias or pattern word: the same rules as `NormText.key`. */
export function normalizeKey(s: string): string {
  return normalizeText(s).key;
}
