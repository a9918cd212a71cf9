/** An update note: what an article said about a figure, plan or suspicion, and what is known now. */
import type { OutcomeSource, QuantitySource, SourceRef } from '../kb/schema';

export type { UpdateKind } from '../kb/vocabulary';
import type { UpdateKind } from '../kb/vocabulary';

export interface UpdateNote {
  kind: UpdateKind;
  /** the entity whose facts the note comes from */
  entity: string;
  /** what the article said (the span's text) */
  said: string;
  /** 'outdated' only when a newer fact was already known on the article's date */
  verdict?: 'outdated';
  now: {
    /** when the newer figure or outcome was known */
    date: string;
    quantity?: Pick<QuantitySource, 'measure' | 'value' | 'approx'>;
    result?: NonNullable<OutcomeSource['result']>;
    /** what was planned or suspected, and what happened, from the dataset */
    said?: OutcomeSource['said'];
    text?: OutcomeSource['text'];
    sources: SourceRef[];
  };
}
