import { describe, expect, it } from 'vitest';
import { annotateInParts, chunkBlocks, firstScreen, splitLong } from '../../entrypoints/reader/chunks';
import type { Block } from '../../lib/text/blocks';
import { FIRST_REQUEST_CHARS, MAX_BLOCK_CHARS, MAX_REQUEST_BLOCKS, MAX_REQUEST_CHARS } from '../../entrypoints/shared/limits';
import type { ContentToBackground, PageAnswer, RequestOf, Send } from '../../entrypoints/shared/protocol';

/** A fake background: a plain function over the requests stands in for the typed send. */
const fake = (f: (msg: RequestOf<ContentToBackground>) => Promise<unknown>) => f as Send<ContentToBackground>;

describe('sending side of the limits', () => {
  it('splits a long line at a sentence end near the limit, offsets kept, nothing lost', () => {
    const text = `${'あ'.repeat(MAX_BLOCK_CHARS - 10)}。${'い'.repeat(MAX_BLOCK_CHARS)}。う`;
    const parts = splitLong({ start: 100, text });
    expect(parts.every((p) => p.text.length <= MAX_BLOCK_CHARS)).toBe(true);
    expect(parts[0]!.text.endsWith('。')).toBe(true);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    for (const p of parts) expect(text.slice(p.start - 100, p.start - 100 + p.text.length)).toBe(p.text);
  });

  it('never cuts a surrogate pair', () => {
    const text = '𠮷'.repeat(MAX_BLOCK_CHARS);
    const parts = splitLong({ start: 0, text });
    expect(parts.every((p) => !/[\uD800-\uDBFF]$/.test(p.text) && !/^[\uDC00-\uDFFF]/.test(p.text))).toBe(true);
  });

  it('a page with more blocks than one request holds is sent in parts, none over the limits', () => {
    const blocks: Block[] = Array.from({ length: MAX_REQUEST_BLOCKS * 2 + 1 }, (_, i) => ({ start: i * 200, text: `総務省${i}`.padEnd(150, 'あ') }));
    const parts = chunkBlocks(blocks);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(MAX_REQUEST_BLOCKS);
      expect(p.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(MAX_REQUEST_CHARS);
    }
    expect(parts.flat()).toEqual(blocks);
  });

  it('joins the parts\u2019 answers, and the first refusal is the answer', async () => {
    const blocks: Block[] = Array.from({ length: MAX_REQUEST_BLOCKS + 1 }, (_, i) => ({ start: i * 10, text: '総務省' }));
    const asked: number[] = [];
    const answer = (n: number): PageAnswer => ({
      ok: true,
      version: 'v',
      annotations: { mentions: [{ start: n, end: n + 3, text: '総務省', entity: 'gov-mic', category: 'government', alias: '総務省' }], corrections: [] },
      names: { 'gov-mic': { ja: '総務省' } },
      cached: 1,
    });
    const ok = fake(async (msg) => {
      if (msg.type !== 'annotate') throw new Error('unexpected');
      asked.push(msg.blocks.length);
      return answer(msg.blocks[0]!.start);
    });
    const joined = await annotateInParts(ok, blocks, undefined);
    // the first screen (of 3-character blocks), then the whole page in two parts
    expect(asked).toEqual([Math.floor(FIRST_REQUEST_CHARS / 3), MAX_REQUEST_BLOCKS, 1]);
    expect(joined?.ok && joined.annotations.mentions.map((m) => m.start)).toEqual([0, MAX_REQUEST_BLOCKS * 10]);
    expect(joined?.ok && joined.cached).toBe(2);
    let calls = 0;
    const refuses = fake(async () => (++calls === 1 ? { ok: false, error: 'busy' } : answer(0)));
    expect(await annotateInParts(refuses, blocks, undefined)).toEqual({ ok: false, error: 'busy' });
    expect(calls).toBe(1);
    // a later part refused: the parts answered so far are the answer
    calls = 0;
    const busyLater = fake(async () => (++calls === 1 ? answer(0) : { ok: false, error: 'busy' }));
    expect(await annotateInParts(busyLater, blocks, undefined)).toEqual(answer(0));
  });

  it('asks for the first screen apart, then for the whole page, and keeps the whole page\u2019s answer', async () => {
    // 30 paragraphs of 300 characters: 9 000 characters, more than a screen
    const blocks: Block[] = Array.from({ length: 30 }, (_, i) => ({ start: i * 301, text: `総務省${i}`.padEnd(300, 'あ') }));
    const first = firstScreen(blocks)!;
    expect(first.length).toBe(Math.floor(FIRST_REQUEST_CHARS / 300));
    expect(first).toEqual(blocks.slice(0, first.length));
    const asked: number[][] = [];
    const answerFor = (bs: Block[]): PageAnswer => ({
      ok: true,
      version: 'v',
      annotations: {
        mentions: bs.map((b) => ({ start: b.start, end: b.start + 3, text: '総務省', entity: 'gov-mic', category: 'government', alias: '総務省' })),
        corrections: [],
      },
      names: { 'gov-mic': { ja: '総務省' } },
      cached: 0,
    });
    const events: string[] = [];
    const send = fake(async (msg) => {
      if (msg.type !== 'annotate') throw new Error('unexpected');
      asked.push(msg.blocks.map((b) => b.start));
      events.push(`ask ${msg.blocks.length}`);
      return answerFor(msg.blocks);
    });
    const joined = await annotateInParts(send, blocks, undefined, (a) => events.push(`first ${a.annotations.mentions.length}`));
    expect(asked).toEqual([first.map((b) => b.start), blocks.map((b) => b.start)]);
    // the first screen's marks go up once the whole page has been asked for, not after its answer
    expect(events).toEqual([`ask ${first.length}`, `ask ${blocks.length}`, `first ${first.length}`]);
    expect(joined).toEqual(answerFor(blocks));
  });

  it('a page within one screen is asked for once; a refused whole page leaves the first screen', async () => {
    const short: Block[] = [{ start: 0, text: '総務省が発表した。' }];
    expect(firstScreen(short)).toBeUndefined();
    let calls = 0;
    const once = fake(async () => {
      calls++;
      return { ok: true, version: 'v', annotations: { mentions: [], corrections: [] }, names: {}, cached: 0 };
    });
    await annotateInParts(once, short, undefined, () => {
      throw new Error('no first screen to show apart');
    });
    expect(calls).toBe(1);
    // a first block longer than a screen is still the first screen alone
    expect(
      firstScreen([
        { start: 0, text: 'あ'.repeat(MAX_BLOCK_CHARS) },
        { start: 2001, text: '総務省' },
      ]),
    ).toHaveLength(1);
    const long: Block[] = Array.from({ length: 20 }, (_, i) => ({ start: i * 301, text: 'あ'.repeat(300) }));
    const firstOnly: PageAnswer = { ok: true, version: 'v', annotations: { mentions: [], corrections: [] }, names: {}, cached: 0 };
    calls = 0;
    const busyLater = fake(async () => (++calls === 1 ? firstOnly : { ok: false, error: 'busy' }));
    expect(await annotateInParts(busyLater, long, undefined)).toEqual(firstOnly);
  });
  it('a page answered in parts lacks its update notes if any part did, and `complete` goes with every part', async () => {
    const blocks: Block[] = Array.from({ length: MAX_REQUEST_BLOCKS + 1 }, (_, i) => ({ start: i * 10, text: '総務省' }));
    const complete: (true | undefined)[] = [];
    let part = 0;
    const send = fake(async (msg) => {
      if (msg.type !== 'annotate') throw new Error('unexpected');
      complete.push(msg.complete);
      // the first screen and the first part came before the cards half was read, the last after
      const pending = !msg.complete && ++part < 3;
      return { ok: true, version: 'v', annotations: { mentions: [], corrections: [] }, names: {}, cached: 0, ...(pending ? { updatesPending: true } : {}) };
    });
    const joined = await annotateInParts(send, blocks, undefined);
    expect(joined?.ok && joined.updatesPending).toBe(true);
    expect(complete).toEqual([undefined, undefined, undefined]);
    complete.length = 0;
    const whole = await annotateInParts(send, blocks, undefined, undefined, true);
    expect(whole?.ok && whole.updatesPending).toBeUndefined();
    expect(complete).toEqual([true, true, true]);
  });
});
