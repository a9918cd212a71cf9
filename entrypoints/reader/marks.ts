/**
 * A page's marks and cards, made once the reader has something to mark: the wiring of
 * the parts. Building the marks (./build-marks.ts), painting them (./highlights.ts),
 * which mark is under a point (./hit-test.ts), when the card opens and closes on hover,
 * keyboard and tap (./hover.ts, ./tap-open.ts, ./back-close.ts), the card's data
 * (./card-data.ts), and the popup's list and keyboard navigation here. The card itself is a
 * bundle of its own (./load-card.ts), asked for once the first marks are up.
 * The page's DOM and text are never changed.
 */
import { PositionIndex } from '../../lib/dom/ranges';
import type { TextSegment } from '../../lib/dom/extract';
import type { TabSettings as Settings } from '../shared/protocol';
import type { CardHost } from '../../components/card/host';
import type { T } from '../../components/i18n';
import type { MarkCounts, Marks, PageAnswer, Send, SummaryItem } from './handoff';
import { Highlights } from './highlights';
import { BackToClose } from './back-close';
import { PageTaps } from './tap-open';
import { buildMarks, inSlices, type BuiltMarks, type Mark } from './build-marks';
import { HoverMachine, type OpenedBy } from './hover';
import { markAt, markNear, type HitTarget } from './hit-test';
import { CardSource } from './card-data';
import { loadCard } from './load-card';

export type { Mark };

