import { decodeCards } from '../../lib/kb/cards-codec';
import type { CardsKb, MatchKb } from '../../lib/kb/types';
import { KB_CARDS_FILE, KB_MATCH_FILE } from './kb-files';

/**
 * URL of a file packaged with the extension. Generated assets (the dataset's halves, dict/*) are not
 * in WXT's PublicPath type, hence the widened signature.
 */
export function extUrl(path: string): string {
  return (browser.runtime.getURL as (p: string) => string)(path);
}

async function fetchFile(file: string): Promise<Response> {
  const res = await fetch(extUrl(`/${file}`));
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return res;
}

/** The dataset's matching half (./kb-files.ts): all a page's first answer needs. */
export async function loadMatchKb(): Promise<MatchKb> {
  return (await (await fetchFile(KB_MATCH_FILE)).json()) as MatchKb;
}

/**
 * The dataset's cards half (./kb-files.ts), stored column by column (lib/kb/cards-codec.ts):
 * facts, summaries, links, joined with the matching half by lib/kb/halves.ts.
 */
export async function loadCardsKb(): Promise<CardsKb> {
  return decodeCards(new Uint8Array(await (await fetchFile(KB_CARDS_FILE)).arrayBuffer())) as CardsKb;
}
