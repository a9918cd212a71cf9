/**
 * The measure a counter names. 件 counts records unless the words just before say
 * accesses (アクセス…件); 回 counts accesses. Figures of different measures are never
 * compared, so a wrong guess here costs a missed note, not a false one.
 */
import type { QuantitySource } from '../kb/schema';

export type Measure = QuantitySource['measure'] | 'other';

const BY_COUNTER: Record<string, Measure> = {
  件: 'records',
  人: 'people',
  人分: 'people',
  名: 'people',
  社: 'organizations',
  団体: 'organizations',
  自治体: 'organizations',
  医療機関: 'organizations',
  銀行: 'organizations',
  円: 'yen',
  回: 'accesses',
  アカウント: 'accounts',
  ファイル: 'files',
  台: 'devices',
};

/**
 * 件 is a generic counter: the noun it counts, when named right after it (2万件のファイル,
 * 2,000件の他人のID), says what was counted.
 */
const KEN_NOUN: [RegExp, Measure][] = [
  [/^(分)?の([^、。]{0,4})?(ファイル|文書|図面|書類)/u, 'files'],
  [/^(分)?の([^、。]{0,6})?(ID|アカウント)/u, 'accounts'],
];

/** `before` / `after`: a few characters of the text just before and after the figure. */
export function measureOf(counter: string, before: string, after = ''): Measure {
  if (counter === '件' && /アクセス[はがもをの]?(計|合計|延べ)?$/.test(before)) return 'accesses';
  if (counter === '件') for (const [re, m] of KEN_NOUN) if (re.test(after)) return m;
  return BY_COUNTER[counter] ?? 'other';
}
