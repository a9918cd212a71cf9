/**
 * Settings in the browser's extension storage: `storage.sync` where the browser syncs
 * it, `storage.local` when sync refuses the write (over its quota, or no sync). A write
 * that fell back to local says so in local storage (`settingsArea: 'local'`), and every
 * read then takes the local copy, never the stale one left in sync; a later write that
 * sync accepts removes the local copy again. Every read goes through parseSettings, so
 * a corrupt or old value never reaches the UI or the page.
 *
 * Content scripts can read `storage.local` and `storage.sync` in both browsers (only
 * `storage.session` has an access level), so ours never do: each tab is sent its own
 * view of the settings by the background (entrypoints/background/tab-settings.ts).
 */
import { parseSettings, toStored, type Settings } from './settings';

const KEY = 'settings';
/** in storage.local: where the settings were last written, when that was not sync */
const WHERE = 'settingsArea';

/** storage.sync, where the browser has it */
function sync(): Browser.storage.StorageArea | undefined {
  return browser.storage.sync;
}

async function readRaw(): Promise<Record<string, unknown> | undefined> {
  const local = await browser.storage.local.get([KEY, WHERE]);
  const area = sync();
  if (local[WHERE] === 'local' || !area) return local[KEY] as Record<string, unknown> | undefined;
  try {
    return (await area.get(KEY))[KEY] as Record<string, unknown> | undefined;
  } catch {
    return local[KEY] as Record<string, unknown> | undefined;
  }
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await readRaw()).settings;
}

export async function saveSettings(s: Settings): Promise<void> {
  const stored = toStored(s);
  const area = sync();
  if (area) {
    try {
      await area.set({ [KEY]: stored });
      // sync holds the current settings again: no local copy to prefer over it
      await browser.storage.local.remove([KEY, WHERE]);
      return;
    } catch {
      /* over the sync quota: fall back to local, and remember that we did */
    }
  }
  await browser.storage.local.set({ [KEY]: stored, [WHERE]: 'local' });
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await saveSettings(next);
  return next;
}

/** Calls back with the settings as they now read, after any write to either area. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (KEY in changes || WHERE in changes) void loadSettings().then(cb, () => {});
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
