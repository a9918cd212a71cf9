import { describe, expect, it } from 'vitest';
import { blocksOf, lineRanges, splitBlocks } from '../../lib/text/blocks';
import { rng } from '../../tools/random';

/** The definition written out plainly: split at \n, keep non-empty lines with their offsets. */
function reference(text: string) {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.length) out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return out;
}

describe('lines and blocks', () => {
  it('a line is what lies between newlines; a block is a line that is not blank', () => {
    const text = '\n見出し\n\n  \n本文、その一。\r\n\tLINE\n';
    expect(lineRanges(text)).toEqual(reference(text));
    expect(splitBlocks(text)).toEqual([
      { start: 1, text: '見出し' },
      { start: 9, text: '本文、その一。\r' },
      { start: 18, text: '\tLINE' },
    ]);
    expect(lineRanges('')).toEqual([]);
    expect(lineRanges('\n\n')).toEqual([]);
  });

  it('agrees with the plain definition on generated texts, and yields blocks one at a time', () => {
    const r = rng(20261130);
    const parts = ['\n', '\n\n', ' ', '個人情報', 'LINE', '。', '\t', '𠮷'];
    for (let n = 0; n < 200; n++) {
      const text = Array.from({ length: Math.floor(r() * 40) }, () => parts[Math.floor(r() * parts.length)]).join('');
      expect(lineRanges(text)).toEqual(reference(text));
      const blocks = reference(text)
        .map(({ start, end }) => ({ start, text: text.slice(start, end) }))
        .filter((b) => b.text.trim() !== '');
      expect(splitBlocks(text)).toEqual(blocks);
      const it = blocksOf(text);
      if (blocks.length) expect(it.next().value).toEqual(blocks[0]);
    }
  });
});
