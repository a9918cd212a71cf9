/**
 * The engine's front door: text in, mentions and corrections out.
 */
import { findCorrections, type Correction } from './claims/match';
import { isAfter } from './dates';
import { prepareDoc } from './doc';
import type { KbIndex } from './kb/index';
import type { EntityView } from './kb/types';
import { findMentions, type Mention } from './match/matcher';
import type { Tokenizer } from './tokenize/types';

export interface AnnotateOptions {
  /** the article's publication date (YYYY-MM-DD): later facts are marked as such */
  published?: string;
}

export type Fact = EntityView['facts'][number];

export interface Annotations {
  mentions: Mention[];
  corrections: Correction[];
  /** per mentioned entity: facts dated after the article (empty without a date) */
  later: Record<string, Fact[]>;
}

export function annotate(text: string, kb: KbIndex, tokenizer: Tokenizer, opts: AnnotateOptions = {}): Annotations {
  const doc = prepareDoc(text, tokenizer);
  const mentions = findMentions(doc, kb);
  const corrections = findCorrections(doc, kb);
  const later: Record<string, Fact[]> = {};
  if (opts.published) {
    for (const id of new Set(mentions.map((m) => m.entity))) {
      const facts = kb.entity(id)?.facts.filter((f) => isAfter(f.date, opts.published!)) ?? [];
      if (facts.length) later[id] = facts;
    }
  }
  return { mentions, corrections, later };
}
