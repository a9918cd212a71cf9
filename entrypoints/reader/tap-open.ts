/**
 * Cards by tap: listens to the page's pointer events (passively: it never cancels,
 * stops or delays one, so scrolling, zooming, text selection and the page's own links
 * and buttons behave exactly as without the extension), lets TapTracker (./tap.ts) tell
 * a tap from a scroll or a long-press, and then asks the marks what is under the tap.
 * A tap on a mark opens its card; a tap anywhere else on the page closes an open card
 * (unless pinned). Taps inside the card are the card's own (its links, its buttons).
 */
import type { Settings } from '../shared/settings-model';
import { OWN_ELEMENTS } from '../../components/card/own-elements';
import { hitRadius, TapTracker, type Tap } from './tap';

/** What a tap acts on (PageMarks). */
export interface TapActions {
  /** the visible mark nearest (x, y) within the radius (CSS px), if any */
  markNear(x: number, y: number, radius: number): number | undefined;
  openByTap(id: number): void;
  cardOpen(): boolean;
  cardPinned(): boolean;
  closeCard(): void;
  tapSetting(): Settings['tapToOpen'];
}

/**
 * The page's own controls keep their taps: a mark inside a link (a headline linking to
 * the article) follows the link, as it would without the extension, and opens nothing.
 */
const PAGE_CONTROLS =
  'a[href], button, input, select, textarea, label, summary, [contenteditable=""], [contenteditable="true"], [role="button"], [role="link"]';

/**
 * Whether a tap by this kind of pointer opens a card. `auto`: a finger or a pen, which
 * cannot hover a mark, always; a mouse only where the primary pointer is coarse (then
 * the device is a touch device with a mouse attached), since a mouse hovers.
 */
export function tapOpens(setting: Settings['tapToOpen'], pointerType: string, primaryCoarse: boolean): boolean {
  if (setting === 'on') return true;
  if (setting === 'off') return false;
  return pointerType === 'touch' || pointerType === 'pen' || primaryCoarse;
}

const OPTS = { passive: true, capture: true } as const;

export class PageTaps {
  private readonly tracker = new TapTracker();
  private readonly coarse: MediaQueryList | undefined;

  constructor(
    private readonly doc: Document,
    private readonly actions: TapActions,
  ) {
    this.coarse = doc.defaultView?.matchMedia?.('(pointer: coarse)');
    doc.addEventListener('pointerdown', this.onDown, OPTS);
    doc.addEventListener('pointermove', this.onMove, OPTS);
    doc.addEventListener('pointerup', this.onUp, OPTS);
    doc.addEventListener('pointercancel', this.onCancel, OPTS);
    // any scroll while a finger is down makes the gesture a scroll (a tap that stops a
    // fling is not a tap either: the browser sends no click for it)
    doc.addEventListener('scroll', this.onCancel, OPTS);
  }

  // only the reader's own input counts: a page's synthetic events open nothing
  private onDown = (e: PointerEvent): void => {
    if (e.isTrusted) this.tracker.pointerDown(e);
  };

  private onMove = (e: PointerEvent): void => {
    if (e.isTrusted && this.tracker.active) this.tracker.pointerMove(e);
  };

  private onCancel = (e: Event): void => {
    if (e.isTrusted) this.tracker.cancel();
  };

  private onUp = (e: PointerEvent): void => {
    if (!e.isTrusted) return;
    const tap = this.tracker.pointerUp(e);
    if (tap) this.onTap(tap, e);
  };

  private onTap(tap: Tap, e: PointerEvent): void {
    // inside the card: its links and buttons do their own thing
    // inside our card (recognised by identity: a page may make elements with its tag)
    if (e.composedPath().some((n) => OWN_ELEMENTS.has(n as Node))) return;
    // the reader is selecting text (a drag or a long-press made a selection)
    const sel = this.doc.getSelection();
    if (sel && !sel.isCollapsed) return;
    const a = this.actions;
    const onControl = !!(e.target as Element | null)?.closest?.(PAGE_CONTROLS);
    const id = onControl ? undefined : a.markNear(tap.x, tap.y, hitRadius(tap.pointerType));
    if (id === undefined) {
      if (a.cardOpen() && !a.cardPinned()) a.closeCard();
    } else if (tapOpens(a.tapSetting(), tap.pointerType, !!this.coarse?.matches)) {
      a.openByTap(id);
    }
    // a click on a mark by a mouse that hovers it (taps off for mice) leaves its card as it is
  }

  dispose(): void {
    this.doc.removeEventListener('pointerdown', this.onDown, OPTS);
    this.doc.removeEventListener('pointermove', this.onMove, OPTS);
    this.doc.removeEventListener('pointerup', this.onUp, OPTS);
    this.doc.removeEventListener('pointercancel', this.onCancel, OPTS);
    this.doc.removeEventListener('scroll', this.onCancel, OPTS);
  }
}
