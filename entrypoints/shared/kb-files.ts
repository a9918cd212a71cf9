/**
 * The dataset's files in the extension: kb.json, everything (the background: answers and
 * cards), and the matching half the tokenizer's worker loads beside the dictionary
 * (lib/kb/types.ts MatchKb: no facts or summaries; 1.5 of 3.7 MB on 2026-11-30).
 */
export const KB_MATCH_FILE = 'kb-match.json';
