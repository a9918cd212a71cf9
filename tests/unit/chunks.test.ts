import { describe, expect, it } from 'vitest';
import { annotateInParts, chunkBlocks, splitLong } from '../../entrypoints/reader/chunks';
import type { Block } from '../../lib/text/blocks';
import { MAX_BLOCK_CHARS, MAX_REQUEST_BLOCKS, MAX_REQUEST_CHARS } from '../../entrypoints/shared/limits';
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
    expect(asked).toEqual([MAX_REQUEST_BLOCKS, 1]);
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
});
