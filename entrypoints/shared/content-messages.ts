/**
 * Messages the content script accepts, checked by hand: the content script runs in
 * every matching tab, so it carries no schema library (see ./messages.ts for the
 * validated protocol of the extension's own pages and background). The requests are
 * the protocol's (./protocol.ts, ToContent).
 */
import type { RequestOf, TabSettings, ToContent } from './protocol';
import { MARK_KINDS } from '../../lib/kb/vocabulary';
import { CARD_SIZES, TAP_TO_OPEN, THEMES, UNDERLINES } from './settings-model';
import { MAX_HOVER_DELAY_MS } from './timing';

export type ContentRequestT = RequestOf<ToContent>;

const COLOR = /^#[0-9a-fA-F]{6}$/;
const oneOf = <T extends string>(v: unknown, options: readonly T[]): v is T => typeof v === 'string' && (options as readonly string[]).includes(v);

/** A pushed settings view, field by field (sent by the background, which validated the settings). */
export function parseTabSettings(raw: unknown): TabSettings | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const s = raw as Record<string, unknown>;
  const cats = s.categories as Record<string, unknown> | undefined;
  const colors = s.colors as Record<string, unknown> | undefined;
  if (typeof s.on !== 'boolean' || !cats || !colors || typeof cats !== 'object' || typeof colors !== 'object') return undefined;
  if (!MARK_KINDS.every((c) => typeof cats[c] === 'boolean' && typeof colors[c] === 'string' && COLOR.test(colors[c] as string))) return undefined;
  if (!oneOf(s.underline, UNDERLINES) || !oneOf(s.theme, THEMES)) return undefined;
  if (!oneOf(s.cardSize, CARD_SIZES) || !oneOf(s.tapToOpen, TAP_TO_OPEN) || typeof s.markEvery !== 'boolean') return undefined;
  if (typeof s.hoverDelayMs !== 'number' || !(s.hoverDelayMs >= 0 && s.hoverDelayMs <= MAX_HOVER_DELAY_MS)) return undefined;
  return {
    on: s.on,
    categories: Object.fromEntries(MARK_KINDS.map((c) => [c, cats[c] as boolean])) as TabSettings['categories'],
    colors: Object.fromEntries(MARK_KINDS.map((c) => [c, colors[c] as string])) as TabSettings['colors'],
    underline: s.underline,
    theme: s.theme,
    cardSize: s.cardSize,
    hoverDelayMs: s.hoverDelayMs,
    markEvery: s.markEvery,
    tapToOpen: s.tapToOpen,
  };
}

export function parseContentRequest(raw: unknown): ContentRequestT | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const m = raw as Record<string, unknown>;
  const keys = Object.keys(m).sort().join(',');
  switch (m.type) {
    case 'navigate':
      return keys === 'direction,type' && (m.direction === 1 || m.direction === -1) ? { type: 'navigate', direction: m.direction } : undefined;
    case 'focus-mark':
      return keys === 'id,type' && typeof m.id === 'number' && Number.isInteger(m.id) && m.id >= 0 ? { type: 'focus-mark', id: m.id } : undefined;
    case 'summary':
    case 'stats':
      return keys === 'type' ? { type: m.type } : undefined;
    case 'settings': {
      const settings = keys === 'settings,type' ? parseTabSettings(m.settings) : undefined;
      return settings ? { type: 'settings', settings } : undefined;
    }
    default:
      return undefined;
  }
}
