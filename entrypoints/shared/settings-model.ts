/**
 * The reader's settings as plain types and defaults, without the validator: the
 * content script imports only this (validation happens where storage is read, in the
 * background and the extension pages), keeping the per-tab bundle small.
 */
import { MARK_KINDS, type MarkKind } from '../../lib/kb/vocabulary';
import { HOVER_INTENT_MS } from './timing';

export const DEFAULT_COLORS: Record<MarkKind, string> = {
  organization: '#2563eb',
  government: '#0d9488',
  person: '#9333ea',
  law: '#b45309',
  product: '#0891b2',
  incident: '#dc2626',
  correction: '#e11d48',
};

/** The choices of the appearance settings (the options page labels each from the locale files). */
export const UNDERLINES = ['solid', 'dotted', 'dashed', 'wavy'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;
export const CARD_SIZES = ['small', 'medium', 'large'] as const;
/** a tap on a mark opens its card; auto: taps by finger or pen (entrypoints/reader/tap-open.ts) */
export const TAP_TO_OPEN = ['auto', 'on', 'off'] as const;

export interface Settings {
  enabled: boolean;
  /** hosts where the reader turned annotation off */
  disabledSites: string[];
  /** hosts the reader added (granted through optional host permissions) */
  addedSites: string[];
  categories: Record<MarkKind, boolean>;
  underline: (typeof UNDERLINES)[number];
  colors: Record<MarkKind, string>;
  theme: (typeof THEMES)[number];
  /** hover intent before a card opens (ms) */
  hoverDelayMs: number;
  cardSize: (typeof CARD_SIZES)[number];
  /** underline every mention; by default only the first of each entity per section (corrections always) */
  markEvery: boolean;
  /** a tap on a mark opens its card; auto: taps by finger or pen (entrypoints/reader/tap-open.ts) */
  tapToOpen: (typeof TAP_TO_OPEN)[number];
}

export function defaults(): Settings {
  return {
    enabled: true,
    disabledSites: [],
    addedSites: [],
    categories: Object.fromEntries(MARK_KINDS.map((c) => [c, true])) as Record<MarkKind, boolean>,
    underline: 'solid',
    colors: { ...DEFAULT_COLORS },
    theme: 'system',
    hoverDelayMs: HOVER_INTENT_MS,
    cardSize: 'medium',
    markEvery: false,
    tapToOpen: 'auto',
  };
}

/** Whether annotation runs on a host, given the settings. */
export function activeOn(settings: Pick<Settings, 'enabled' | 'disabledSites'>, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}
