import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../lib/annotate';
import { MAX_PART_GAP } from '../../lib/claims/match';
import { matchPatternInSentence } from '../../lib/claims/sentence';
import type { ClaimSource } from '../../lib/kb/schema';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';
import { miniClaims, miniKb } from '../fixtures/mini-kb';

let tk: Tokenizer;
beforeAll(async () => {
  tk = await nodeTokenizer();
});

const claim = (patterns: ClaimSource['patterns']): ClaimSource => ({ ...miniClaims[0]!, patterns });
const hits = (text: string, c: ClaimSource = miniClaims[0]!) => matchPatternInSentence(text, c, tk);

describe('claim patterns', () => {
  it('find the statement as the article phrased it', () => {
    expect(hits('「Letter Sealing」をONにしていれば、投稿した内容はLINEの運営側すらも読めなくなります')).toBe(true);
  });

  it('find it phrased differently and inflected otherwise', () => {
    expect(hits('レターシーリングを有効にすると、運営側でも読めない。')).toBe(true);
    expect(hits('レターシーリングがあれば運営も見られない。')).toBe(true); // 見+られ+ない: the auxiliary is a gap token
    expect(hits('レターシーリングがあっても運営は読める。')).toBe(false); // no negation: a different statement
    expect(hits('ＬＥＴＴＥＲ　ＳＥＡＬＩＮＧ なら LINE も読めないという。')).toBe(true);
  });

  it('need every term within one sentence', () => {
    expect(hits('レターシーリングを使う。運営側すらも読めなくなります。')).toBe(false);
  });

  it('respect none-terms', () => {
    const c = claim([{ all: ['レターシーリング', '読める+ない'], none: ['画像'] }]);
    expect(hits('レターシーリングなら読めない。', c)).toBe(true);
    expect(hits('レターシーリングでも画像は読めないわけではない。', c)).toBe(false);
  });

  it('allow only a few tokens between the parts of a term', () => {
    const c = claim([{ all: ['運営+読める'] }]);
    expect(hits('運営側すらも読める', c)).toBe(true); // 3 tokens between: 側 すら も
    const far = `運営${'の'.repeat(MAX_PART_GAP + 1)}読める`;
    expect(hits(far, c)).toBe(false);
  });

  it('yield a correction span inside the sentence, with the verdict', () => {
    const text = '前置き。「Letter Sealing」をONにしていれば、投稿した内容はLINEの運営側すらも読めなくなります。後書き';
    const [c] = annotate(text, miniKb(), tk).corrections;
    expect(c).toMatchObject({ claim: 'ls-unreadable', verdict: 'misleading' });
    expect(c!.start).toBeGreaterThan(text.indexOf('前置き。'));
    expect(text.slice(c!.start, c!.end)).toBe(c!.text);
    expect(c!.text.startsWith('Letter Sealing')).toBe(true);
    expect(c!.text.endsWith('読めなく')).toBe(true);
  });
});
