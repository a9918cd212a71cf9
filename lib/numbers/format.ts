/** Writes a typed figure back as a reader reads it: 約52万件 / about 520,000 records. */
import type { QuantitySource } from '../kb/schema';

const JA_COUNTER: Record<QuantitySource['measure'], string> = {
  records: '件',
  people: '人',
  accounts: 'アカウント',
  accesses: '回',
  organizations: '社',
  yen: '円',
  files: 'ファイル',
  devices: '台',
};

const EN_NOUN: Record<QuantitySource['measure'], string> = {
  records: 'records',
  people: 'people',
  accounts: 'accounts',
  accesses: 'accesses',
  organizations: 'organisations',
  yen: 'yen',
  files: 'files',
  devices: 'devices',
};

/** 5200000 → 520万, 20076016 → 2,007万6,016, 2.5e9 → 25億. */
export function jaNumber(n: number): string {
  const parts: string[] = [];
  let rest = Math.round(n);
  for (const [unit, size] of [
    ['億', 1e8],
    ['万', 1e4],
  ] as const) {
    const q = Math.floor(rest / size);
    if (q > 0) parts.push(`${q.toLocaleString('en-US')}${unit}`);
    rest -= q * size;
  }
  if (rest > 0 || parts.length === 0) parts.push(rest.toLocaleString('en-US'));
  return parts.join('');
}

export function formatQuantity(q: Pick<QuantitySource, 'measure' | 'value' | 'approx'>, lang: 'ja' | 'en'): string {
  if (lang === 'en') {
    const pre = { exact: '', about: 'about ', 'at-least': 'at least ', 'up-to': 'up to ' }[q.approx];
    return `${pre}${q.value.toLocaleString('en-US')} ${EN_NOUN[q.measure]}`;
  }
  const pre = { exact: '', about: '約', 'at-least': '少なくとも', 'up-to': '最大' }[q.approx];
  return `${pre}${jaNumber(q.value)}${JA_COUNTER[q.measure]}`;
}
