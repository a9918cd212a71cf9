/**
 * One page's reader: reads the article's text, asks the background (which keeps the
 * blocks that may name something: entrypoints/background/page-check.ts), and hands the
 * answer to the page's marks (./marks.ts, made only once there is something to mark).
 * Follows late content.
 * The page's DOM and text are never changed; errors leave the page as it was.
 */
import { findArticle, type NotArticleReason } from '../../lib/dom/article';
import { TextWalker, type Extracted } from '../../lib/dom/extract';
import { publishedDate } from '../../lib/dom/published';
import { blocksOf, type Block } from '../../lib/text/blocks';
import { MAX_SLICE_MS, MUTATION_DEBOUNCE_MS, MUTATION_MAX_WAIT_MS, WALK_CHUNK_NODES } from '../shared/timing';
import { OWN_ELEMENTS } from '../../components/card/own-elements';
import type { MarkCounts, Marks, MarksContext, PageAnswer, Send } from './handoff';
import { newProbes, timedOn, type Probes } from './probes';
import type { TabSettings as Settings } from '../shared/protocol';
import { annotateInParts, splitLong } from './chunks';
import { highlightSupported } from './highlights';

/** Attributes that show or hide text ("続きを読む" expands a hidden part of the article). */
const REVEALING_ATTRIBUTES = ['hidden', 'style', 'class', 'aria-hidden', 'open'];

const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

export class PageReader {
  private marks: Marks | undefined;
  private settings: Settings | undefined;
  private published: string | undefined;
  private lastText: string | undefined;
  /** the article root's textContent at the last pass: unchanged text needs no new pass */
  private lastRaw: string | undefined;
  private observer: MutationObserver | undefined;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private firstPending = 0;
  private running: Promise<void> | undefined;
  private rerun = false;
  private disposed = false;
  /** the last failure, reported to the popup */
  error: string | undefined;
  /** why the page is not read (not an article), reported to the popup */
  reason: NotArticleReason | undefined;
  /** the article's elements at the last pass; attribute changes inside them (expanded text) count */
  private roots: Element[] = [];
  /** the page's address at the last pass: client-side navigation starts afresh */
  private url: string | undefined;
  /** an attribute inside the article changed (text shown or hidden): compare the walked text, not textContent */
  private forceWalk = false;
  runs = 0;
  /** main-thread time spent in our own synchronous work (ms), and when marks last appeared */
  readonly perf: Probes = newProbes();

  constructor(
    private readonly doc: Document,
    private readonly send: Send,
    /** the validated settings, still on their way when the page is first read */
    private readonly settingsReady: Promise<Settings | undefined>,
    /** makes the marks once there is something to mark (their bundle is loaded only then: ./load-marks.ts) */
    private readonly createMarks: (ctx: MarksContext) => Marks | Promise<Marks>,
  ) {
    void settingsReady.then((s) => {
      if (s) this.settings = s;
    });
  }

  private timed<R>(fn: () => R): R {
    return timedOn(this.perf, fn);
  }

  get markCount(): number {
    return this.marks?.count ?? 0;
  }

  get marker(): Marks | undefined {
    return this.marks;
  }

  applySettings(s: Settings): void {
    this.settings = s;
    this.marks?.applySettings(s);
  }

  async start(): Promise<void> {
    this.perf.startedAt = performance.now();
    // not in the task that made the reader: the starter handles the hello's answer in a
    // slice of its own, and the reader's first look (finding the article, reading a 1 MB
    // text natively) ran inside it, 125 ms in one task on the hostile suite's long page in
    // a fresh browser, and unseen by the reader's own probes (the slice ended after they
    // were handed over)
    await yieldToPage();
    if (this.disposed) return;
    await this.schedule();
    this.observe();
  }

