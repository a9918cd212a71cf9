/** Runs one claim's patterns over a text on its own (dataset checks and tests). */
import { compileKb } from '../kb/compile';
import { KbIndex } from '../kb/index';
import type { ClaimSource } from '../kb/schema';
import { prepareDoc } from '../text/doc';
import type { Tokenizer } from '../tokenize/types';
import { findCorrections } from './match';

export function matchPatternInSentence(text: string, claim: ClaimSource, tokenizer: Tokenizer): boolean {
  const kb = new KbIndex(compileKb([], [claim], '1970-01-01'));
  return findCorrections(prepareDoc(text, tokenizer), kb).length > 0;
}
