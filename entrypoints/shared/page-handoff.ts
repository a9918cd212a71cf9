/**
 * The interface between the content script's two halves: the reader (reading,
 * prefiltering, asking the background, following late content) and the marks
 * (highlights, the Preact card, hover and keyboard), so each can be read and tested
 * alone.
 */
import type { Annotations } from '../../lib/annotate';
import type { TextSegment } from '../../lib/dom/extract';
import type { Settings } from './settings-model';

/** The card's host element: the reader leaves it out of the text and its observer. */
export const HOST_TAG = 'chushaku-card-host';

export type Send = (msg: unknown) => Promise<unknown>;

/** The background's answer to an annotate request. */
export interface PageAnswer {
  ok: boolean;
  error?: string;
  version: string;
  annotations: Annotations;
  names: Record<string, { ja: string; en?: string }>;
}

export interface SummaryItem {
  id: number;
  category: string;
  text: string;
  entity?: string;
  claim?: string;
  name: string;
}

export interface MarkCounts {
  mentions: number;
  corrections: number;
  entities: string[];
}

/** What the marks do for the reader. */
export interface Marks {
  /** Marks an answer's spans over the text read (undefined clears); returns what is marked. */
  apply(answer: PageAnswer | undefined, segments: TextSegment[], published: string | undefined): MarkCounts;
  applySettings(s: Settings): void;
  readonly count: number;
  summary(): SummaryItem[];
  navigate(direction: 1 | -1): void;
  focusMark(id: number): void;
  dispose(): void;
}

export interface MarksContext {
  doc: Document;
  send: Send;
  settings: Settings;
}
