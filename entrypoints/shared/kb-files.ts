/**
 * The dataset's files in the extension, two halves so nothing ships twice:
 * - kb-match.json: what matching needs (lib/kb/types.ts MatchKb: aliases, claims, each entry's
 *   id, category and names), loaded by the tokenizer's worker beside the dictionary;
 * - kb-cards.bin: the entries whole (facts, summaries, links), which the background joins
 *   with the first for answers and cards (lib/kb/halves.ts joinKb); stored column by column
 *   (lib/kb/cards-codec.ts: 1.42 -> 1.12 MB of the zip than as JSON on 2026-11-30).
 * Until 2026-11-30 the background read one kb.json holding the aliases and claims a second
 * time: 1.2 MB raw, ~200 kB of the zip.
 */
export const KB_MATCH_FILE = 'kb-match.json';
/** The matcher's trie over kb-match.json's aliases, built at build time (lib/kb/trie-file.ts); read beside it. */
export const KB_TRIE_FILE = 'kb-trie.bin';
export const KB_CARDS_FILE = 'kb-cards.bin';