  /** Runs a pass, or queues one if a pass is under way. */
  schedule(): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.rerun = false;
        await this.run();
      } while (this.rerun && !this.disposed);
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async run(): Promise<void> {
    if (this.disposed) return;
    // the cheap look first: the article's whole text, read natively. Unchanged, it is not
    // read again.
    const found = this.timed(() => {
      // another address (history.pushState, popstate): a new article, read afresh
      if (this.doc.URL !== this.url) {
        this.url = this.doc.URL;
        this.lastRaw = this.lastText = undefined;
      }
      const t0 = performance.now();
      const found = findArticle(this.doc);
      const d = performance.now() - t0;
      this.perf.detectMs = d;
      this.perf.detectMaxMs = Math.max(this.perf.detectMaxMs, d);
      return found;
    });
    // a page that took a slice's worth to look over (a huge one) reads its text in the next
    // slice; an ordinary page goes straight on, without a yield's delay
    if (found.roots && this.perf.detectMs > MAX_SLICE_MS / 2) {
      await yieldToPage();
      if (this.disposed) return;
    }
    const gate = this.timed(() => {
      if (!found.roots) return { reason: found.reason } as const;
      const { roots, skip } = found;
      this.roots = roots;
      const raw = roots.length === 1 ? (roots[0]!.textContent ?? '') : roots.map((r) => r.textContent ?? '').join('\n');
      const forced = this.forceWalk;
      this.forceWalk = false;
      if (raw === this.lastRaw && !forced) return { roots, skip, same: true };
      this.lastRaw = raw;
      return { roots, skip, same: false };
    });
    if ('reason' in gate) {
      // not an article (a top or list page): nothing is read, the popup says why
      this.roots = [];
      this.lastRaw = this.lastText = undefined;
      if (this.reason !== gate.reason || this.markCount) {
        this.reason = gate.reason;
        this.runs++;
        if (this.markCount || this.error) await this.show(undefined, []);
        else this.report(undefined);
      }
      return;
    }
    this.reason = undefined;
    if (gate.same) return;
    // checked only now: a page with no candidate never touches the highlight registry
    if (!highlightSupported()) {
      this.error = 'CSS Custom Highlight API unavailable';
      this.report(undefined);
      return;
    }
    const before = this.perf.syncMs;
    const ext = await this.extract(gate.roots, gate.skip);
    this.perf.extractMs += this.perf.syncMs - before;
    if (this.disposed || ext.text === this.lastText) return;
    this.lastText = ext.text;
    this.runs++;
    const splitFrom = this.perf.syncMs;
    // blocks no longer than the requests' (./chunks.ts); split in slices, so a long page's
    // split is no long task either. Which of them may name something is the background's
    // look (entrypoints/background/page-check.ts): every block is sent.
    const lines = blocksOf(ext.text);
    let done = false;
    const blocks: Block[] = [];
    while (!done) {
      // a slice of blocks, then yield: no long task even on a 1 MB article
      this.timed(() => {
        const sliceStart = performance.now();
        while (performance.now() - sliceStart < MAX_SLICE_MS) {
          const next = lines.next();
          if (next.done) return void (done = true);
          blocks.push(...splitLong(next.value));
        }
      });
      if (!done) await yieldToPage();
    }
    this.perf.splitMs += this.perf.syncMs - splitFrom;
    if (blocks.length === 0) {
      if (this.markCount || this.error) await this.show(undefined, ext.segments);
      return;
    }
    this.published = publishedDate(this.doc);
    this.perf.askedAt = performance.now();
    // the first screen is marked as soon as its answer is in, while the rest is asked for
    let early: Promise<number> = Promise.resolve(0);
    const onFirstScreen = (first: PageAnswer) => {
      this.perf.answeredAt = performance.now();
      if (first.timings) this.perf.background = first.timings;
      early = this.settingsReady.then(async (s) => {
        if (!s || this.disposed || first.annotations.mentions.length + first.annotations.corrections.length === 0) return 0;
        if (!(await this.show(first, ext.segments))) return 0;
        return (this.perf.markedAt = performance.now());
      });
    };
    // in parts within the request limits (./chunks.ts)
    const answer = await annotateInParts(this.send, blocks, this.published, onFirstScreen);
    const firstMarkedAt = await early;
    if (!firstMarkedAt) {
      this.perf.answeredAt = performance.now();
      if (answer?.ok && answer.timings) this.perf.background = answer.timings;
    }
    // marks follow the reader's settings (on for this site, categories, colours)
    if (!(await this.settingsReady) || this.disposed) return;
    if (!answer?.ok) {
      // leave the page as it is; the popup shows why. The next change to the page tries
      // again, even one that leaves the article's text as it was
      this.error = answer?.error ?? 'no answer from the extension';
      this.lastText = undefined;
      this.lastRaw = undefined;
      this.report(undefined);
      return;
    }
    this.error = undefined;
    if (!(await this.show(answer, ext.segments))) return;
    this.perf.allMarkedAt = performance.now();
    this.perf.markedAt = firstMarkedAt || this.perf.allMarkedAt;
    // outside this pass: a pass the page asks for meanwhile (text shown by 続きを読む) must
    // not wait behind the background's read of the cards half
    if (answer.updatesPending) this.updates = this.completeUpdates(answer, blocks, ext).catch(() => {});
  }

  /** The last pass's request for its update notes, if one was needed (awaited by tests). */
  updates: Promise<void> = Promise.resolve();

  /**
   * The page's answer came before the background had read the dataset's cards half (a
   * first page after the browser started): the marks are up; the update notes, which
   * compare the article with the entries' facts, come with the same blocks asked again
   * once that half is read (cache hits by then). Marked again only if there are some (the
   * marks stay as they are otherwise); a later pass, which does not wait for this request,
   * supersedes it.
   */
  private async completeUpdates(partial: PageAnswer, blocks: Block[], ext: Extracted): Promise<void> {
    const answer = await annotateInParts(this.send, blocks, this.published, undefined, true);
    // the article's text changed meanwhile: the pass that read it has its own answer
    if (!answer?.ok || this.disposed || this.lastText !== ext.text) return;
    // the same mentions and claims: only update notes can make the whole answer longer
    if (answer.annotations.corrections.length === partial.annotations.corrections.length) return;
    await this.show(answer, ext.segments);
  }

  /** Hands an answer (or none: clear) to the marks; false before the settings are known. */
  private async show(answer: PageAnswer | undefined, segments: Extracted['segments']): Promise<boolean> {
    const settings = this.settings;
    if (!settings) return false;
    if (!this.marks) {
      // nothing marked yet and nothing to mark: the marks' bundle is never loaded
      if (!answer || answer.annotations.mentions.length + answer.annotations.corrections.length === 0) {
        this.report(undefined);
        return true;
      }
      const made = await this.createMarks({ doc: this.doc, send: this.send, settings, timed: (fn) => this.timed(fn) });
      this.perf.marksLoadedAt = performance.now();
      if (this.disposed) {
        made.dispose();
        return false;
      }
      // settings pushed while the bundle loaded
      if (this.settings && this.settings !== settings) made.applySettings(this.settings);
      this.marks = made;
    }
    const marks = this.marks;
    this.report(this.timed(() => marks.apply(answer, segments, this.published)));
    return true;
  }

  private report(counts: MarkCounts | undefined): void {
    void this.send({
      type: 'page-report',
      mentions: counts?.mentions ?? 0,
      corrections: counts?.corrections ?? 0,
      entities: counts?.entities ?? [],
      ...(this.error ? { error: this.error } : {}),
      ...(this.reason ? { reason: this.reason } : {}),
    }).catch(() => {});
  }

  /** Reads the article text in slices, yielding to the page between them. */
  private async extract(roots: Element[], skip: (el: Element) => boolean): Promise<Extracted> {
    const walker = new TextWalker(roots, { exclude: (el) => OWN_ELEMENTS.has(el) || skip(el) });
    for (let slice = 0; ; slice++) {
      let took = 0;
      const done = this.timed(() => {
        const t0 = performance.now();
        let end = false;
        while (!(end = walker.step(WALK_CHUNK_NODES)) && performance.now() - t0 <= MAX_SLICE_MS);
        took = performance.now() - t0;
        return end;
      });
      // joining a long text (a 1 MB page's) gets a slice of its own; a short article's is joined at once
      if (done && slice === 0 && took < MAX_SLICE_MS / 2) return this.timed(() => walker.result());
      await yieldToPage();
      if (done) return this.timed(() => walker.result());
    }
  }

  // ---- late content ------------------------------------------------------------

  private observe(): void {
    this.observer = new MutationObserver((records) => {
      // an attribute counts only inside the article (text shown by "続きを読む"); a page's
      // animations elsewhere change style attributes all the time
      const inArticle = (r: MutationRecord) => this.roots.some((root) => root.contains(r.target));
      let shown = false;
      const ours = records.every((r) => {
        if (r.type === 'attributes') {
          if (!inArticle(r)) return true;
          shown = true;
          return false;
        }
        return OWN_ELEMENTS.has(r.target) || [...r.addedNodes, ...r.removedNodes].every((n) => OWN_ELEMENTS.has(n));
      });
      if (ours) return;
      if (shown) this.forceWalk = true;
      const now = performance.now();
      if (!this.debounce) this.firstPending = now;
      clearTimeout(this.debounce);
      // quiet for a moment, or waited long enough on a page that never stops changing
      const wait = now - this.firstPending > MUTATION_MAX_WAIT_MS ? 0 : MUTATION_DEBOUNCE_MS;
      this.debounce = setTimeout(() => {
        this.debounce = undefined;
        void this.schedule().catch(() => {});
      }, wait);
    });
    this.observer.observe(this.doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: REVEALING_ATTRIBUTES,
    });
    // back and forward between client-side pages: read the page now shown
    this.doc.defaultView?.addEventListener('popstate', this.onPopState);
  }

  private readonly onPopState = () => {
    void this.schedule().catch(() => {});
  };

  dispose(): void {
    this.disposed = true;
    this.observer?.disconnect();
    this.doc.defaultView?.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.debounce);
    this.marks?.dispose();
    this.marks = undefined;
  }
}
