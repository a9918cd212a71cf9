/**
 * A document prepared once for matching: normalised layers, token boundaries,
 * sentences and paragraphs, all tied back to original offsets.
 */
import { normalizeText, type NormText } from './normalize';
import { paragraphs, sentences, type Range } from './segment';
import type { Token, Tokenizer } from '../tokenize/types';

export interface Doc {
  text: string;
  norm: NormText;
  /** tokens with offsets into the ORIGINAL text */
  tokens: Token[];
  /** boundary[i] = 1 when a token starts or ends at original offset i */
  boundary: Uint8Array;
  sentences: Range[];
  paragraphs: Range[];
}

/** `norm`: `normalizeText(text)` when the caller already has it (it is not built twice). */
export function prepareDoc(text: string, tokenizer: Tokenizer, norm: NormText = normalizeText(text)): Doc {
  const raw = tokenizer.tokenize(norm.nfkc);
  const boundary = new Uint8Array(text.length + 1);
  boundary[0] = 1;
  boundary[text.length] = 1;
  // The tokenizer's tokens are fresh objects: move their offsets to the original text.
  for (const t of raw) {
    const start = t.start < norm.nfkcStart.length ? norm.nfkcStart[t.start]! : text.length;
    const end = t.end > 0 ? norm.nfkcEnd[t.end - 1]! : 0;
    boundary[start] = 1;
    boundary[end] = 1;
    t.start = start;
    t.end = end;
  }
  return { text, norm, tokens: raw, boundary, sentences: sentences(text), paragraphs: paragraphs(text) };
}

/** First index in a sorted Int32Array whose value is >= x. */
export function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
