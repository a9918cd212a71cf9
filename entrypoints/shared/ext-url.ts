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

const fetchJson = async <T>(file: string) => (await (await fetchFile(file)).json()) as T;

/** The whole dataset, from its two shipped halves (./kb-files.ts). */
export async function loadCompiledKb() {
  const [{ KbIndex }, { joinKb }, { decodeCards }, match, cards] = await Promise.all([
    import('../../lib/kb/index'),
    import('../../lib/kb/halves'),
    import('../../lib/kb/cards-codec'),
    fetchJson<MatchKb>(KB_MATCH_FILE),
    fetchFile(KB_CARDS_FILE).then((r) => r.arrayBuffer()),
  ]);
  return new KbIndex(joinKb(match, decodeCards(new Uint8Array(cards)) as CardsKb));
}
