/**
 * The background's looks (entrypoints/background/page-check.ts): the dataset's prefilter
 * over the text a content script sends with its hello, within the message's bound, and
 * over the blocks its reader sends, keeping nothing of the text.
 */
import { describe, expect, it, vi } from 'vitest';
import { pageCheck, scanBlocks } from '../../entrypoints/background/page-check';
import { TabBudget } from '../../entrypoints/background/budget';
import { HelloRequest } from '../../entrypoints/shared/messages';
import { MAX_PAGE_CHECK_CHARS } from '../../entrypoints/shared/limits';
import { compilePrefilter } from '../../lib/match/prefilter';
import { normalizeKey } from '../../lib/text/normalize';

const data = compilePrefilter(['総務省', '個人情報保護委員会', 'LINE'].map(normalizeKey));

describe('pageCheck', () => {
  it('says whether the text may name something', () => {
    const check = pageCheck(() => data);
    expect(check.page('ニュース | 経済\n晴れのち曇り。気温は20度。\n© テスト新聞社')).toBe(false);
    expect(check.page('天気\n総務省は23日、発表した。')).toBe(true);
    expect(check.page('ＬＩＮＥ　の件')).toBe(true);
    expect(check.page('')).toBe(false);
  });

  it('a page that sends no text, or more than the bound, may name something (its reader looks itself)', () => {
    const check = pageCheck(() => data);
    expect(check.page(undefined)).toBe(true);
    expect(check.page('晴れ。'.repeat(MAX_PAGE_CHECK_CHARS / 3 + 1))).toBe(true);
  });

  it('builds the prefilter once, on the first text', () => {
    const get = vi.fn(() => data);
    const check = pageCheck(get);
    check.page(undefined);
    check.blocks([]);
    expect(get).not.toHaveBeenCalled();
    check.page('晴れ');
    check.page('総務省');
    check.blocks([{ start: 0, text: '総務省' }]);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('keeps the blocks that may name something, in order, with their offsets', () => {
    const check = pageCheck(() => data);
    const blocks = [
      { start: 0, text: '晴れのち曇り。' },
      { start: 8, text: '総務省は23日、発表した。' },
      { start: 22, text: '風はやや強い。' },
      { start: 30, text: '「ＬＩＮＥ」の件で' },
    ];
    expect(check.blocks(blocks)).toEqual([blocks[1], blocks[3]]);
    expect(check.blocks(blocks.slice(0, 1))).toEqual([]);
  });

  it("keeps nothing of the page's text: not even in RegExp's legacy statics", () => {
    const check = pageCheck(() => data);
    const secret = '秘密の記事本文、総務省';
    expect(check.page(secret)).toBe(true);
    expect(check.blocks([{ start: 0, text: secret }])).toHaveLength(1);
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

  it("charges the blocks' scan to the tab's time, and scans nothing for a tab whose time is spent", () => {
    let t = 0;
    const budget = new TabBudget({ capacity: 1_000, perS: 0 }, { capacity: 10, perS: 0 }, () => 0);
    const seen: number[] = [];
    const check = pageCheck(() => data);
    const counting = { page: check.page, blocks: <B extends { text: string }>(b: readonly B[]) => (seen.push(b.length), check.blocks(b)) };
    const blocks = [{ start: 0, text: '総務省は発表した。' }];
    // each scan takes 3 ms on this clock
    const clock = () => (t += 3);
    expect(scanBlocks(counting, budget, 1, blocks, clock)).toEqual(blocks);
    expect(budget.usage.get(1)).toEqual({ chars: 0, tokenizerMs: 3 });
    expect(scanBlocks(counting, budget, 1, blocks, clock)).toEqual(blocks);
    expect(scanBlocks(counting, budget, 1, blocks, clock)).toEqual(blocks);
    expect(scanBlocks(counting, budget, 1, blocks, clock)).toEqual(blocks);
    // 12 ms spent of 10: refused, unscanned
    expect(scanBlocks(counting, budget, 1, blocks, clock)).toBeUndefined();
    expect(seen).toHaveLength(4);
    // another tab is unaffected
    expect(scanBlocks(counting, budget, 2, blocks, clock)).toEqual(blocks);
  });
});
