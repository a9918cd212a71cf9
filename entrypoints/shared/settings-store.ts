/**
 * Settings in the browser's extension storage: `storage.sync` where the browser syncs
 * it, `storage.local` otherwise. Every read goes through parseSettings, so a corrupt or
 * old value never reaches the UI or the page.
 */
import { parseSettings, toStored, type Settings } from './settings';

const KEY = 'settings';

function area() {
  return browser.storage.sync ?? browser.storage.local;
}

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await area().get(KEY);
    return parseSettings(got[KEY] as Record<string, unknown> | undefined).settings;
  } catch {
    const got = await browser.storage.local.get(KEY);
    return parseSettings(got[KEY] as Record<string, unknown> | undefined).settings;
  }
}

export async function saveSettings(s: Settings): Promise<void> {
  try {
    await area().set({ [KEY]: toStored(s) });
  } catch {
    await browser.storage.local.set({ [KEY]: toStored(s) });
  }
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await saveSettings(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (KEY in changes) cb(parseSettings(changes[KEY]!.newValue as Record<string, unknown> | undefined).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
