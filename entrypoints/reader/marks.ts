/**
 * A page's marks and cards, made once the reader has something to mark: highlights
 * over the ranges the answer names, the card on hover and keyboard, the popup's list.
 * The page's DOM and text are never changed.
 */
import { domSpan, PositionIndex, toRange, type DomSpan } from '../../lib/dom/ranges';
import { sectionStartsInSteps } from '../../lib/dom/sections';
import { firstPerSection } from '../../lib/match/density';
import type { TextSegment } from '../../lib/dom/extract';
import type { ClaimCard, EntityView } from '../../lib/kb/types';
import type { RankedCard } from '../../lib/rank/types';
import { MAX_CARD_MENTIONS } from '../../lib/rank/limits';
import { HIDE_GRACE_MS, HOVER_INTENT_MS, MAX_MARKS_PER_PAGE, MAX_SLICE_MS } from '../shared/timing';
import type { TabSettings as Settings } from '../shared/protocol';
import type { CardData } from '../../components/card/Card';
import { CardHost } from '../../components/card/host';
import type { T } from '../../components/i18n';
import type { MarkCounts, Marks, PageAnswer, Send, SummaryItem } from './handoff';
import type { MarkKind } from '../../lib/kb/vocabulary';
import type { UpdateNote } from '../../lib/updates/types';
import { frozen, Highlights } from './highlights';
import { BackToClose } from './back-close';
import { nearest, probePoints } from './tap';
import { PageTaps } from './tap-open';

export interface Mark {
  id: number;
  start: number;
  end: number;
  /** private: the highlight registry, which the page shares, gets static copies */
  range: Range;
  /** the text as it was when marked: what the popup lists, and what the range must still hold for a card to open */
  text: string;
  /** the text nodes and offsets the range was made from (for the hit-test index) */
  span: DomSpan;
  category: MarkKind;
  entity?: string;
  claim?: string;
  /** an update note (figure, plan, suspicion): its card is its entity's, with the note */
  note?: UpdateNote;
}

