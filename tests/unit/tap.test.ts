import { describe, expect, it } from 'vitest';
import { distanceToBox, hitRadius, nearest, probePoints, TAP_MAX_MS, TAP_SLOP_PX, TapTracker, type PointerSample } from '../../entrypoints/reader/tap';
import { tapOpens } from '../../entrypoints/reader/tap-open';
import { SHEET_BELOW_PX, SHEET_MAX_ZOOM, sheetZoom, useSheet } from '../../components/card/sheet';

const at = (x: number, y: number, t: number, more: Partial<PointerSample> = {}): PointerSample => ({
  pointerId: 1,
  pointerType: 'touch',
  isPrimary: true,
  button: 0,
  clientX: x,
  clientY: y,
  timeStamp: t,
  ...more,
});

/** down at (100, 100) at t=0, then the given moves, then up */
function gesture(moves: [number, number, number][], up: [number, number, number], more: Partial<PointerSample> = {}) {
  const tr = new TapTracker();
  tr.pointerDown(at(100, 100, 0, more));
  for (const [x, y, t] of moves) tr.pointerMove(at(x, y, t, more));
  return tr.pointerUp(at(...up, more));
}

describe('TapTracker', () => {
  it('a short press that stays put is a tap, where it went down', () => {
    expect(gesture([[102, 101, 40]], [103, 102, 90])).toEqual({ x: 100, y: 100, pointerType: 'touch' });
  });

  it('movement up to the slop is jitter; beyond it, a scroll', () => {
    expect(gesture([], [100 + TAP_SLOP_PX, 100, 100])).toBeDefined();
    expect(gesture([], [100 + TAP_SLOP_PX + 1, 100, 100])).toBeUndefined();
    expect(gesture([], [100, 100 - TAP_SLOP_PX - 1, 100])).toBeUndefined();
  });

  it('a move beyond the slop that comes back is still a drag', () => {
    expect(
      gesture(
        [
          [100, 140, 50],
          [100, 100, 120],
        ],
        [100, 100, 150],
      ),
    ).toBeUndefined();
  });

  it('a press longer than the long-press time is not a tap (selection, context menu)', () => {
    expect(gesture([], [100, 100, TAP_MAX_MS])).toBeDefined();
    expect(gesture([], [100, 100, TAP_MAX_MS + 1])).toBeUndefined();
  });

  it('pointercancel (the browser took the gesture for a scroll or zoom) ends it', () => {
    const tr = new TapTracker();
    tr.pointerDown(at(100, 100, 0));
    tr.cancel();
    expect(tr.pointerUp(at(100, 100, 50))).toBeUndefined();
  });

  it("a second finger (pinch) ends the tap; other pointers' ups are ignored", () => {
    const tr = new TapTracker();
    tr.pointerDown(at(100, 100, 0));
    tr.pointerDown(at(200, 200, 10, { pointerId: 2, isPrimary: false }));
    expect(tr.pointerUp(at(100, 100, 50))).toBeUndefined();
    const tr2 = new TapTracker();
    tr2.pointerDown(at(100, 100, 0));
    expect(tr2.pointerUp(at(100, 100, 50, { pointerId: 9 }))).toBeUndefined();
    expect(tr2.pointerUp(at(100, 100, 60))).toBeDefined();
  });

  it('only the main mouse button taps; pen and mouse taps say what they were', () => {
    expect(gesture([], [100, 100, 50], { pointerType: 'mouse', button: 2 })).toBeUndefined();
    expect(gesture([], [100, 100, 50], { pointerType: 'mouse' })?.pointerType).toBe('mouse');
    expect(gesture([], [100, 100, 50], { pointerType: 'pen' })?.pointerType).toBe('pen');
  });

  it('an up without a down is nothing', () => {
    expect(new TapTracker().pointerUp(at(1, 1, 1))).toBeUndefined();
  });
});

