/**
 * When a mark's card opens and closes: the hover/focus/tap state machine. It holds the
 * mark the pointer rests on, the two timers (hover intent before opening, a grace period
 * before closing) and where focus goes back to. It never listens to the page: the marks
 * (./marks.ts) feed it what happened (pointer over a mark or none, into or out of the
 * card, a tap, a keyboard open, Escape), and it asks its host to open or close the card,
 * so it is tested with fake timers and no browser.
 */
import { HIDE_GRACE_MS, HOVER_INTENT_MS } from '../shared/timing';

/** How a card was asked for: by resting the pointer, by a tap, or from the keyboard/popup (the card takes focus). */
export type OpenedBy = 'hover' | 'tap' | 'focus';

/** What the machine needs to know of the card (CardHost fits). */
export interface CardState {
  readonly isOpen: boolean;
  readonly isPinned: boolean;
  /** a bottom sheet (small screen), far from the mark: it stays until closed */
  readonly isSheet: boolean;
}

/** Where focus went back to when a focused card closes (an element). */
export interface Focusable {
  focus?: () => void;
}

/** What the machine asks of the marks. */
export interface HoverHost {
  /** the card, if made yet */
  card(): CardState | undefined;
  /**
   * Starts opening mark `id`'s card; its data may come later. When it is in, the host
   * calls `admit()` and opens the card only if it returns true (hover moved on meanwhile).
   */
  open(id: number, by: OpenedBy, admit: () => boolean): void;
  /** Closes the card if it is open (and undoes what opened it); true if it was open. */
  close(): boolean;
}

export class HoverMachine {
  private hovered: number | undefined;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private returnFocus: Focusable | null = null;

  constructor(
    private readonly host: HoverHost,
    /** the hover intent in ms (a reader's setting, read at each hover) */
    private readonly intentMs: () => number = () => HOVER_INTENT_MS,
  ) {}

  /** The mark the pointer rests on (or was tapped), if any. */
  get hovering(): number | undefined {
    return this.hovered;
  }

  /** The pointer is now over mark `id`, or over no mark (undefined). */
  pointerOver(id: number | undefined): void {
    if (id === this.hovered) return;
    this.hovered = id;
    clearTimeout(this.openTimer);
    if (id === undefined) {
      if (this.host.card()?.isOpen) this.scheduleHide();
      return;
    }
    clearTimeout(this.hideTimer);
    this.openTimer = setTimeout(() => this.request(id, 'hover', null), this.intentMs());
  }

  /** The pointer went into the card: it stays open. */
  cardEnter(): void {
    clearTimeout(this.hideTimer);
  }

  /** The pointer left the card: it closes after the grace period, unless pinned. */
  cardLeave(): void {
    this.scheduleHide();
  }

  /** A tap on a mark: its card at once (no hover intent). */
  tap(id: number): void {
    this.clearTimers();
    this.hovered = id;
    this.request(id, 'tap', null);
  }

  /** The keyboard or the popup opens a mark's card, which takes focus; on close focus goes back to `returnTo`. */
  focus(id: number, returnTo: Focusable | null): void {
    this.request(id, 'focus', returnTo);
  }

  /** Escape closes an open card. */
  escape(): void {
    if (this.host.card()?.isOpen) this.close();
  }

  /** Closes the card now, and returns focus to where it was before a focused card opened. */
  close(): void {
    this.clearTimers();
    if (!this.host.close()) return;
    this.hovered = undefined;
    this.returnFocus?.focus?.();
    this.returnFocus = null;
  }

  dispose(): void {
    this.clearTimers();
  }

  private request(id: number, by: OpenedBy, returnTo: Focusable | null): void {
    this.host.open(id, by, () => {
      if (by !== 'focus' && this.hovered !== id) return false;
      if (by === 'focus') this.returnFocus = returnTo;
      return true;
    });
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    if (this.host.card()?.isSheet) return;
    this.hideTimer = setTimeout(() => {
      if (!this.host.card()?.isPinned) this.close();
    }, HIDE_GRACE_MS);
  }

  private clearTimers(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.hideTimer);
  }
}
