/**
 * Tells a tap from the other things a finger, pen or mouse does on a page: a scroll or
 * a fling (the pointer travels, or the browser takes the gesture over and cancels it),
 * a long-press (text selection, the context menu), a pinch (a second pointer). Only a
 * tap opens a card; everything else is left to the browser. It never touches the
 * events: it is fed their coordinates and times, so it is tested without a browser.
 */

/**
 * Farthest a pointer may travel between down and up and still be a tap (CSS px).
 * Just over Android's default touch slop (8 dp, ViewConfiguration): a finger jitters
 * that much within a tap, while a scroll travels beyond it.
 */
export const TAP_SLOP_PX = 10;
/**
 * Longest press that is still a tap (ms): Android's default long-press timeout is
 * 400 ms (ViewConfiguration.DEFAULT_LONG_PRESS_TIMEOUT), after which the browser
 * starts a text selection or opens its context menu, which a card must not cover.
 */
export const TAP_MAX_MS = 400;
/**
 * How far around a tap a mark still counts as hit, by pointer type (CSS px). A mark is
 * one line of text (about 16–24 px tall); 12 px above and below a finger's tap gives it
 * a target of about 44 px, the size WCAG 2.5.5 asks of touch targets, without
 * changing the page's layout. A pen is precise to a few pixels; a mouse exactly.
 */
export const HIT_RADIUS_PX: Readonly<Record<string, number>> = { touch: 12, pen: 4, mouse: 0 };

/** What the tracker needs from a pointer event (a PointerEvent fits). */
export interface PointerSample {
  pointerId: number;
  pointerType: string;
  isPrimary: boolean;
  /** the mouse button that changed (0 = main); -1 for moves */
  button: number;
  clientX: number;
  clientY: number;
  /** ms, any monotonic clock (event.timeStamp) */
  timeStamp: number;
}

export interface Tap {
  x: number;
  y: number;
  pointerType: string;
}

interface Down {
  id: number;
  x: number;
  y: number;
  t: number;
  type: string;
  moved: boolean;
}

export function hitRadius(pointerType: string): number {
  return HIT_RADIUS_PX[pointerType] ?? HIT_RADIUS_PX.touch!;
}

/** One gesture at a time: down, moves, then up (a tap or nothing) or cancel. */
export class TapTracker {
  private down: Down | undefined;

  constructor(
    private readonly slopPx = TAP_SLOP_PX,
    private readonly maxMs = TAP_MAX_MS,
  ) {}

  pointerDown(e: PointerSample): void {
    // a second finger (pinch, two-finger scroll) ends any tap in progress
    if (!e.isPrimary || (e.pointerType === 'mouse' && e.button !== 0)) {
      this.down = undefined;
      return;
    }
    this.down = { id: e.pointerId, x: e.clientX, y: e.clientY, t: e.timeStamp, type: e.pointerType, moved: false };
  }

  pointerMove(e: PointerSample): void {
    const d = this.down;
    if (!d || d.id !== e.pointerId) return;
    // once beyond the slop it stays a drag, even if it comes back
    if (Math.hypot(e.clientX - d.x, e.clientY - d.y) > this.slopPx) d.moved = true;
  }

  /** The tap this pointer-up completes, if it is one. */
  pointerUp(e: PointerSample): Tap | undefined {
    const d = this.down;
    if (!d || d.id !== e.pointerId) return undefined;
    this.down = undefined;
    if (d.moved || Math.hypot(e.clientX - d.x, e.clientY - d.y) > this.slopPx) return undefined;
    if (e.timeStamp - d.t > this.maxMs) return undefined;
    return { x: d.x, y: d.y, pointerType: d.type };
  }

  /** The browser took the gesture over (pointercancel: scroll, zoom) or the page scrolled. */
  cancel(): void {
    this.down = undefined;
  }

  get active(): boolean {
    return this.down !== undefined;
  }
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Distance from a point to a box (0 inside). */
export function distanceToBox(x: number, y: number, b: Box): number {
  const dx = Math.max(b.left - x, 0, x - b.right);
  const dy = Math.max(b.top - y, 0, y - b.bottom);
  return Math.hypot(dx, dy);
}

/**
 * Of the candidates, the one whose boxes come nearest the point, if within the radius;
 * a point inside a box wins outright, and ties go to the first candidate.
 */
export function nearest<T>(x: number, y: number, radius: number, candidates: Iterable<{ item: T; boxes: Iterable<Box> }>): T | undefined {
  let best: T | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    for (const b of c.boxes) {
      const d = distanceToBox(x, y, b);
      if (d <= radius && d < bestD) {
        best = c.item;
        bestD = d;
      }
    }
  }
  return best;
}

/** Points to probe around a tap: the centre first, then a ring at the radius. */
export function probePoints(x: number, y: number, radius: number): { x: number; y: number }[] {
  if (radius <= 0) return [{ x, y }];
  const out = [{ x, y }];
  const r = radius;
  const h = r * Math.SQRT1_2;
  for (const [dx, dy] of [
    [0, -r],
    [0, r],
    [-r, 0],
    [r, 0],
    [-h, -h],
    [h, -h],
    [-h, h],
    [h, h],
  ] as const) {
    out.push({ x: x + dx, y: y + dy });
  }
  return out;
}
