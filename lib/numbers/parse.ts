/**
 * Figures in Japanese text: "約51万件", "最大2,007万6,016件", "三十二回", "51万〜52万件",
 * "少なくとも5つ"… as a value (or range), how approximate the writer says it is, and the
 * measure its counter names. Works on NFKC text (full-width digits already ASCII).
 */
import type { Measure } from './measure';
import { measureOf } from './measure';

export type Approx = 'exact' | 'about' | 'at-least' | 'up-to';

export interface Figure {
  /** offsets into the text given, end exclusive: the whole figure with its hedge words */
  start: number;
  end: number;
  value: number;
  /** upper end of a range ("51万〜52万件"), absent otherwise */
  high?: number;
  approx: Approx;
  counter: string;
  measure: Measure;
}

const KANJI_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const KANJI_SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };

/** One group below 万: "2,569", "1.5", "三十二", "3千". NaN when it is not a number. */
function smallGroup(s: string): number {
  if (s === '') return 0;
  if (/^\d[\d,]*(\.\d+)?$/.test(s)) return Number(s.replaceAll(',', ''));
  let total = 0;
  let digit: number | undefined;
  for (const ch of s) {
    if (ch in KANJI_DIGIT) digit = (digit ?? 0) * 10 + KANJI_DIGIT[ch]!;
    else if (/\d/.test(ch)) digit = (digit ?? 0) * 10 + Number(ch);
    else if (ch in KANJI_SMALL) {
      total += (digit ?? 1) * KANJI_SMALL[ch]!;
      digit = undefined;
    } else return NaN;
  }
  return total + (digit ?? 0);
}

/** Parses a numeral with optional 万/億/兆 groups: "30万2,569" → 302569, "二億" → 2e8. */
export function parseNumeral(s: string): number {
  let total = 0;
  let rest = s;
  for (const unit of ['兆', '億', '万']) {
    const i = rest.indexOf(unit);
    if (i < 0) continue;
    const g = smallGroup(rest.slice(0, i));
    if (Number.isNaN(g) || i === 0) return NaN;
    total += g * BIG[unit]!;
    rest = rest.slice(i + 1);
  }
  const g = smallGroup(rest);
  if (Number.isNaN(g)) return NaN;
  return total + g;
}

// A numeral: starts with a digit (Arabic or kanji), then digits, separators and the
// units; words such as 千葉 or 十分 are not figures because no counter follows them.
const NUM = String.raw`(?:\d|[〇一二三四五六七八九十百千])[\d,.〇一二三四五六七八九十百千万億兆]*`;
const PREFIX = String.raw`(最大で?約?|少なくとも約?|推定約?|多くて約?|約|およそ)?`;
// 回 is not the start of 回線 (phone lines), 回答 or 回収
const COUNTER = String.raw`(件|人分|人|名|社|団体|円|回(?![線答収復])|アカウント|ファイル|台|自治体|医療機関|銀行)`;
const SUFFIX = String.raw`(以上|超|余り|あまり|余|前後|程度|ほど|近く|強|弱)?`;
const RANGE_SEP = String.raw`(?:〜|~|～|ー|－|-|から)`;
const FIGURE = new RegExp(`${PREFIX}(${NUM})(?:${COUNTER}?${RANGE_SEP}(${NUM}))?${COUNTER}${SUFFIX}`, 'gu');

function approxOf(prefix: string | undefined, suffix: string | undefined): Approx {
  if (prefix?.startsWith('最大') || prefix?.startsWith('多くて')) return 'up-to';
  if (prefix?.startsWith('少なくとも') || suffix === '以上' || suffix === '超' || suffix === '強') return 'at-least';
  if (prefix || suffix) return 'about';
  return 'exact';
}

/** The unit a numeral ends in (万 in "51万"), to give a bare range start ("51〜52万") the same. */
function trailingUnit(s: string): string {
  const last = s.at(-1)!;
  return last in BIG ? last : '';
}

export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [whole, prefix, first, firstCounter, second, counter, suffix] = m;
    // a digit glued to a preceding numeral or letter is part of something else (ID, date)
    const before = text[m.index - 1];
    if (!prefix && before && /[\d.,A-Za-z年月]/.test(before)) continue;
    let low = first!;
    if (second && !firstCounter && !trailingUnit(low)) low += trailingUnit(second);
    const value = parseNumeral(low.replace(/[,.]$/, ''));
    if (!Number.isFinite(value)) continue;
    const high = second ? parseNumeral(second.replace(/[,.]$/, '')) : undefined;
    if (second && (!Number.isFinite(high) || high! < value)) continue;
    out.push({
      start: m.index,
      end: m.index + whole.length,
      value,
      ...(high !== undefined ? { high } : {}),
      approx: high !== undefined ? 'about' : approxOf(prefix, suffix),
      counter: counter!,
      measure: measureOf(counter!, text.slice(Math.max(0, m.index - 12), m.index), text.slice(m.index + whole.length, m.index + whole.length + 10)),
    });
  }
  return out;
}

const BARE = new RegExp(NUM, 'gu');

/** Every numeral in a text, counter or not ("1,000を超え" → 1000): for dataset checks. */
export function findNumerals(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(BARE)) {
    const v = parseNumeral(m[0].replace(/[,.]$/, ''));
    if (Number.isFinite(v)) out.push(v);
  }
  return out;
}
