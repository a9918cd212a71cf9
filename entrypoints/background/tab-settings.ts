/**
 * What one tab is told of the settings (lib/protocol.ts, TabSettings):
 * on or off for its page, and the appearance of marks and cards. The site lists stay in
 * the background and the extension pages.
 */
import type { Settings } from '../shared/settings-model';
import { runsOn } from '../shared/sites';
import type { TabSettings } from '../shared/protocol';

export function tabSettings(s: Settings, url: string | undefined): TabSettings {
  return {
    on: !!url && runsOn(s, url),
    categories: { ...s.categories },
    underline: s.underline,
    colors: { ...s.colors },
    theme: s.theme,
    hoverDelayMs: s.hoverDelayMs,
    cardSize: s.cardSize,
    markEvery: s.markEvery,
    tapToOpen: s.tapToOpen,
  };
}
