/**
 * An update note in words, for the CLI and the card: 「その後 約52万件に（2024年2月）」.
 * Never worded as an error unless the article was already out of date when written.
 */
import { formatQuantity } from '../numbers/format';
import type { UpdateNote } from './types';

type Lang = 'ja' | 'en';

const RESULT: Record<string, { ja: string; en: string }> = {
  happened: { ja: '実施された', en: 'it happened' },
  'happened-late': { ja: '遅れて実施された', en: 'it happened late' },
  changed: { ja: '内容が変わった', en: 'it changed' },
  cancelled: { ja: '中止された', en: 'it was cancelled' },
  confirmed: { ja: '確認された', en: 'it was confirmed' },
  denied: { ja: '否定された', en: 'it was ruled out' },
  revised: { ja: '修正された', en: 'it was revised' },
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2024-02 → 2024年2月 / Feb 2024; 2024-02-14 → 2024年2月14日 / 14 Feb 2024. */
export function formatDate(d: string, lang: Lang): string {
  const [y, m, day] = d.split('-');
  if (lang === 'en') return [day ? String(Number(day)) : '', m ? MONTHS[Number(m) - 1] : '', y].filter(Boolean).join(' ');
  return `${y}年${m ? `${Number(m)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

export function resultLabel(result: string, lang: Lang): string {
  return RESULT[result]?.[lang] ?? result;
}

/** The headline of a note: what is known now, with its date. */
export function updateLine(n: UpdateNote, lang: Lang): string {
  const date = formatDate(n.now.date, lang);
  const what = n.now.quantity ? formatQuantity(n.now.quantity, lang) : resultLabel(n.now.result ?? '', lang);
  const detail = n.now.quantity ? '' : n.now.text ? (lang === 'en' ? `: ${n.now.text.en ?? n.now.text.ja}` : `：${n.now.text.ja}`) : '';
  if (lang === 'en') return `${n.verdict ? 'Already by then' : 'Since then'}: ${what} (${date})${detail}`;
  return n.now.quantity
    ? `${n.verdict ? 'この時点ですでに' : 'その後'} ${what}に（${date}）`
    : `${n.verdict ? 'この時点ですでに' : 'その後'} ${what}（${date}）${detail}`;
}
