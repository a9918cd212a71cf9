/**
 * Look-alike sentences written by the project (tests/corpus/lookalikes/*.txt, one a line):
 * another thing's name, an ordinary word, another platform's feature. The real dataset
 * must find nothing in any of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../lib/annotate';
import type { KbIndex } from '../../lib/kb/index';
import { realKb } from './real-kb';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';

const DIR = join(import.meta.dirname, '../corpus/lookalikes');
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));
/** a file's sentences: one a line; lines starting with # are comments */
const sentencesOf = (file: string) =>
  readFileSync(join(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));

let tk: Tokenizer;
let kb: KbIndex;
beforeAll(async () => {
  tk = await nodeTokenizer();
  kb = realKb().kb;
});

describe('look-alike sentences', () => {
  it('are there to test', () => {
    const total = files.reduce((n, f) => n + sentencesOf(f).length, 0);
    expect(total).toBeGreaterThanOrEqual(40);
  });

  for (const file of files) {
    it(`${file}: no mention in any line`, () => {
      const lines = sentencesOf(file);
      expect(lines.length).toBeGreaterThan(0);
      const hits = lines.flatMap((line) => annotate(line, kb, tk).mentions.map((m) => `${m.text} → ${m.entity} in 「${line}」`));
      expect(hits).toEqual([]);
    });
  }
});
