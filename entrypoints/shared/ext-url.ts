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

/** The dataset's matching half (./kb-files.ts): all a page's first answer needs. */
export function loadMatchKb(): Promise<MatchKb> {
  return fetchJson<MatchKb>(KB_MATCH_FILE);
}

/** The dataset's cards half (./kb-files.ts): facts, summaries, links, joined with the matching half by lib/kb/halves.ts. */
export function loadCardsKb(): Promise<CardsKb> {
  return fetchJson<CardsKb>(KB_CARDS_FILE);
}
