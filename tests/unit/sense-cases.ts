/**
 * The shared shape of the dataset's "senses" tests (general-, tech-, industry-,
 * public-senses): for each entity whose alias is also an ordinary word, a place or part
 * of another name, look-alike sentences must not mark it and real uses must. They run on
 * the real dataset, so a later edit that loosens a rule fails.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../lib/annotate';
import type { KbIndex } from '../../lib/kb/index';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';
import { realKb } from './real-kb';

export interface SenseCase {
  /** the entity whose alias is at stake */
  entity: string;
  /** sentences where the alias is another thing: the entity must not be marked */
  lookalikes: string[];
  /** sentences about the entity: it must be marked, on this text */
  examples: [sentence: string, marked: string][];
}

export type Marks = (text: string) => { text: string; entity: string }[];

/** The real dataset's annotator for this test file, loaded once before its tests. */
export function realMarks(): Marks {
  let tk: Tokenizer;
  let kb: KbIndex;
  beforeAll(async () => {
    tk = await nodeTokenizer();
    kb = realKb().kb;
  });
  return (text) => annotate(text, kb, tk).mentions.map((m) => ({ text: m.text, entity: m.entity }));
}

export function describeSenses(title: string, cases: SenseCase[], marks: Marks = realMarks()): void {
  describe(title, () => {
    for (const c of cases) {
      it(`${c.entity}: look-alikes are not marked`, () => {
        for (const line of c.lookalikes) {
          expect(
            marks(line).filter((m) => m.entity === c.entity),
            line,
          ).toEqual([]);
        }
      });

      it(`${c.entity}: real uses are marked`, () => {
        for (const [line, text] of c.examples) {
          expect(marks(line), line).toContainEqual({ text, entity: c.entity });
        }
      });
    }
  });
}
