/**
 * The interface between the content script's two halves: the reader (reading, asking
 * the background, following late content) and the marks
 * (highlights, the Preact card, hover and keyboard), so each can be read and tested
 * alone.
 */
import type { TextSegment } from '../../lib/dom/extract';
import type { ContentToBackground, PageAnswer, Send as SendOf, SummaryItem, TabSettings } from '../shared/protocol';

export type { PageAnswer, SummaryItem };

/** The content script's channel to the background. */
export type Send = SendOf<ContentToBackground>;

export interface MarkCounts {
  mentions: number;
  corrections: number;
  entities: string[];
}

/** What the marks do for the reader. */
export interface Marks {
  /** Marks an answer's spans over the text read (undefined clears); returns what is marked. */
  apply(answer: PageAnswer | undefined, segments: TextSegment[], published: string | undefined): MarkCounts;
  applySettings(s: TabSettings): void;
  readonly count: number;
  summary(): SummaryItem[];
  navigate(direction: 1 | -1): void;
  focusMark(id: number): void;
  dispose(): void;
}

export interface MarksContext {
  doc: Document;
  send: Send;
  settings: TabSettings;
  /** runs synchronous work counted as the reader's own main-thread time */
  timed: <R>(fn: () => R) => R;
}