export class PageMarks implements Marks {
  marks: Mark[] = [];
  private highlights: Highlights | undefined;
  private card: CardHost | undefined;
  /** text position → mark id (./hit-test.ts) */
  private index = new PositionIndex();
  private answer: PageAnswer | undefined;
  private current = -1;
  /** the mark whose card is open: a later answer for the same text (its update notes) keeps it open */
  private opened: Mark | undefined;
  /** when the card opens and closes (./hover.ts) */
  private readonly hover: HoverMachine;
  private disposed = false;
  /** taps (./tap-open.ts) and the back gesture (./back-close.ts) on a touch screen */
  private readonly taps: PageTaps;
  private readonly back: BackToClose | undefined;
  /** card data, asked of the background (./card-data.ts) */
  private readonly cardSource: CardSource;
  /** the last apply's input, to re-mark when the density setting changes */
  private lastApply: { answer: PageAnswer | undefined; segments: TextSegment[]; published: string | undefined } | undefined;
  /** the card's bundle asked for (./load-card.ts) */
  private cardAsked = false;
  /** the latest apply: a slower one still building is dropped */
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly send: Send,
    private readonly t: T,
    private readonly lang: 'ja' | 'en',
    private settings: Settings,
    /** runs our synchronous work, counted as the reader's own main-thread time */
    private readonly timed: <R>(fn: () => R) => R = (fn) => fn(),
  ) {
    this.cardSource = new CardSource(send, lang);
    this.hover = new HoverMachine(
      {
        card: () => this.card,
        open: (id, by, admit) => this.openCard(id, by, admit),
        close: () => this.hideCard(),
      },
      // the reader's setting (its default is HOVER_INTENT_MS, settings-model.ts)
      () => this.settings.hoverDelayMs,
    );
    this.doc.addEventListener('pointermove', this.onPointerMove, { passive: true, capture: true });
    this.doc.addEventListener('keydown', this.onKeyDown, { capture: true });
    this.taps = new PageTaps(doc, {
      markNear: (x, y, r) => this.hitTestNear(x, y, r),
      openByTap: (id) => this.hover.tap(id),
      cardOpen: () => !!this.card?.isOpen,
      cardPinned: () => !!this.card?.isPinned,
      closeCard: () => this.closeCard(),
      tapSetting: () => this.settings.tapToOpen,
    });
    const win = doc.defaultView;
    this.back = win ? new BackToClose(win) : undefined;
  }

  get count(): number {
    return this.marks.length;
  }

  /** Applies appearance and category settings live (no re-annotation needed). */
  applySettings(s: Settings): void {
    const densityChanged = s.markEvery !== this.settings.markEvery;
    this.settings = s;
    if (densityChanged && this.lastApply) this.apply(this.lastApply.answer, this.lastApply.segments, this.lastApply.published);
    this.highlights?.setStyle(s);
    this.card?.setAppearance(s.theme, s.cardSize);
    const m = this.marks[this.current];
    if (m && !this.isVisible(m)) {
      this.highlights?.setActive(undefined);
      this.closeCard();
    }
  }

  private isVisible(m: Mark): boolean {
    return this.settings.categories[m.category] !== false;
  }

  apply(answer: PageAnswer | undefined, segments: TextSegment[], published: string | undefined): MarkCounts {
    this.answer = answer;
    this.lastApply = { answer, segments, published };
    this.cardSource.article(answer, published);
    const generation = ++this.generation;
    const slice = inSlices(buildMarks(this.doc, answer, segments, !!this.settings.markEvery));
    const first = slice();
    if (first) return this.show(first);
    // the rest later, yielding to the page between slices; the earlier marks stay until
    // the new ones are in place, then the counts are reported again
    const more = () => {
      if (this.disposed || generation !== this.generation) return;
      const built = this.timed(slice);
      if (!built) return void setTimeout(more, 0);
      // putting a long page's marks in place (1 000+ ranges) is a slice of its own: after
      // the building's last slice, it made tasks of 31-34 ms on the hostile suite's long page
      setTimeout(() => {
        if (this.disposed || generation !== this.generation) return;
        const counts = this.timed(() => this.show(built));
        void this.send({ type: 'page-report', ...counts }).catch(() => {});
      }, 0);
    };
    setTimeout(more, 0);
    return this.counts(this.marks);
  }

  private counts(marks: Mark[]): MarkCounts {
    const mentions = marks.filter((m) => m.entity);
    return { mentions: mentions.length, corrections: marks.length - mentions.length, entities: [...new Set(mentions.map((m) => m.entity!))] };
  }

  /** Puts built marks in place: the hit-test index and the highlights (static copies). */
  private show({ marks, index, byCategory }: BuiltMarks): MarkCounts {
    const hovering = this.hover.hovering;
    const hovered = hovering !== undefined ? this.marks[hovering] : undefined;
    this.marks = marks;
    // the mark under the pointer may have another number in the new build (an update note
    // added before it): the hover machine is told, so it never opens another mark's card
    if (hovered) {
      const at = marks.findIndex((x) => sameMark(x, hovered));
      if (at !== hovering) {
        this.hover.pointerOver(undefined);
        if (at >= 0 && this.isVisible(marks[at]!)) this.hover.pointerOver(at);
      }
    }
    this.index = index;
    if (marks.length || this.highlights) {
      if (!this.highlights) {
        this.highlights = new Highlights(this.doc);
        this.highlights.setStyle(this.settings);
      }
      this.highlights.set(byCategory);
    }
    // the card's bundle, once there are marks to hover: after this task, off the first marks' path
    if (marks.length && !this.cardAsked) {
      this.cardAsked = true;
      setTimeout(() => void loadCard().catch(() => {}), 0);
    }
    if (this.current >= marks.length) this.current = -1;
    const kept = this.opened && this.card?.isOpen ? marks.find((x) => sameMark(x, this.opened!) && this.isVisible(x)) : undefined;
    if (kept) this.opened = kept;
    else {
      this.card?.close();
      this.back?.disarm();
      this.opened = undefined;
    }
    return this.counts(marks);
  }

  // ---- cards -------------------------------------------------------------------

  /** The card, made once its bundle is in (./load-card.ts); undefined if that failed or the marks went meanwhile. */
  private async cardHost(): Promise<CardHost | undefined> {
    if (this.card) return this.card;
    const make = await loadCard().catch(() => undefined);
    if (!make || this.disposed) return undefined;
    if (!this.card) {
      this.card = make(this.doc, this.t, {
        onPointerEnter: () => this.hover.cardEnter(),
        onPointerLeave: () => this.hover.cardLeave(),
        onClose: () => this.closeCard(),
      });
      this.card.setAppearance(this.settings.theme, this.settings.cardSize);
    }
    return this.card;
  }

  /** Opens mark id's card once its data is in, if the hover machine still wants it then. */
  private openCard(id: number, by: OpenedBy, admit: () => boolean): void {
    const m = this.marks[id];
    if (!m) return;
    void Promise.all([this.cardSource.forMark(m), this.cardHost()]).then(([data, card]) => {
      // marks made again meanwhile (a later answer for the same text, with its update notes): the same mark's new copy
      const now = this.marks[id] === m ? m : this.marks.find((x) => sameMark(x, m));
      if (!data || !card || this.disposed || !now) return;
      // the page changed the marked text since: no card about text that is not there
      if (now.range.toString() !== now.text) return;
      // hover moved on while the data was on its way
      if (!admit()) return;
      card.open(data, now.range, by === 'focus');
      this.opened = now;
      // a card opened by a tap closes again by the back gesture
      if (by === 'tap') this.back?.arm(() => this.closeCard());
    });
  }

  closeCard(): void {
    this.hover.close();
  }

  /** The hover machine's close: the card and the back gesture; true if the card was open. */
  private hideCard(): boolean {
    this.back?.disarm();
    this.opened = undefined;
    if (!this.card?.isOpen) return false;
    this.card.close();
    return true;
  }

  private onPointerMove = (e: PointerEvent): void => {
    // events a page script dispatched (isTrusted false) open nothing; a finger does not
    // hover: its moves are scrolls, and taps are ./tap-open.ts's
    if (!e.isTrusted || this.marks.length === 0 || e.pointerType === 'touch') return;
    if (this.card && e.composedPath().includes(this.card.host)) return;
    const id = this.hitTest(e.clientX, e.clientY);
    this.hover.pointerOver(id !== undefined && this.isVisible(this.marks[id]!) ? id : undefined);
  };

  private hitTarget(): HitTarget {
    return { doc: this.doc, marks: this.marks, index: this.index };
  }

  /** The mark under (x, y), if any (./hit-test.ts). */
  hitTest(x: number, y: number): number | undefined {
    return markAt(this.hitTarget(), x, y);
  }

  /** The visible mark under (x, y) or nearest it within the radius (./hit-test.ts). */
  hitTestNear(x: number, y: number, radius: number): number | undefined {
    return markNear(this.hitTarget(), (m) => this.isVisible(m), x, y, radius);
  }

  // ---- keyboard ------------------------------------------------------------------

  private onKeyDown = (e: KeyboardEvent): void => {
    if (e.isTrusted && e.key === 'Escape') this.hover.escape();
  };

  /** Scrolls to one mark and opens its card with focus (from the popup's list). */
  focusMark(id: number): void {
    const m = this.marks[id];
    if (!m) return;
    this.current = id;
    m.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.highlights?.setActive(m.range);
    this.hover.focus(id, this.doc.activeElement as HTMLElement | null);
  }

  /** What the popup lists: the marks, corrections first, grouped by category. */
  summary(): SummaryItem[] {
    const a = this.answer;
    return this.marks
      .filter((m) => this.isVisible(m))
      .map((m) => ({
        id: m.id,
        category: m.category,
        text: m.text,
        ...(m.entity ? { entity: m.entity } : {}),
        ...(m.claim ? { claim: m.claim } : {}),
        name: (this.lang === 'en' ? a?.names[m.entity ?? m.claim ?? '']?.en : undefined) ?? a?.names[m.entity ?? m.claim ?? '']?.ja ?? m.text,
      }));
  }

  /** Moves to the next/previous visible mark, scrolls to it and opens its card. */
  navigate(direction: 1 | -1): void {
    const n = this.marks.length;
    if (!n) return;
    for (let step = 0; step < n; step++) {
      this.current = (this.current + direction + n) % n;
      const m = this.marks[this.current]!;
      const el = m.range.startContainer.parentElement;
      if (!this.isVisible(m)) continue; // category turned off
      if (m.range.getClientRects().length === 0 && !el?.getClientRects().length) continue; // hidden
      el?.scrollIntoView({ block: 'center', inline: 'nearest' });
      this.highlights?.setActive(m.range);
      this.hover.focus(m.id, this.doc.activeElement as HTMLElement | null);
      return;
    }
  }

  dispose(): void {
    this.disposed = true;
    this.hover.dispose();
    this.doc.removeEventListener('pointermove', this.onPointerMove, { capture: true });
    this.doc.removeEventListener('keydown', this.onKeyDown, { capture: true });
    this.taps.dispose();
    this.back?.disarm();
    this.highlights?.dispose();
    this.card?.dispose();
  }
}

/** One mark in two builds of the marks: the same entity or claim on the same text at the same place. */
function sameMark(a: Mark, b: Mark): boolean {
  return a.start === b.start && a.end === b.end && a.text === b.text && a.entity === b.entity && a.claim === b.claim;
}
