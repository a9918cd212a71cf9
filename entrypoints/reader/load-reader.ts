/**
 * The reader (reading the article, prefiltering it block by block, asking the background,
 * following late content: ./reader.ts) is reader-page.js (entrypoints/reader-page.ts),
 * loaded by the content script's starter (./index.ts) only once the background has found
 * that the page's text may name something (./bundle.ts). A page with no mention never
 * evaluates it, nor the prefilter's table compiled into it.
 */
import type { TabSettings } from '../shared/protocol';
import type { Send } from './handoff';
import type { Probes } from './probes';
import type { PageReader } from './reader';
import { bundle } from './bundle';

export interface ReaderContext {
  doc: Document;
  send: Send;
  /** this tab's settings view, known (the starter's hello) */
  settings: TabSettings;
  /** the starter's own measurements, carried on by the reader's */
  probes: Probes;
}

/** What the starter asks of a running reader. */
export type Reader = Pick<PageReader, 'applySettings' | 'dispose' | 'markCount' | 'marker' | 'runs' | 'error' | 'reason' | 'perf'>;
export type MakeReader = (ctx: ReaderContext) => Reader;

/** The reader's bundle, as packaged (wxt.config.ts lists it as web-accessible). */
export const READER_BUNDLE = '/reader-page.js';
const reader = bundle<MakeReader>(READER_BUNDLE, '__chushakuMakeReader');

/** Called by the reader's bundle when it runs. */
export const provideReader = reader.provide;
/** The reader's factory, loading its bundle on the first call. */
export const loadReader = reader.load;