describe('hit area around a tap', () => {
  const line = { left: 50, top: 100, right: 98, bottom: 120 };

  it('distance to a box is 0 inside and Euclidean outside', () => {
    expect(distanceToBox(60, 110, line)).toBe(0);
    expect(distanceToBox(60, 130, line)).toBe(10);
    expect(distanceToBox(101, 124, line)).toBe(5);
  });

  it('a finger just below a mark still hits it; farther than the radius does not', () => {
    const r = hitRadius('touch');
    expect(nearest(60, 120 + r, r, [{ item: 'a', boxes: [line] }])).toBe('a');
    expect(nearest(60, 121 + r, r, [{ item: 'a', boxes: [line] }])).toBeUndefined();
  });

  it('the nearest of two marks wins, inside beats near, ties go to the first', () => {
    const below = { left: 50, top: 130, right: 98, bottom: 150 };
    expect(
      nearest(60, 123, 12, [
        { item: 'a', boxes: [line] },
        { item: 'b', boxes: [below] },
      ]),
    ).toBe('a');
    expect(
      nearest(60, 128, 12, [
        { item: 'a', boxes: [line] },
        { item: 'b', boxes: [below] },
      ]),
    ).toBe('b');
    expect(
      nearest(60, 125, 12, [
        { item: 'a', boxes: [line] },
        { item: 'b', boxes: [below] },
      ]),
    ).toBe('a');
  });

  it('a mouse hits exactly; a finger gets the widest radius', () => {
    expect(hitRadius('mouse')).toBe(0);
    expect(hitRadius('pen')).toBeLessThan(hitRadius('touch'));
    expect(hitRadius('something-new')).toBe(hitRadius('touch'));
    // a one-line mark (~20 px) grows to about the 44 px WCAG 2.5.5 asks of touch targets
    expect(20 + 2 * hitRadius('touch')).toBeGreaterThanOrEqual(44);
  });

  it('probes the centre first, then a ring at the radius', () => {
    expect(probePoints(10, 10, 0)).toEqual([{ x: 10, y: 10 }]);
    const ps = probePoints(100, 100, 12);
    expect(ps[0]).toEqual({ x: 100, y: 100 });
    expect(ps).toHaveLength(9);
    for (const p of ps.slice(1)) expect(Math.hypot(p.x - 100, p.y - 100)).toBeCloseTo(12, 0);
  });
});

describe('open cards on tap (setting)', () => {
  it('auto: a finger or a pen opens, a mouse only on a coarse-pointer device', () => {
    expect(tapOpens('auto', 'touch', false)).toBe(true);
    expect(tapOpens('auto', 'pen', false)).toBe(true);
    expect(tapOpens('auto', 'mouse', false)).toBe(false);
    expect(tapOpens('auto', 'mouse', true)).toBe(true);
  });

  it('on and off apply to every pointer', () => {
    for (const type of ['touch', 'pen', 'mouse']) {
      expect(tapOpens('on', type, false)).toBe(true);
      expect(tapOpens('off', type, true)).toBe(false);
    }
  });
});

describe('bottom sheet threshold', () => {
  it('a phone in portrait gets the sheet; a wider window the floating card', () => {
    expect(useSheet({ innerWidth: 360, screen: { width: 360 } })).toBe(true);
    expect(useSheet({ innerWidth: SHEET_BELOW_PX - 1 })).toBe(true);
    expect(useSheet({ innerWidth: SHEET_BELOW_PX, screen: { width: 1920 } })).toBe(false);
    expect(useSheet({ innerWidth: 1280, screen: { width: 1920 } })).toBe(false);
  });

  it('a desktop-width page zoomed out on a phone still gets the sheet', () => {
    expect(useSheet({ innerWidth: 980, screen: { width: 360 } })).toBe(true);
  });

  it('on a zoomed-out page the sheet is enlarged back to phone size, within a limit; never shrunk', () => {
    expect(sheetZoom({ visualViewport: { scale: 0.5 } })).toBe(2);
    expect(sheetZoom({ visualViewport: { scale: 0.1 } })).toBe(SHEET_MAX_ZOOM);
    expect(sheetZoom({ visualViewport: { scale: 1 } })).toBe(1);
    expect(sheetZoom({ visualViewport: { scale: 2.5 } })).toBe(1);
    expect(sheetZoom({})).toBe(1);
  });
});
