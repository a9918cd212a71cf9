/**
 * A reading in brackets: news writes an uncommon name with its kana reading right after
 * the kanji it reads, 出澤(いでざわ)剛 or 慎(シン)ジュンホ. The key form drops such a reading
 * (./normalize.ts) so the name reads as the dataset lists it (出澤剛, 慎ジュンホ); the
 * prefilter drops exactly the same text (../match/prefilter.ts).
 *
 * Only kana between round brackets directly after a kanji counts: LINE(ライン) and (株)
 * keep their brackets. A katakana gloss is far more often a word than a reading
 * (考え方(ガイドライン)の), so katakana counts as a reading only where the name goes on
 * right after it in katakana or kanji (慎(シン)ジュンホ); hiragana in brackets after kanji
 * is a reading.
 */

/** Readings of one name part are short; a longer kana run in brackets is prose. */
export const READING_MAX = 12;

const KANJI = '\\u3005\\u4e00-\\u9fff';
const HIRA = '\\u3041-\\u3096\\u30fc';
const KATA = '\\u30a1-\\u30fa\\u30fc';

/** The same rule as `readingEnd`, over a whole NFKC string (for the prefilter). */
export const READING_RE = new RegExp(`(?<=[${KANJI}])\\((?:[${HIRA}]{1,${READING_MAX}}|[${KATA}]{1,${READING_MAX}}(?=\\)[${KATA}${KANJI}]))\\)`, 'g');

const isKanji = (c: number) => c === 0x3005 || (c >= 0x4e00 && c <= 0x9fff);
const isHira = (c: number) => (c >= 0x3041 && c <= 0x3096) || c === 0x30fc;
const isKata = (c: number) => (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;

/** Index past a run of `ok` characters from `from`, at most READING_MAX long; -1 if longer. */
function runEnd(s: string, from: number, ok: (c: number) => boolean): number {
  let q = from;
  while (q < s.length && ok(s.charCodeAt(q))) {
    if (q - from === READING_MAX) return -1;
    q++;
  }
  return q;
}

/**
 * `s` is NFKC text (full-width brackets already ASCII). When a reading starts at `at`
 * (an opening bracket after a kanji), the index just past its closing bracket; else -1.
 */
export function readingEnd(s: string, at: number): number {
  if (s.charCodeAt(at) !== 0x28 || at === 0 || !isKanji(s.charCodeAt(at - 1))) return -1;
  const hira = runEnd(s, at + 1, isHira);
  if (hira > at + 1 && s.charCodeAt(hira) === 0x29) return hira + 1;
  const kata = runEnd(s, at + 1, isKata);
  if (kata > at + 1 && s.charCodeAt(kata) === 0x29) {
    const next = s.charCodeAt(kata + 1);
    if (isKata(next) || isKanji(next)) return kata + 1;
  }
  return -1;
}
