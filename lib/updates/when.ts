/**
 * Dates a plan or forecast names, resolved against the article's date: "6月までに",
 * "来年6月", "今月末", "年内", "今年度中", "来春", "2024年上半期", "9月下旬"… Each
 * becomes the last day it can mean (a deadline), so "年内" in a 2021-03-23 article is
 * 2021-12-31. Japanese fiscal years run April to March.
 */
import { latestDay } from '../time/dates';

export interface DueDate {
  start: number;
  end: number;
  /** the last day meant, YYYY-MM-DD */
  by: string;
}

interface Ymd {
  y: number;
  m: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthEnd = (y: number, m: number) => latestDay(`${y}-${pad(m)}`);

/** Fiscal year (April–March) containing the date. */
const fiscalYear = (d: Ymd) => (d.m >= 4 ? d.y : d.y - 1);

const KANJI_MONTH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : (KANJI_MONTH[s] ?? NaN));

const YEAR = String.raw`(?:(\d{4})年|(今年|来年|再来年|本年|翌年))?`;
const MONTH = String.raw`(\d{1,2}|十[一二]?|[一二三四五六七八九])月`;
const PART = String.raw`(上旬|中旬|下旬|末|中|いっぱい|初め|初旬)?`;
const SEASON = String.raw`(今春|今夏|今秋|今冬|来春|来夏|来秋|来冬)`;
const HALF = String.raw`(?:(\d{4})年|(今年|来年))?度?(上半期|下半期|前半|後半)`;
const FISCAL = String.raw`(今年度|本年度|来年度|再来年度|(\d{4})年度)(中|内|末)?`;
const PATTERN = new RegExp(
  [`${FISCAL}`, `${YEAR}${MONTH}${PART}`, `(今月|来月)(末|中|内|いっぱい)?`, `(年内|年度内|月内|年末|年明け)`, `${SEASON}`, `${HALF}`, `(\\d{4})年(中|内|末)?`]
    .map((p) => `(?:${p})`)
    .join('|'),
  'gu',
);

function yearWord(w: string | undefined, base: Ymd): number | undefined {
  if (!w) return undefined;
  if (/^\d{4}$/.test(w)) return Number(w);
  return { 今年: base.y, 本年: base.y, 来年: base.y + 1, 翌年: base.y + 1, 再来年: base.y + 2 }[w];
}

const SEASON_END: Record<string, [number, number]> = { 春: [0, 5], 夏: [0, 8], 秋: [0, 11], 冬: [1, 2] };

/** Every due date in `text` (NFKC), resolved against `published` (YYYY-MM-DD). */
export function findDueDates(text: string, published: string): DueDate[] {
  const [py, pm] = published.split('-').map(Number);
  const base: Ymd = { y: py!, m: pm! };
  const out: DueDate[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const g = m.slice(1);
    let by: string | undefined;
    if (g[0]) {
      // fiscal year
      const fy = g[0].startsWith('来') ? fiscalYear(base) + 1 : g[0].startsWith('再来') ? fiscalYear(base) + 2 : g[1] ? Number(g[1]) : fiscalYear(base);
      by = monthEnd(fy + 1, 3);
    } else if (g[5]) {
      const month = num(g[5]);
      if (!(month >= 1 && month <= 12)) continue;
      let y = yearWord(g[3] ?? g[4], base);
      // a month without a year is the next one of that name from the article's month
      if (y === undefined) y = month >= base.m ? base.y : base.y + 1;
      const part = g[6];
      by = part === '上旬' || part === '初め' || part === '初旬' ? `${y}-${pad(month)}-10` : part === '中旬' ? `${y}-${pad(month)}-20` : monthEnd(y, month);
    } else if (g[7]) {
      const next = g[7] === '来月';
      const y = next && base.m === 12 ? base.y + 1 : base.y;
      const mo = next ? (base.m % 12) + 1 : base.m;
      by = monthEnd(y, mo);
    } else if (g[9]) {
      const w = g[9];
      by =
        w === '年内' || w === '年末'
          ? `${base.y}-12-31`
          : w === '年度内'
            ? monthEnd(fiscalYear(base) + 1, 3)
            : w === '月内'
              ? monthEnd(base.y, base.m)
              : monthEnd(base.y + 1, 1);
    } else if (g[10]) {
      const [dy, mo] = SEASON_END[g[10][1]!]!;
      by = monthEnd(base.y + dy + (g[10][0] === '来' ? 1 : 0), mo);
    } else if (g[13]) {
      const y = g[11] ? Number(g[11]) : (yearWord(g[12], base) ?? base.y);
      by = monthEnd(y, g[13] === '上半期' || g[13] === '前半' ? 6 : 12);
    } else if (g[14]) {
      by = `${g[14]}-12-31`;
    }
    if (by) out.push({ start: m.index, end: m.index + m[0].length, by });
  }
  return out;
}
