/**
 * Characters that only wrap a name and never change which thing it names: the key form
 * drops them (./normalize.ts), and so does the content script's prefilter
 * (../match/prefilter.ts), which must drop exactly the same ones to stay exact.
 */
export const QUOTE_BRACKET_CHARS = '「」『』【】〈〉《》〔〕“”‘’"\'＂＇｢｣';
