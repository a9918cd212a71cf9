/**
 * The background's look at a page's text (entrypoints/background/page-check.ts): the
 * dataset's prefilter over the text a content script sends with its hello, within the
 * message's bound, keeping nothing of the text.
 */
import { describe, expect, it, vi } from 'vitest';
import { pageCheck } from '../../entrypoints/background/page-check';
import { HelloRequest } from '../../entrypoints/shared/messages';
import { MAX_PAGE_CHECK_CHARS } from '../../entrypoints/shared/limits';
import { compilePrefilter } from '../../lib/match/prefilter';
import { normalizeKey } from '../../lib/text/normalize';

const data = compilePrefilter(['総務省', '個人情報保護委員会', 'LINE'].map(normalizeKey));

describe('pageCheck', () => {
  it('says whether the text may name something', () => {
    const check = pageCheck(() => data);
    expect(check('ニュース | 経済\n晴れのち曇り。気温は20度。\n© テスト新聞社')).toBe(false);
    expect(check('天気\n総務省は23日、発表した。')).toBe(true);
    expect(check('ＬＩＮＥ　の件')).toBe(true);
    expect(check('')).toBe(false);
  });

  it('a page that sends no text, or more than the bound, may name something (its reader looks itself)', () => {
    const check = pageCheck(() => data);
    expect(check(undefined)).toBe(true);
    expect(check('晴れ。'.repeat(MAX_PAGE_CHECK_CHARS / 3 + 1))).toBe(true);
  });

  it('builds the prefilter once, on the first text', () => {
    const get = vi.fn(() => data);
    const check = pageCheck(get);
    check(undefined);
    expect(get).not.toHaveBeenCalled();
    check('晴れ');
    check('総務省');
    expect(get).toHaveBeenCalledTimes(1);
  });

  it("keeps nothing of the page's text: not even in RegExp's legacy statics", () => {
    const check = pageCheck(() => data);
    const secret = '秘密の記事本文、総務省';
    expect(check(secret)).toBe(true);
    const statics = RegExp as unknown as Record<string, string>;
    for (const k of ['input', '$_', 'lastMatch', 'leftContext', 'rightContext']) expect(statics[k] ?? '', k).not.toContain('秘密');
  });

  it("the hello's text is bounded by the message's schema", () => {
    expect(HelloRequest.safeParse({ type: 'hello' }).success).toBe(true);
    expect(HelloRequest.safeParse({ type: 'hello', text: 'x'.repeat(MAX_PAGE_CHECK_CHARS) }).success).toBe(true);
    expect(HelloRequest.safeParse({ type: 'hello', text: 'x'.repeat(MAX_PAGE_CHECK_CHARS + 1) }).success).toBe(false);
    expect(HelloRequest.safeParse({ type: 'hello', text: 42 }).success).toBe(false);
    expect(HelloRequest.safeParse({ type: 'hello', text: '', extra: 1 }).success).toBe(false);
  });
});
