import { describe, expect, it } from 'vitest';
import { activeOn, defaults, migrate, parseSettings, SETTINGS_VERSION, toStored, type Migration } from '../../lib/settings';

describe('settings', () => {
  it('default when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: defaults(), reset: [] });
    expect(parseSettings(null).settings.enabled).toBe(true);
  });

  it('round-trip through storage', () => {
    const s = { ...defaults(), enabled: false, disabledSites: ['www.asahi.com'], hoverDelayMs: 300 };
    expect(parseSettings(toStored(s))).toEqual({ settings: s, reset: [] });
  });

  it('reset only the invalid field', () => {
    const stored = { ...toStored(defaults()), hoverDelayMs: 'fast', theme: 'dark', disabledSites: ['ok.example', '<script>'] };
    const r = parseSettings(stored);
    expect(r.reset.sort()).toEqual(['disabledSites', 'hoverDelayMs']);
    expect(r.settings.hoverDelayMs).toBe(defaults().hoverDelayMs);
    expect(r.settings.theme).toBe('dark');
  });

  it('keep known categories when a stored map is partial', () => {
    const r = parseSettings({ version: SETTINGS_VERSION, categories: { person: false } });
    expect(r.settings.categories.person).toBe(false);
    expect(r.settings.categories.organization).toBe(true);
  });

  it('migrate older versions step by step without losing fields', () => {
    // how a future version 2 would rename `enabled` to `on`: the mechanism, not a real past schema
    const migrations: Record<number, Migration> = { 1: ({ enabled, ...rest }) => ({ ...rest, on: enabled }) };
    expect(migrate({ version: 1, enabled: false, theme: 'dark' }, migrations, 2)).toEqual({ version: 2, on: false, theme: 'dark' });
    expect(() => migrate({ version: 1 }, {}, 2)).toThrow(/no settings migration from version 1/);
  });

  it('read what it can from settings written by a newer build', () => {
    const r = parseSettings({ version: SETTINGS_VERSION + 5, theme: 'light', futureField: 1 });
    expect(r.settings.theme).toBe('light');
  });

  it('tell whether a site is active', () => {
    const s = { ...defaults(), disabledSites: ['www.asahi.com'] };
    expect(activeOn(s, 'www.asahi.com')).toBe(false);
    expect(activeOn(s, 'www.nikkei.com')).toBe(true);
    expect(activeOn({ ...s, enabled: false }, 'www.nikkei.com')).toBe(false);
  });
});
