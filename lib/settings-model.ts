/**
 * The reader's settings as plain types and defaults, without the validator: the
 * content script imports only this (validation happens where storage is read, in the
 * background and the extension pages), keeping the per-tab bundle small.
 */
export const MARK_CATEGORIES = ['organization', 'government', 'person', 'law', 'product', 'incident', 'correction'] as const;
export type MarkCategoryName = (typeof MARK_CATEGORIES)[number];

export const DEFAULT_COLORS: Record<MarkCategoryName, string> = {
  organization: '#2563eb',
  government: '#0d9488',
  person: '#9333ea',
  law: '#b45309',
  product: '#0891b2',
  incident: '#dc2626',
  correction: '#e11d48',
};

export interface Settings {
  enabled: boolean;
  /** hosts where the reader turned annotation off */
  disabledSites: string[];
  /** hosts the reader added (granted through optional host permissions) */
  addedSites: string[];
  categories: Record<MarkCategoryName, boolean>;
  underline: 'solid' | 'dotted' | 'dashed' | 'wavy';
  colors: Record<MarkCategoryName, string>;
  theme: 'system' | 'light' | 'dark';
  /** hover intent before a card opens (ms) */
  hoverDelayMs: number;
  cardSize: 'small' | 'medium' | 'large';
  /** a tap on a mark opens its card; auto: taps by finger or pen (entrypoints/reader/tap-open.ts) */
  tapToOpen: 'auto' | 'on' | 'off';
}

export function defaults(): Settings {
  return {
    enabled: true,
    disabledSites: [],
    addedSites: [],
    categories: Object.fromEntries(MARK_CATEGORIES.map((c) => [c, true])) as Record<MarkCategoryName, boolean>,
    underline: 'solid',
    colors: { ...DEFAULT_COLORS },
    theme: 'system',
    hoverDelayMs: 150,
    cardSize: 'medium',
    tapToOpen: 'auto',
  };
}

/** Whether annotation runs on a host, given the settings. */
export function activeOn(settings: Pick<Settings, 'enabled' | 'disabledSites'>, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}
