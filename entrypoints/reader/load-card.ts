/**
 * The card (components/card: Preact, the card's parts, its placement) is reader-card.js
 * (entrypoints/reader-card.ts), a bundle of its own (./bundle.ts): the marks' bundle
 * loads it once the first marks are up, or when a card is first asked for, whichever
 * comes first. Before, the card was two thirds of the marks' bundle, whose import a cached
 * page's first marks waited for (npm run bench, BENCH_PHASES=1, marksLoadMs).
 */
import type { CardHost, CardHostEvents } from '../../components/card/host';
import type { T } from '../../components/i18n';
import { bundle } from './bundle';

export type MakeCard = (doc: Document, t: T, events: CardHostEvents) => CardHost;

/** The card's bundle, as packaged (wxt.config.ts lists it as web-accessible). */
export const CARD_BUNDLE = '/reader-card.js';
const card = bundle<MakeCard>(CARD_BUNDLE, '__chushakuMakeCard');

/** Called by the card's bundle when it runs. */
export const provideCard = card.provide;
/** The card's factory, loading its bundle on the first call. */
export const loadCard = card.load;
