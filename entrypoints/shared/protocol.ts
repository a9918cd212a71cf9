/**
 * The extension's message protocol, in types only (the content script imports it and
 * stays free of any schema library): for each direction, every request by its `type`
 * with the reply it gets. One generic `Send<Map>` sends any request of a map and is
 * typed by its reply, so no context casts an answer. The receivers' zod schemas
 * (lib/messages.ts) are checked against these maps at compile time, and the sender
 * each message is accepted from is declared beside the map (./senders.ts).
 */
import type { Annotations, Block } from '../../lib/annotate';
import type { ClaimCard, EntityView } from '../../lib/kb/types';
import type { ServiceStats } from '../../lib/service';
import type { MarkKind } from '../../lib/kb/vocabulary';
import type { RankedCard } from '../../lib/rank/types';
import type { Settings } from './settings-model';

/** Every reply may be a refusal: malformed, not allowed from this sender, or failed. */
export interface Failure {
  ok: false;
  error: string;
}
export type Ok<T extends object = object> = { ok: true } & T;

/**
 * What one tab is told of the settings: whether it runs on this page, and how marks
 * and cards look. Never the reader's site lists (another site's content script has no
 * business knowing which sites the reader added or turned off).
 */
export type TabSettings = Pick<Settings, 'categories' | 'underline' | 'colors' | 'theme' | 'hoverDelayMs' | 'cardSize' | 'markEvery' | 'tapToOpen'> & {
  /** annotation runs on this tab's page */
  on: boolean;
};

/** The background's answer to an annotate request (defined once: background and reader share it). */
export interface PageAnswer {
  ok: true;
  version: string;
  annotations: Annotations;
  /** names only (for the popup's list): a card's full data is fetched when it opens */
  names: Record<string, { ja: string; en?: string }>;
  /** how many blocks came from the cache, for the bench and the popup */
  cached: number;
  /**
   * the update notes were left out: the background answered from the dataset's matching
   * half while its cards half was still being read (entrypoints/background/kb-store.ts);
   * the same request with `complete` waits for it and has them
   */
  updatesPending?: true;
  /** where the background's time went, for the bench (BENCH_PHASES=1) */
  timings?: AnswerTimings;
}

/** A page answer's time in the background (ms), phase by phase. */
export interface AnswerTimings {
  /** settings, dataset and cache ready (loaded once per background life) */
  readyMs: number;
  /**
   * from the request's arrival until the tokenizer host acknowledged the warm request (its
   * dictionary load started), when this request started one; the background's own work
   * holds its thread meanwhile and can delay it
   */
  warmMs?: number;
  /** hashing the blocks' text (the cache keys) */
  hashMs: number;
  /** reading the cache (memory, then IndexedDB) */
  cacheMs: number;
  /** the tokenizer host's round trips, for the blocks the cache did not have */
  hostMs: number;
  /** offsets mapped back and the document-wide rules */
  assembleMs: number;
  /** from the request's arrival to its answer */
  totalMs: number;
}

export interface CardAnswer {
  ok: true;
  version: string;
  entity?: EntityView;
  claim?: ClaimCard;
  /** the entity's facts ranked for the article (lib/rank) */
  ranked?: RankedCard;
}

export interface PageReportT {
  mentions: number;
  corrections: number;
  entities: string[];
  error?: string;
  /** why the page is not read (lib/dom/article.ts) */
  reason?: 'not-article';
}

export interface StatusAnswer {
  ok: true;
  version: string;
  date: string;
  entities: number;
  claims: number;
  host: ServiceStats | null;
  lastError: string | null;
  cacheDisabled: string | null;
  page: PageReportT | null;
  /** the tab's tokenizer use since its page was opened (lib/limits.ts bounds it) */
  usage: { chars: number; tokenizerMs: number } | null;
}

export interface CacheStats {
  entries: number;
  bytes: number;
  disabled?: string;
}

/** One message: its request and the reply it gets. */
export interface Message<Req extends { type: string }, Res> {
  request: Req;
  response: Res;
}

