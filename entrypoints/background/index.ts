/**
 * The background: routes validated messages, owns the block cache (extension origin)
 * and the tokenizer host. Answers only this extension's own contexts.
 */
import type { KbIndex } from '../../lib/kb/index';
import { BackgroundRequest, type BackgroundRequestT } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { loadSettings, watchSettings } from '../shared/settings-store';
import { loadCompiledKb } from '../shared/ext-url';
import { annotatePage, cardData } from './annotate-page';
import { BlockCache } from './cache';
import { createHost } from './host';
import { grantedOrigins, runsOn } from '../shared/sites';
import { addSite, removeSite } from './sites';

interface TabReport {
  mentions: number;
  corrections: number;
  entities: string[];
  error?: string;
  reason?: string;
}

export default defineBackground(() => {
  let kbPromise: Promise<KbIndex> | undefined;
  const kb = () => (kbPromise ??= loadCompiledKb());
  const host = createHost(kb);
  let cache: BlockCache | undefined;
  const getCache = async () => (cache ??= new BlockCache((await kb()).kb.version));
  const reports = new Map<number, TabReport>();
  // settings are read once and kept current, so a page's first request does not wait on storage
  let settingsPromise: Promise<Settings> | undefined;
  const settings = () => (settingsPromise ??= loadSettings());
  // the settings just written, before the storage event that would also bring them
  const keepSettings = (s: Settings) => {
    settingsPromise = Promise.resolve(s);
  };
  watchSettings(keepSettings);
  let lastError: string | undefined;

  async function handle(msg: BackgroundRequestT, sender: Browser.runtime.MessageSender): Promise<unknown> {
    switch (msg.type) {
      case 'hello':
        // a new page in the tab: what the popup knew of the last one no longer holds
        if (sender.tab?.id !== undefined && sender.frameId === 0) reports.delete(sender.tab.id);
        return { ok: true, settings: await settings() };
      case 'card': {
        const data = cardData(await kb(), msg);
        return data ? { ok: true, version: (await kb()).kb.version, ...data } : { ok: false, error: 'unknown id' };
      }
      case 'settings': {
        // asked right after a change: read storage itself rather than race our own listener
        settingsPromise = loadSettings();
        return { ok: true, settings: await settingsPromise };
      }
      case 'annotate': {
        // a page whose content script started before its settings arrived: no work
        // (and no dictionary) for a site the reader turned off
        if (sender.tab && sender.url && !runsOn(await settings(), sender.url)) return { ok: false, error: 'off on this site' };
        try {
          const answer = await annotatePage(msg.blocks, msg.published, await kb(), host, await getCache());
          lastError = undefined;
          return answer;
        } catch (e) {
          lastError = e instanceof Error ? e.message : String(e);
          return { ok: false, error: lastError };
        }
      }
      case 'page-report': {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) reports.set(tabId, { mentions: msg.mentions, corrections: msg.corrections, entities: msg.entities, ...(msg.error ? { error: msg.error } : {}), ...(msg.reason ? { reason: msg.reason } : {}) });
        return { ok: true };
      }
      case 'status': {
        const k = await kb();
        return {
          ok: true,
          version: k.kb.version,
          date: k.kb.date,
          entities: k.kb.entities.length,
          claims: k.kb.claims.length,
          host: (await host.stats().catch(() => undefined)) ?? null,
          lastError: lastError ?? null,
          cacheDisabled: cache?.disabled ?? null,
          page: msg.tabId !== undefined ? (reports.get(msg.tabId) ?? null) : null,
        };
      }
      case 'offscreen-idle':
        await host.close();
        return { ok: true };
      case 'site-added':
        await addSite(msg.origin, msg.tabId, keepSettings);
        return { ok: true };
      case 'site-removed':
        await removeSite(msg.origin);
        return { ok: true };
      case 'cache': {
        const c = await getCache();
        if (msg.action === 'clear') await c.clear();
        return { ok: true, ...(await c.stats()) };
      }
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    // only this extension's own contexts; web pages cannot reach runtime messaging
    if (sender.id !== browser.runtime.id) return false;
    if ((raw as { target?: unknown } | null)?.target === 'offscreen') return false;
    const parsed = BackgroundRequest.safeParse(raw);
    if (!parsed.success) {
      sendResponse({ ok: false, error: 'malformed message' });
      return false;
    }
    handle(parsed.data, sender).then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: String(e) }));
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => reports.delete(tabId));

  // A site granted from the popup is set up here, not by the popup: the browser's
  // permission prompt takes the focus, which closes the popup before its request returns.
  // (permissions.onAdded is missing in some Firefox for Android versions: optional there)
  browser.permissions.onAdded?.addListener((p) => {
    for (const origin of grantedOrigins(p.origins)) void addSite(origin, undefined, keepSettings).catch(() => {});
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    const direction = command === 'next-annotation' ? 1 : command === 'prev-annotation' ? -1 : 0;
    const tabId = tab?.id;
    if (!direction || tabId === undefined) return;
    void browser.tabs.sendMessage(tabId, { type: 'navigate', direction }).catch(() => {});
  });
});
