/**
 * A reading in brackets: news writes an uncommon name with its kana reading right after
 * the kanji it reads, 出澤(いでざわ)剛 or 慎(シン)ジュンホ. The key form drops such a reading
 * (./normalize.ts) so the name reads as the dataset lists it (出澤剛, 慎ジュンホ); the
 * prefilter drops exactly the same text (../match/prefilter.ts).
 *
 * Only kana between round brackets directly after a kanji counts: LINE(ライン) and
 * (株) keep their brackets, as does any bracket with other characters inside.
 */

/** Readings of one name part are short; a longer kana run in brackets is prose. */
export const READING_MAX = 12;

const KANJI = '\\u3005\\u4e00-\\u9fff';
const KANA = '\\u3041-\\u3096\\u30a1-\\u30fa\\u30fc';

/** The same rule as `readingEnd`, over a whole NFKC string (for the prefilter). */
export const READING_RE = new RegExp(`(?<=[${KANJI}])\\([${KANA}]{1,${READING_MAX}}\\)`, 'g');

const isKanji = (c: number) => c === 0x3005 || (c >= 0x4e00 && c <= 0x9fff);
const isKana = (c: number) => (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;

/**
 * `s` is NFKC text (full-width brackets already ASCII). When a reading starts at `at`
 * (an opening bracket after a kanji), the index just past its closing bracket; else -1.
 */
export function readingEnd(s: string, at: number): number {
  if (s.charCodeAt(at) !== 0x28 || at === 0 || !isKanji(s.charCodeAt(at - 1))) return -1;
  let q = at + 1;
  while (q < s.length && q - at - 1 < READING_MAX && isKana(s.charCodeAt(q))) q++;
  return q > at + 1 && s.charCodeAt(q) === 0x29 ? q + 1 : -1;
}
