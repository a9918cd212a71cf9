/**
 * The dataset in the background, half by half (entrypoints/shared/kb-files.ts). A page's
 * first answer needs only the matching half: the version (the cache's keys), the names of
 * what was found, the claims. The cards half (facts, summaries, links: update notes, cards,
 * ranking) is 3.5× its size, and parsing it on the service worker's thread delayed that
 * answer, and the tokenizer host's start, whose messages wait for the same thread. It is
 * read when asked for (./index.ts asks once a page's first answer is given: decoding it
 * took a core the dictionary's load needed), and nothing that waits for it holds up a first
 * answer.
 */
import type { KbIndex } from '../../lib/kb/index';
import type { CardsKb, MatchEntity, MatchKb } from '../../lib/kb/types';

export class KbHalves {
  private match: Promise<KbIndex<MatchEntity>> | undefined;
  private whole: Promise<KbIndex> | undefined;
  private joined: KbIndex | undefined;

  constructor(
    private readonly loadMatch: () => Promise<MatchKb>,
    private readonly loadCards: () => Promise<CardsKb>,
  ) {}

  /** The matching half, indexed (no trie: only the tokenizer's worker walks one). A failed read is tried again by the next caller, here and in full(). */
  matching(): Promise<KbIndex<MatchEntity>> {
    if (this.match) return this.match;
    const match = Promise.all([import('../../lib/kb/index'), this.loadMatch()]).then(([{ KbIndex }, kb]) => new KbIndex<MatchEntity>(kb));
    match.catch(() => {
      if (this.match === match) this.match = undefined;
    });
    return (this.match = match);
  }

  /** The whole dataset: the cards half read (once) and joined with the matching half. */
  full(): Promise<KbIndex> {
    if (this.whole) return this.whole;
    const whole = Promise.all([import('../../lib/kb/index'), import('../../lib/kb/halves'), this.matching(), this.loadCards()]).then(
      ([{ KbIndex }, { joinKb }, match, cards]) => {
        const kb = new KbIndex(joinKb(match.kb, cards));
        // unless released meanwhile: the joined index serves both from now on, and the
        // matching half's own entries can go
        if (this.whole === whole) {
          this.joined = kb;
          this.match = Promise.resolve(kb);
        }
        return kb;
      },
    );
    whole.catch(() => {
      if (this.whole === whole) this.whole = undefined;
    });
    return (this.whole = whole);
  }

  /** The matching half (or, once joined, the whole dataset) if read or being read, else undefined: for the tokenizer in the same thread (./index.ts). */
  heldMatch(): Promise<MatchKb> | undefined {
    return this.match?.then((index) => index.kb);
  }

  /** Whether either half is read or being read (for the e2e suite: what a page made the background load). */
  get held(): boolean {
    return this.match !== undefined || this.whole !== undefined;
  }

  /** The whole dataset if it is already joined, without waiting. */
  fullNow(): KbIndex | undefined {
    return this.joined;
  }

  /** Lets go of both halves (the next request reads them again). */
  release(): void {
    this.match = this.whole = this.joined = undefined;
  }
}