/** content script → background (sender: a tab's top frame, see ./senders.ts) */
export interface ContentToBackground {
  /**
   * the page's first look (entrypoints/reader/index.ts): `text`, the page's text for the
   * background's prefilter (entrypoints/background/page-check.ts; within
   * MAX_PAGE_CHECK_CHARS, absent when the page cannot be judged by it); `candidates`: the
   * site is on and the text may name something (always, without text), so the page starts
   * its reader. Sent again when a page found quiet changes.
   */
  hello: Message<{ type: 'hello'; text?: string }, Ok<{ settings: TabSettings; candidates: boolean }> | Failure>;
  /**
   * The article's blocks, all of them: the background keeps those that may name something
   * (its prefilter: entrypoints/background/page-check.ts). `complete`: answer from the
   * whole dataset, waiting for its cards half if need be (never `updatesPending`)
   */
  annotate: Message<{ type: 'annotate'; blocks: Block[]; published?: string; complete?: true }, PageAnswer | Failure>;
  card: Message<{ type: 'card'; entity: string; published?: string; mentions?: [string, number][] } | { type: 'card'; claim: string }, CardAnswer | Failure>;
  'page-report': Message<{ type: 'page-report' } & PageReportT, Ok | Failure>;
}

/** extension pages (popup, options) → background (sender: an extension page, see ./senders.ts) */
export interface PageToBackground {
  status: Message<{ type: 'status'; tabId?: number }, StatusAnswer | Failure>;
  cache: Message<{ type: 'cache'; action: 'stats' | 'clear' }, Ok<CacheStats> | Failure>;
  'site-added': Message<{ type: 'site-added'; origin: string; tabId?: number }, Ok | Failure>;
  'site-removed': Message<{ type: 'site-removed'; origin: string }, Ok | Failure>;
}

export interface SummaryItem {
  id: number;
  category: MarkKind;
  /** the mark's text as it was when marked (the page cannot rewrite what the popup lists) */
  text: string;
  entity?: string;
  claim?: string;
  name: string;
}

/** The reader's own main-thread time and milestones (ms), for the bench and the tests. */
export interface ReaderPerf {
  mainMs: number;
  syncAtMainEnd: number;
  syncMs: number;
  extractMs: number;
  /** splitting the article's text into blocks (the background prefilters them) */
  splitMs: number;
  /** the page's first marks (its first screen's, when that was asked apart: reader/chunks.ts) */
  markedAt: number;
  /** the whole page's marks in place */
  allMarkedAt: number;
  longestSliceMs: number;
  scriptAt: number;
  startedAt: number;
  askedAt: number;
  answeredAt: number;
  /** the marks made, on the page's first answer with marks */
  marksLoadedAt: number;
  /** the page's first look answered (settings, and whether the page may name something) */
  checkedAt: number;
  /** the reader made and started, on a page with candidates */
  readerLoadedAt: number;
  /** the background's phases for the last answer (ms) */
  background?: AnswerTimings;
}

/** What a content script says about its page. */
export interface ContentStatus {
  ok: true;
  host: string;
  active: boolean;
  marks: number;
  runs: number;
  error: string | null;
  /** why the page is not read (lib/dom/article.ts) */
  reason: 'not-article' | null;
  perf: ReaderPerf | null;
}

/** background and extension pages → content script */
export interface ToContent {
  navigate: Message<{ type: 'navigate'; direction: 1 | -1 }, ContentStatus>;
  'focus-mark': Message<{ type: 'focus-mark'; id: number }, ContentStatus>;
  summary: Message<{ type: 'summary' }, ContentStatus & { items: SummaryItem[] }>;
  stats: Message<{ type: 'stats' }, ContentStatus>;
  /** the background pushes this tab's settings view when the reader changes settings */
  settings: Message<{ type: 'settings'; settings: TabSettings }, ContentStatus>;
}

/** Every request of a map. */
export type RequestOf<M> = { [K in keyof M]: M[K] extends Message<infer Q, unknown> ? Q : never }[keyof M];
/** The reply to a request type of a map. */
export type ReplyOf<M, K> = K extends keyof M ? (M[K] extends Message<{ type: string }, infer R> ? R : never) : never;
/** Sends any request of a map; the promise is typed by that request's reply. */
export type Send<M> = <Q extends RequestOf<M>>(msg: Q) => Promise<ReplyOf<M, Q['type']>>;
/** Sends to one tab's content script. */
export type SendToTab = <Q extends RequestOf<ToContent>>(tabId: number, msg: Q) => Promise<ReplyOf<ToContent, Q['type']>>;

/** What the background receives, by sender. */
export type BackgroundMap = ContentToBackground & PageToBackground;
