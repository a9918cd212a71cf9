/**
 * The content script's first look at a page, kept small because every news page runs it
 * (npm run bench, noMentionMs): the page's text goes to the background with the hello,
 * whose prefilter says whether it may name anything (entrypoints/background/page-check.ts);
 * only then is the reader made (./load-reader.ts). A page found quiet is watched and
 * looked at again when its text changes (./quiet-watch.ts); a settings change turns the
 * reader on or off. Once made, the reader follows the page itself.
 */
import { MAX_PAGE_CHECK_CHARS } from '../shared/limits';
import type { ContentStatus, ContentToBackground, ReplyOf, TabSettings } from '../shared/protocol';
import type { Send } from './handoff';
import type { MakeReader, Reader } from './load-reader';
import { timedOn, type Probes } from './probes';
import { QuietWatch } from './quiet-watch';

/**
 * Elements whose text is no reader's: code, style sheets, and noscript's markup (parsed
 * as text where scripts run). Inline scripts hold most of a real page's body text (57 k
 * of 59 k characters on one of ../shared/pages) and Latin words in code pass the
 * prefilter, so they would load the reader on almost every page.
 */
const NOT_TEXT = 'script, style, noscript';

/**
 * The page's text as the background's prefilter reads it: the body's textContent (read
 * natively, without the layout innerText would force; hidden text included, so text a
 * "続きを読む" link shows later is looked at now), less the text of NOT_TEXT elements,
 * cut out where it stands (textContent is every text node in document order, and so is
 * querySelectorAll). Undefined where that text cannot vouch for the page: longer than
 * MAX_PAGE_CHECK_CHARS, or with ruby readings, which sit between the base characters
 * (出<rt>で</rt>澤) and could hide a name from the scan; the reader then looks itself,
 * as it does on every page.
 */
export function pageText(doc: Document): string | undefined {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const all = root.textContent ?? '';
  const code = Array.from(root.querySelectorAll(NOT_TEXT), (el) => el.textContent ?? '');
  // over the bound even without its code (a long page is not copied), or with readings
  if (all.length - code.reduce((n, c) => n + c.length, 0) > MAX_PAGE_CHECK_CHARS || root.querySelector('rt') !== null) return undefined;
  let text = '';
  let from = 0;
  for (const c of code) {
    const at = c ? all.indexOf(c, from) : -1;
    if (at < 0) continue;
    text += all.slice(from, at);
    from = at + c.length;
  }
  text = from ? text + all.slice(from) : all;
  return text.length > MAX_PAGE_CHECK_CHARS ? undefined : text;
}

type Hello = ReplyOf<ContentToBackground, 'hello'>;

export class Starter {
  /** this tab's settings view, once the background has answered */
  settings: TabSettings | undefined;
  /** the last failure, reported to the popup */
  error: string | undefined;
  /** looks the background answered */
  runs = 0;
  private reader: Reader | undefined;
  /** the text the background last found quiet: while it is unchanged, no new look */
  private quietText: string | undefined;
  private asking = false;
  private again = false;
  private watch: QuietWatch | undefined;
  private disposed = false;

  constructor(
    private readonly doc: Document,
    private readonly send: Send,
    private readonly makeReader: MakeReader,
    /** the starter's own main-thread time and milestones (the bench reads them while no reader runs) */
    readonly probes: Probes,
  ) {}

  get marker() {
    return this.reader?.marker;
  }

  /** Sends the page's text with the hello, unless it is the text last found quiet; loads the reader if it may name something. */
  async check(): Promise<void> {
    if (this.disposed || this.reader) return;
    if (this.asking) {
      this.again = true;
      return;
    }
    const text = timedOn(this.probes, () => pageText(this.doc));
    if (text !== undefined && text === this.quietText) return;
    // watched from now: text that changes while the background answers is looked at again
    this.watch ??= new QuietWatch(this.doc, () => void this.check());
    this.asking = true;
    const reply = await this.send(text === undefined ? { type: 'hello' } : { type: 'hello', text }).catch(() => undefined);
    this.asking = false;
    if (this.disposed) return;
    timedOn(this.probes, () => this.answered(reply, text));
    if (this.again) {
      this.again = false;
      await this.check();
    }
  }

  private answered(reply: Hello | undefined, text: string | undefined): void {
    this.probes.checkedAt = performance.now();
    if (!reply?.ok) {
      // stays quiet; the next change to the page asks again
      this.error = reply?.error ?? 'no answer from the extension';
      this.quietText = undefined;
      return;
    }
    this.error = undefined;
    this.runs++;
    this.settings = reply.settings;
    if (!reply.settings.on) {
      this.quietText = undefined;
      this.stopWatch();
    } else if (reply.candidates) {
      this.quietText = undefined;
      this.startReader(reply.settings);
    } else this.quietText = text;
  }

  private startReader(settings: TabSettings): void {
    this.stopWatch();
    this.probes.readerLoadedAt = performance.now();
    this.reader = this.makeReader({ doc: this.doc, send: this.send, settings, probes: this.probes });
  }

  /** A settings view pushed by the background: the reader follows it, or starts, or stops. */
  applySettings(s: TabSettings): void {
    this.settings = s;
    if (this.reader) {
      if (s.on) return this.reader.applySettings(s);
      this.reader.dispose();
      this.reader = undefined;
      void this.send({ type: 'page-report', mentions: 0, corrections: 0, entities: [] }).catch(() => {});
    }
    if (s.on) void this.check();
    else {
      this.quietText = undefined;
      this.stopWatch();
    }
  }

  /** What the popup and the bench are told: the reader's state, or the starter's while no reader runs. */
  status(): Omit<ContentStatus, 'ok' | 'host'> {
    const r = this.reader;
    if (r) return { active: true, marks: r.markCount, runs: r.runs, error: r.error ?? null, reason: r.reason ?? null, perf: r.perf };
    return { active: this.settings?.on ?? true, marks: 0, runs: this.runs, error: this.error ?? null, reason: null, perf: this.probes };
  }

  private stopWatch(): void {
    this.watch?.stop();
    this.watch = undefined;
  }

  dispose(): void {
    this.disposed = true;
    this.stopWatch();
    this.reader?.dispose();
    this.reader = undefined;
  }
}
