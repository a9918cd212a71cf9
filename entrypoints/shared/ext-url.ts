import type { CardsKb, MatchKb } from '../../lib/kb/types';
import { KB_CARDS_FILE, KB_MATCH_FILE } from './kb-files';

/**
 * URL of a file packaged with the extension. Generated assets (the dataset's halves, dict/*) are not
 * in WXT's PublicPath type, hence the widened signature.
 */
export function extUrl(path: string): string {
  return (browser.runtime.getURL as (p: string) => string)(path);
}

async function fetchJson<T>(file: string): Promise<T> {
  const res = await fetch(extUrl(`/${file}`));
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** The whole dataset, from its two shipped halves (./kb-files.ts). */
export async function loadCompiledKb() {
  const [{ KbIndex }, { joinKb }, match, cards] = await Promise.all([
    import('../../lib/kb/index'),
    import('../../lib/kb/halves'),
    fetchJson<MatchKb>(KB_MATCH_FILE),
    fetchJson<CardsKb>(KB_CARDS_FILE),
  ]);
  return new KbIndex(joinKb(match, cards));
}
