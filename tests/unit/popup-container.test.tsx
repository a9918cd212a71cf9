// @vitest-environment happy-dom
/**
 * The popup's container against fake dependencies: a refresh that read the settings
 * before the reader's toggle must not put the switch back (a second click was then lost:
 * the switch showed the old state, so "on again" did nothing; starter.spec caught it).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { PopupContainer, type PopupDeps } from '../../components/popup/PopupContainer';
import { defaults } from '../../entrypoints/shared/settings-model';
import type { Settings } from '../../entrypoints/shared/settings';

describe('popup container', () => {
  it('keeps the switch as the reader set it while an older refresh comes back', async () => {
    let stored: Settings = { ...defaults() } as Settings;
    // the first read of the settings is slow: it answers after the reader's click
    let releaseFirst: () => void = () => {};
    const firstRead = new Promise<void>((r) => (releaseFirst = r));
    let reads = 0;
    const deps = {
      t: (k: string) => k,
      loadSettings: async () => {
        const snapshot = stored;
        if (reads++ === 0) await firstRead;
        return snapshot;
      },
      updateSettings: async (f: (s: Settings) => Settings) => {
        stored = f(stored);
      },
      targetTab: async () => undefined,
      askTab: async () => undefined,
      status: async () => ({ ok: false, error: 'x' }),
      requestSite: async () => false,
      siteAdded: async () => {},
      openOptions: () => {},
    } as unknown as PopupDeps;
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<PopupContainer {...deps} />, root));
    const box = root.querySelector('input[type="checkbox"]') as HTMLInputElement;
    expect(box.checked).toBe(true);
    await act(() => box.click());
    expect(stored.enabled).toBe(false);
    // the refresh begun at opening, which read "on", now comes back
    await act(async () => {
      releaseFirst();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(box.checked).toBe(false);
    render(null, root);
  });
});
