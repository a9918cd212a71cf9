import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activeOn, defaults, migrate, parseSettings, SETTINGS_VERSION, toStored, type Migration } from '../../entrypoints/shared/settings';

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

  // one stored fixture per schema version ever released (tests/fixtures/settings/)
  const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'settings');
  const fixtures = readdirSync(FIXTURES).filter((f) => /^v\d+\.json$/.test(f));

  it('has a stored fixture for every schema version up to the current one', () => {
    const versions = fixtures.map((f) => Number(f.slice(1, -5))).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1));
  });

  it.each(fixtures)('reads %s, as that version stored it, without losing or resetting a value', (file) => {
    const stored = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Record<string, unknown>;
    const { settings, reset } = parseSettings(stored);
    expect(reset).toEqual([]);
    // every stored value differs from the default somewhere, so a dropped field shows
    const d = defaults() as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(stored))
      if (k !== 'version' && JSON.stringify(v) !== JSON.stringify(d[k])) expect((settings as unknown as Record<string, unknown>)[k], k).toEqual(v);
    expect(Object.keys(stored).filter((k) => k !== 'version' && JSON.stringify(stored[k]) === JSON.stringify(d[k]))).toEqual([]);
    // and writing it back stores the current version
    expect(parseSettings(toStored(settings)).settings).toEqual(settings);
  });

  it('a corrupt fixture value resets that field alone', () => {
    const stored = JSON.parse(readFileSync(join(FIXTURES, fixtures[0]!), 'utf8')) as Record<string, unknown>;
    const r = parseSettings({ ...stored, colors: 'red', underline: 42 });
    expect(r.reset.sort()).toEqual(['colors', 'underline']);
    expect(r.settings.theme).toBe(stored.theme);
    expect(r.settings.disabledSites).toEqual(stored.disabledSites);
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
