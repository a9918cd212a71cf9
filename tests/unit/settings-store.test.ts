import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadSettings, saveSettings } from '../../entrypoints/shared/settings-store';
import { defaults } from '../../entrypoints/shared/settings';

describe('settings store: read from where last written', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a write sync refuses (over its quota) goes to local and is read from there, not from the stale sync copy', async () => {
    await saveSettings({ ...defaults(), theme: 'dark' });
    expect((await loadSettings()).theme).toBe('dark');
    const set = fakeBrowser.storage.sync.set;
    fakeBrowser.storage.sync.set = () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await saveSettings({ ...defaults(), theme: 'light', addedSites: ['example.com'] });
    fakeBrowser.storage.sync.set = set;
    const read = await loadSettings();
    expect(read.theme).toBe('light');
    expect(read.addedSites).toEqual(['example.com']);
    // sync accepts again: it is the place of record, and the local copy goes
    await saveSettings({ ...defaults(), theme: 'system' });
    expect((await loadSettings()).theme).toBe('system');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
