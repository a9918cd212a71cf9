import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverMachine, type HoverHost, type OpenedBy } from '../../entrypoints/reader/hover';
import { HIDE_GRACE_MS, HOVER_INTENT_MS } from '../../entrypoints/shared/timing';

/** A card the machine drives: open requests are answered at once (data already in), unless `pending`. */
function setup(opts: { pending?: boolean; intentMs?: number } = {}) {
  const card = { isOpen: false, isPinned: false, isSheet: false, shown: undefined as number | undefined, by: undefined as OpenedBy | undefined };
  const waiting: (() => void)[] = [];
  const host: HoverHost = {
    card: () => card,
    open: (id, by, admit) => {
      const arrive = () => {
        if (!admit()) return;
        card.isOpen = true;
        card.shown = id;
        card.by = by;
      };
      if (opts.pending) waiting.push(arrive);
      else arrive();
    },
    close: () => {
      if (!card.isOpen) return false;
      card.isOpen = false;
      card.isPinned = false;
      card.shown = undefined;
      return true;
    },
  };
  const machine = new HoverMachine(host, opts.intentMs === undefined ? undefined : () => opts.intentMs!);
  /** the card data of every open request comes in */
  const arrive = () => waiting.splice(0).forEach((f) => f());
  return { card, machine, arrive };
}

describe('HoverMachine', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens a mark’s card only once the pointer has rested on it for the hover intent', () => {
    const { card, machine } = setup();
    machine.pointerOver(3);
    vi.advanceTimersByTime(HOVER_INTENT_MS - 1);
    expect(card.isOpen).toBe(false);
    vi.advanceTimersByTime(1);
    expect(card).toMatchObject({ isOpen: true, shown: 3, by: 'hover' });
  });

  it('sweeping across marks opens nothing: each new mark restarts the intent, and leaving cancels it', () => {
    const { card, machine } = setup();
    machine.pointerOver(1);
    vi.advanceTimersByTime(HOVER_INTENT_MS - 10);
    machine.pointerOver(2);
    vi.advanceTimersByTime(HOVER_INTENT_MS - 10);
    machine.pointerOver(undefined);
    vi.advanceTimersByTime(HOVER_INTENT_MS * 10);
    expect(card.isOpen).toBe(false);
  });

  it('moves within the same mark do not restart the intent', () => {
    const { card, machine } = setup();
    machine.pointerOver(1);
    vi.advanceTimersByTime(HOVER_INTENT_MS - 10);
    machine.pointerOver(1);
    vi.advanceTimersByTime(10);
    expect(card.shown).toBe(1);
  });

  it('uses the reader’s hover delay, read at each hover', () => {
    const { card, machine } = setup({ intentMs: 600 });
    machine.pointerOver(1);
    vi.advanceTimersByTime(599);
    expect(card.isOpen).toBe(false);
    vi.advanceTimersByTime(1);
    expect(card.isOpen).toBe(true);
  });

  it('closes after the grace period once the pointer leaves the mark, not before', () => {
    const { card, machine } = setup();
    machine.pointerOver(1);
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    machine.pointerOver(undefined);
    vi.advanceTimersByTime(HIDE_GRACE_MS - 1);
    expect(card.isOpen).toBe(true);
    vi.advanceTimersByTime(1);
    expect(card.isOpen).toBe(false);
    expect(machine.hovering).toBeUndefined();
  });

  it('moving from the mark into the card keeps it open; leaving the card closes it after the grace', () => {
    const { card, machine } = setup();
    machine.pointerOver(1);
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    machine.pointerOver(undefined);
    vi.advanceTimersByTime(HIDE_GRACE_MS / 2);
    machine.cardEnter();
    vi.advanceTimersByTime(HIDE_GRACE_MS * 10);
    expect(card.isOpen).toBe(true);
    machine.cardLeave();
    vi.advanceTimersByTime(HIDE_GRACE_MS);
    expect(card.isOpen).toBe(false);
  });

  it('coming back to the mark within the grace keeps the card', () => {
    const { card, machine } = setup();
    machine.pointerOver(1);
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    machine.pointerOver(undefined);
    vi.advanceTimersByTime(HIDE_GRACE_MS - 50);
    machine.pointerOver(1);
    vi.advanceTimersByTime(HIDE_GRACE_MS * 10);
    expect(card).toMatchObject({ isOpen: true, shown: 1 });
  });

  it('a pinned card stays when the pointer leaves; a sheet is not closed by leaving at all', () => {
    const { card, machine } = setup();
    machine.pointerOver(1);
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    card.isPinned = true;
    machine.cardLeave();
    vi.advanceTimersByTime(HIDE_GRACE_MS * 10);
    expect(card.isOpen).toBe(true);
    card.isPinned = false;
    card.isSheet = true;
    machine.cardLeave();
    vi.advanceTimersByTime(HIDE_GRACE_MS * 10);
    expect(card.isOpen).toBe(true);
  });

  it('a card whose data comes after the pointer moved on is not shown', () => {
    const { card, machine, arrive } = setup({ pending: true });
    machine.pointerOver(1);
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    machine.pointerOver(2);
    arrive();
    expect(card.isOpen).toBe(false);
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    arrive();
    expect(card.shown).toBe(2);
  });

  it('focus opens at once, with no intent; Escape closes it and returns focus to where it was', () => {
    const { card, machine } = setup();
    const before = { focus: vi.fn() };
    machine.focus(4, before);
    expect(card).toMatchObject({ isOpen: true, shown: 4, by: 'focus' });
    machine.escape();
    expect(card.isOpen).toBe(false);
    expect(before.focus).toHaveBeenCalledTimes(1);
    // focus went back once: a later close does not move it again
    machine.focus(4, null);
    machine.close();
    expect(before.focus).toHaveBeenCalledTimes(1);
  });

  it('a focused card is shown even while the pointer rests elsewhere', () => {
    const { card, machine, arrive } = setup({ pending: true });
    machine.pointerOver(1);
    machine.focus(5, null);
    arrive();
    expect(card.shown).toBe(5);
  });

  it('Escape with no card open does nothing', () => {
    const { card, machine } = setup();
    const before = { focus: vi.fn() };
    machine.escape();
    expect(card.isOpen).toBe(false);
    expect(before.focus).not.toHaveBeenCalled();
  });

  it('a tap opens its mark’s card at once and cancels a pending hover open and close', () => {
    const { card, machine } = setup();
    machine.pointerOver(1);
    machine.tap(2);
    expect(card).toMatchObject({ isOpen: true, shown: 2, by: 'tap' });
    vi.advanceTimersByTime(HOVER_INTENT_MS + HIDE_GRACE_MS);
    expect(card.shown).toBe(2);
    expect(machine.hovering).toBe(2);
  });

  it('close() stops pending timers, and dispose() leaves nothing to fire', () => {
    const { card, machine } = setup();
    machine.pointerOver(1);
    machine.dispose();
    vi.advanceTimersByTime(HOVER_INTENT_MS * 10);
    expect(card.isOpen).toBe(false);
    machine.pointerOver(2);
    machine.close();
    vi.advanceTimersByTime(HOVER_INTENT_MS * 10);
    expect(card.isOpen).toBe(false);
  });
});