export class PageMarks implements Marks {
  marks: Mark[] = [];
  private highlights: Highlights | undefined;
  private card: CardHost | undefined;
  private index = new PositionIndex();
  private answer: PageAnswer | undefined;
  private published: string | undefined;
  private current = -1;
  private hovered: number | undefined;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private returnFocus: HTMLElement | null = null;
  private disposed = false;
  /** taps (./tap-open.ts) and the back gesture (./back-close.ts) on a touch screen */
  private readonly taps: PageTaps;
  private readonly back: BackToClose | undefined;
  private cards = new Map<string, Promise<{ entity?: EntityView; claim?: ClaimCard; ranked?: RankedCard } | undefined>>();
  /** the last apply's input, to re-mark when the density setting changes */
  private lastApply: { answer: PageAnswer | undefined; segments: TextSegment[]; published: string | undefined } | undefined;
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
    this.doc.addEventListener('pointermove', this.onPointerMove, { passive: true, capture: true });
    this.doc.addEventListener('keydown', this.onKeyDown, { capture: true });
    this.taps = new PageTaps(doc, {
      markNear: (x, y, r) => this.hitTestNear(x, y, r),
      openByTap: (id) => this.openByTap(id),
      cardOpen: () => !!this.card?.isOpen,
      cardPinned: () => !!this.card?.isPinned,
      closeCard: () => this.closeCard(),
      tapSetting: () => this.settings.tapToOpen,
    });
    const win = doc.defaultView;
    this.back = win ? new BackToClose(win as unknown as ConstructorParameters<typeof BackToClose>[0]) : undefined;
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
    this.published = published;
    this.lastApply = { answer, segments, published };
    // the article changed: cards are ranked for the article, so ask again
    this.cards.clear();
    const generation = ++this.generation;
    const marks: Mark[] = [];
    const add = (start: number, end: number, text: string, category: MarkKind, ref: { entity?: string; claim?: string; note?: UpdateNote }) => {
      if (marks.length >= MAX_MARKS_PER_PAGE) return;
      const span = domSpan(segments, start, end);
      if (!span || !span.startNode.isConnected || !span.endNode.isConnected) return;
      const range = toRange(this.doc, span);
      // the page may have changed while the answer was on its way: mark only what is
      // still there as it was read; the reader's observer schedules a pass for the rest
      if (range.toString() !== text) return;
      marks.push({ id: marks.length, start, end, range, text, span, category, ...ref });
    };
    // corrections first: if a huge page hits the cap, they are what matters most
    type Todo = Parameters<typeof add>;
    const found = answer?.annotations.mentions ?? [];
    const markEvery = this.settings.markEvery;
    // the work in steps, run in slices of at most MAX_SLICE_MS: a page with thousands of
    // marks never makes a long task
    const show = (index: PositionIndex, byCat: Map<MarkKind, AbstractRange[]>) => this.show(marks, index, byCat);
    function* work(): Generator<void, MarkCounts> {
      // mark density: the first mention of each entity per section, unless every one is asked for
      const keep = markEvery ? undefined : firstPerSection(found, yield* sectionStartsInSteps(segments));
      const todo: Todo[] = [
        ...(answer?.annotations.corrections ?? []).map((c): Todo => [
          c.start,
          c.end,
          c.text,
          'correction',
          c.note ? { claim: c.claim, note: c.note } : { claim: c.claim },
        ]),
        ...found.flatMap((m, i): Todo[] => (!keep || keep[i] ? [[m.start, m.end, m.text, m.category as MarkKind, { entity: m.entity }]] : [])),
      ];
      yield;
      for (let i = 0; i < todo.length && marks.length < MAX_MARKS_PER_PAGE; i++) {
        add(...todo[i]!);
        if ((i & 15) === 15) yield;
      }
      marks.sort((a, b) => a.start - b.start || b.end - a.end);
      marks.forEach((m, i) => (m.id = i));
      yield;
      const index = new PositionIndex();
      const byCat = new Map<MarkKind, AbstractRange[]>();
      for (const m of marks) {
        index.add(m.id, m.span, segments);
        const copy = frozen(m.range);
        const list = byCat.get(m.category);
        if (list) list.push(copy);
        else byCat.set(m.category, [copy]);
        if ((m.id & 31) === 31) yield;
      }
      return show(index, byCat);
    }
    const it = work();
    const slice = (): MarkCounts | undefined => {
      const t0 = performance.now();
      for (;;) {
        const r = it.next();
        if (r.done) return r.value;
        if (performance.now() - t0 > MAX_SLICE_MS) return undefined;
      }
    };
    const first = slice();
    if (first) return first;
    // the rest later, yielding to the page between slices; the earlier marks stay until
    // the new ones are in place, then the counts are reported again
    const more = () => {
      if (this.disposed || generation !== this.generation) return;
      const counts = this.timed(slice);
      if (!counts) return void setTimeout(more, 0);
      void this.send({ type: 'page-report', ...counts }).catch(() => {});
    };
    setTimeout(more, 0);
    return this.counts(this.marks);
  }

  private counts(marks: Mark[]): MarkCounts {
    const mentions = marks.filter((m) => m.entity);
    return { mentions: mentions.length, corrections: marks.length - mentions.length, entities: [...new Set(mentions.map((m) => m.entity!))] };
  }

  /** Puts built marks in place: the hit-test index and the highlights (static copies). */
  private show(marks: Mark[], index: PositionIndex, byCat: Map<MarkKind, AbstractRange[]>): MarkCounts {
    this.marks = marks;
    this.index = index;
    if (marks.length || this.highlights) {
      if (!this.highlights) {
        this.highlights = new Highlights(this.doc);
        this.highlights.setStyle(this.settings);
      }
      this.highlights.set(byCat);
    }
    if (this.current >= marks.length) this.current = -1;
    this.card?.close();
    this.back?.disarm();
    return this.counts(marks);
  }

  // ---- cards -------------------------------------------------------------------

  private cardHost(): CardHost {
    if (!this.card) {
      this.card = new CardHost(this.doc, this.t, {
        onPointerEnter: () => clearTimeout(this.hideTimer),
        onPointerLeave: () => this.scheduleHide(),
        onClose: () => this.closeCard(),
      });
      this.card.setAppearance(this.settings.theme, this.settings.cardSize);
    }
    return this.card;
  }

  /** A card's data comes from the background when first opened (answers stay small). */
  private async cardData(m: Mark): Promise<CardData | undefined> {
    const a = this.answer;
    if (!a) return undefined;
    const entity = m.note?.entity ?? m.entity;
    const claim = m.note ? undefined : m.claim;
    const key = claim ? `c:${claim}` : `e:${entity}`;
    let data = this.cards.get(key);
    if (!data) {
      data = this.send(claim ? { type: 'card', claim } : { type: 'card', entity: entity ?? '', ...this.articleContext() })
        .then((r) => (r?.ok ? r : undefined))
        .catch(() => undefined);
      this.cards.set(key, data);
    }
    const got = await data;
    if (!got?.entity && !got?.claim) {
      this.cards.delete(key);
      return undefined;
    }
    return {
      lang: this.lang,
      version: a.version,
      ...(this.published ? { published: this.published } : {}),
      ...(got.entity ? { entity: got.entity } : {}),
      ...(got.claim ? { claim: got.claim } : {}),
      ...(got.ranked ? { ranked: got.ranked } : {}),
      ...(m.note ? { update: m.note } : {}),
    };
  }

  /** What the background ranks a card's facts for: the article's date and the entities it mentions (marked or not). */
  private articleContext(): { published?: string; mentions: [string, number][] } {
    const counts = new Map<string, number>();
    for (const m of this.answer?.annotations.mentions ?? []) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    return { ...(this.published ? { published: this.published } : {}), mentions: [...counts].slice(0, MAX_CARD_MENTIONS) };
  }

  openCard(id: number, focus: boolean, opened?: () => void): void {
    const m = this.marks[id];
    if (!m) return;
    const returnTo = focus ? (this.doc.activeElement as HTMLElement | null) : null;
    void this.cardData(m).then((data) => {
      if (!data || this.disposed || this.marks[id] !== m) return;
      // the page changed the marked text since: no card about text that is not there
      if (m.range.toString() !== m.text) return;
      // hover moved on while the data was on its way
      if (!focus && this.hovered !== id) return;
      if (focus) this.returnFocus = returnTo;
      this.cardHost().open(data, m.range, focus);
      opened?.();
    });
  }

  /** A tap on a mark: its card at once (no hover intent), closed again by the back gesture. */
  private openByTap(id: number): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.hideTimer);
    this.hovered = id;
    this.openCard(id, false, () => this.back?.arm(() => this.closeCard()));
  }

  closeCard(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.hideTimer);
    this.back?.disarm();
    if (!this.card?.isOpen) return;
    this.card.close();
    this.hovered = undefined;
    this.returnFocus?.focus?.();
    this.returnFocus = null;
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    // a sheet (small screen) is far from the mark: it stays until closed
    if (this.card?.isSheet) return;
    this.hideTimer = setTimeout(() => {
      if (!this.card?.isPinned) this.closeCard();
    }, HIDE_GRACE_MS);
  }

  private onPointerMove = (e: PointerEvent): void => {
    // events a page script dispatched (isTrusted false) open nothing; a finger does not
    // hover: its moves are scrolls, and taps are ./tap-open.ts's
    if (!e.isTrusted || this.marks.length === 0 || e.pointerType === 'touch') return;
    if (this.card && e.composedPath().includes(this.card.host)) return;
    let id = this.hitTest(e.clientX, e.clientY);
    if (id !== undefined && !this.isVisible(this.marks[id]!)) id = undefined;
    if (id === this.hovered) return;
    this.hovered = id;
    clearTimeout(this.openTimer);
    if (id === undefined) {
      if (this.card?.isOpen) this.scheduleHide();
      return;
    }
    clearTimeout(this.hideTimer);
    this.openTimer = setTimeout(() => this.openCard(id, false), this.settings.hoverDelayMs ?? HOVER_INTENT_MS);
  };

  hitTest(x: number, y: number): number | undefined {
    const id = this.caretMark(x, y);
    if (id === undefined) return undefined;
    // the caret snaps to the nearest text: check the pointer is really over the mark
    const inside = Array.from(this.marks[id]!.range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
    return inside ? id : undefined;
  }

  /**
   * The visible mark under (x, y) or, failing that, the one nearest it within the
   * radius: a finger covers more than a point, and the page's layout stays as it is.
   */
  hitTestNear(x: number, y: number, radius: number): number | undefined {
    const visible = (id: number | undefined) => (id !== undefined && this.isVisible(this.marks[id]!) ? id : undefined);
    const exact = visible(this.hitTest(x, y));
    if (exact !== undefined || radius <= 0) return exact;
    const ids = new Set<number>();
    for (const p of probePoints(x, y, radius)) {
      const id = visible(this.caretMark(p.x, p.y));
      if (id !== undefined) ids.add(id);
    }
    return nearest(
      x,
      y,
      radius,
      [...ids].map((id) => ({ item: id, boxes: Array.from(this.marks[id]!.range.getClientRects()) })),
    );
  }

  /** The mark at the text position nearest (x, y), wherever the point is. */
  private caretMark(x: number, y: number): number | undefined {
    const doc = this.doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
    let node: Node | undefined;
    let offset = 0;
    if (doc.caretPositionFromPoint) {
      const p = doc.caretPositionFromPoint(x, y);
      if (p) ({ offsetNode: node, offset } = p);
    } else {
      const r = doc.caretRangeFromPoint?.(x, y);
      if (r) ({ startContainer: node, startOffset: offset } = r);
    }
    if (!node) return undefined;
    return this.index.at(node, offset);
  }

  // ---- keyboard ------------------------------------------------------------------

  private onKeyDown = (e: KeyboardEvent): void => {
    if (e.isTrusted && e.key === 'Escape' && this.card?.isOpen) this.closeCard();
  };

  /** Scrolls to one mark and opens its card with focus (from the popup's list). */
  focusMark(id: number): void {
    const m = this.marks[id];
    if (!m) return;
    this.current = id;
    m.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.highlights?.setActive(m.range);
    this.openCard(id, true);
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
      this.openCard(m.id, true);
      return;
    }
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.openTimer);
    clearTimeout(this.hideTimer);
    this.doc.removeEventListener('pointermove', this.onPointerMove, { capture: true });
    this.doc.removeEventListener('keydown', this.onKeyDown, { capture: true });
    this.taps.dispose();
    this.back?.disarm();
    this.highlights?.dispose();
    this.card?.dispose();
  }
}
