/**
 * Sites the reader adds: the content script is registered for the granted origin (so it
 * runs there from now on) and injected into the open tab (so it runs now, no reload).
 */
import type { Settings } from '../shared/settings-model';
import { updateSettings } from '../shared/settings-store';

const CONTENT_JS = '/reader.js' as const;
const idOf = (origin: string) => `site:${new URL(origin).host}`;

/** `saved` receives the settings with the site added, before any injection. */
export async function addSite(origin: string, tabId: number | undefined, saved: (s: Settings) => void = () => {}): Promise<void> {
  const pattern = `${origin}/*`;
  if (!(await browser.permissions.contains({ origins: [pattern] }))) throw new Error(`no permission for ${origin}`);
  const id = idOf(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (!existing.length) {
    await browser.scripting.registerContentScripts([{ id, matches: [pattern], js: [CONTENT_JS], runAt: 'document_start', persistAcrossSessions: true }]);
  }
  // in the settings first: the injected script asks for them and must find the site there
  const host = new URL(origin).host;
  saved(await updateSettings((s) => ({ ...s, addedSites: [...new Set([...s.addedSites, host])] })));
  // the tab the reader asked from, and any other open tab of the site (visible to us now
  // that the site is granted); a second injection into a page is a no-op
  const tabIds = new Set((await browser.tabs.query({ url: pattern }).catch(() => [])).flatMap((t) => (t.id === undefined ? [] : [t.id])));
  if (tabId !== undefined) tabIds.add(tabId);
  for (const t of tabIds) await browser.scripting.executeScript({ target: { tabId: t }, files: [CONTENT_JS] }).catch(() => {});
}

export async function removeSite(origin: string): Promise<void> {
  const id = idOf(origin);
  await browser.scripting.unregisterContentScripts({ ids: [id] }).catch(() => {});
  await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
  const host = new URL(origin).host;
  await updateSettings((s) => ({ ...s, addedSites: s.addedSites.filter((h) => h !== host) }));
}
