/**
 * The background: routes validated messages from the contexts allowed to send them
 * (./router.ts, lib/senders.ts), owns the block cache (extension origin)
 * and the tokenizer host, and pushes each tab its view of the settings.
 */
import type { Settings } from '../shared/settings';
import { loadSettings, watchSettings } from '../shared/settings-store';
import { loadCardsKb, loadMatchKb } from '../shared/ext-url';
import type { PageReportT, RequestOf, SendToTab, ToContent } from '../shared/protocol';
import { annotatePage, cardData, nothingFound } from './annotate-page';
import { OVER_BUDGET, OverBudget, TabBudget } from './budget';
import { BlockCache } from './cache';
import { FairHost } from './fair-host';
import { KbHalves } from './kb-store';
import { createHost, type HostProbe } from './host';
import { createRouter } from './router';
import { pageCheck, scanBlocks } from './page-check';
import prefilterData from 'virtual:chushaku-prefilter';
import { grantedOrigins } from '../shared/sites';
import { addSite, removeSite } from './sites';
import { TabRegistry } from './tab-registry';
import { tabSettings } from './tab-settings';

export default defineBackground(() => {
  // a page's first answer needs only the matching half; cards and update notes wait for the other (./kb-store.ts).
  // On Chrome the tokenizer runs in this thread too (./host.ts), and reads the matching half
  // for its matcher: whichever of the two reads it first, the other takes that parse (a cold
  // start parsed kb-match.json twice, on the thread the dictionary's load needs). Each lets
  // go of it on its own release; the object goes when neither holds it.
  const kb = new KbHalves(() => host.heldMatch?.() ?? loadMatchKb(), loadCardsKb);
  let cache: BlockCache | undefined;
  const getCache = async () => (cache ??= new BlockCache((await kb.matching()).kb.version));
  // Release policy: when the tokenizer has gone idle (DICTIONARY_IDLE_MS without a request,
  // lib/service.ts) and closed, the background lets go of what it holds for annotating too:
  // its parsed dataset (reloaded in ~20 ms for the next card or page) and the in-memory
  // block cache (IndexedDB keeps the results). All of them share one process on Chrome.
  const releaseHeld = () => {
    kb.release();
    cache?.forgetMemory();
  };
  const host = createHost(releaseHeld, () => kb.heldMatch());
  // The release after DICTIONARY_IDLE_MS, on demand, and the host's figures: for the bench
  // and the e2e suite, which reach the service worker's global over DevTools (no page, no
  // content script and no other extension can: it is not a message)
  (globalThis as unknown as { chushakuHost: HostProbe }).chushakuHost = {
    releaseAsIdle: async () => {
      await host.close();
      releaseHeld();
    },
    stats: () => host.stats(),
    datasetHeld: () => kb.held,
  };
  const reports = new Map<number, PageReportT>();
  const budget = new TabBudget();
  const turns = new FairHost(host, {
    spent: (tabId, chars, ms) => budget.record(tabId, chars, ms),
    mayRun: (tabId) => budget.hasTime(tabId),
  });
  // settings are read once and kept current, so a page's first request does not wait on storage
  let settingsPromise: Promise<Settings> | undefined;
  const settings = () => (settingsPromise ??= loadSettings());
  const sendToTab: SendToTab = (tabId, msg) => browser.tabs.sendMessage(tabId, msg);
  // the settings just written, before the storage event that would also bring them
  const keepSettings = (s: Settings) => {
    settingsPromise = Promise.resolve(s);
  };
  // each tab our script runs in gets its own view of a change (on/off for its page, appearance)
  const tabs = new TabRegistry();
  watchSettings((s) => {
    keepSettings(s);
    void tabs.entries().then((all) => {
      for (const [tabId, url] of all) {
        const push: RequestOf<ToContent> = { type: 'settings', settings: tabSettings(s, url) };
        // a tab that went elsewhere (no script of ours answers) is forgotten
        void sendToTab(tabId, push).catch(() => tabs.remove(tabId));
      }
    });
  });
  let lastError: string | undefined;
  /** annotate requests being served: a speculative load is undone only when none is */
  let annotating = 0;

  /**
   * A dictionary load a request started ahead (warm) that no request has needed yet. A page
   * answered before the cards half was read asks again (`complete`) while its first request
   * may still be winding down, so the undo below is the last request's, not the warming one's.
   */
  let speculative = false;
  /** A load started for nothing (every block was cached) is closed again, unless another request is under way. */
  const undoWarm = async (warming: Promise<boolean>) => {
    await warming;
    if (!speculative || annotating > 0) return;
    speculative = false;
    await host.close().catch(() => {});
  };

  // a page's first look, and the reader's blocks: may they name something? (./page-check.ts)
  const check = pageCheck(() => prefilterData);

  const route = createRouter(
    {
      hello: async (msg, sender) => {
        // a new page in the tab: what the popup knew of the last one no longer holds
        // (its tokenizer budget stays: reloading must not refill it)
        reports.delete(sender.tab!.id!);
        await tabs.set(sender.tab!.id!, sender.url!);
        const view = tabSettings(await settings(), sender.url);
        // No dictionary load starts here, though the text may name something: started at the
        // hello, the load shared the machine's cores with the page's own first layout, which
        // then took 536 ms instead of 347 in a fresh browser (2 cores, medians of 6 each,
        // alternated, 2026-12-02), for first marks 57 ms sooner. It starts with the reader's
        // first request, which comes right after that layout (annotate, below).
        const candidates = view.on && check.page(msg.text);
        return { ok: true, settings: view, candidates };
      },
      card: async (msg) => {
        // a card asked for before the cards half is read waits for it: never an empty card
        const full = await kb.full();
        const data = cardData(full, msg);
        return data ? { ok: true, version: full.kb.version, ...data } : { ok: false, error: 'unknown id' };
      },
      annotate: async (msg, sender) => {
        const receivedAt = performance.now();
        // a page whose content script started before its settings arrived: no work
        // (and no dictionary) for a site the reader turned off
        if (!tabSettings(await settings(), sender.url).on) return { ok: false, error: 'off on this site' };
        const tabId = sender.tab!.id!;
        void tabs.set(tabId, sender.url!);
        // only the blocks that may name something go on (./page-check.ts)
        const blocks = scanBlocks(check, budget, tabId, msg.blocks);
        if (!blocks) return { ok: false, error: OVER_BUDGET };
        // none (a page whose names are only outside its article): answered without the
        // dataset, the cache or the tokenizer, none of which is read for it
        if (!blocks.length) return nothingFound();
        // the dictionary starts loading while the dataset and the cache are read (a cold
        // start's largest phases, in series before); undone below if the cache had it all
        const warming = host.warm();
        let warmMs: number | undefined;
        void warming.then((started) => {
          if (!started) return;
          speculative = true;
          warmMs = performance.now() - receivedAt;
        });
        annotating++;
        try {
          const tabTurns = { annotate: (texts: string[]) => turns.annotate(tabId, texts) };
          const [k, c] = await Promise.all([kb.matching(), getCache()]);
          const full = msg.complete ? await kb.full() : undefined;
          const readyMs = performance.now() - receivedAt;
          const answer = await annotatePage(blocks, msg.published, k, () => full ?? kb.fullNow(), tabTurns, c, {
            charge: (chars) => budget.take(tabId, chars),
            // a private window's text is never written to disk
            persist: !sender.tab?.incognito,
          });
          // the cards half is read once this answer is given: its decode takes the service
          // worker's thread and a core, which the dictionary's load needs too (npm run bench,
          // cold phases); only a `complete` request waits for it
          void kb.full().catch(() => {});
          if (answer.timings) Object.assign(answer.timings, { readyMs, totalMs: performance.now() - receivedAt, ...(warmMs !== undefined ? { warmMs } : {}) });
          lastError = undefined;
          if (answer.cached === blocks.length) void undoWarm(warming);
          else speculative = false;
          return answer;
        } catch (e) {
          if (e instanceof OverBudget) {
            void undoWarm(warming);
            return { ok: false, error: OVER_BUDGET };
          }
          lastError = e instanceof Error ? e.message : String(e);
          return { ok: false, error: lastError };
        } finally {
          annotating--;
        }
      },
      'page-report': async (msg, sender) => {
        const { type: _t, ...report } = msg;
        reports.set(sender.tab!.id!, report);
        return { ok: true };
      },
      status: async (msg) => {
        const k = await kb.matching();
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
          usage: msg.tabId !== undefined ? (budget.usage.get(msg.tabId) ?? null) : null,
        };
      },
      'site-added': async (msg) => {
        await addSite(msg.origin, msg.tabId, keepSettings);
        return { ok: true };
      },
      'site-removed': async (msg) => {
        await removeSite(msg.origin);
        return { ok: true };
      },
      cache: async (msg) => {
        const c = await getCache();
        if (msg.action === 'clear') await c.clear();
        return { ok: true, ...(await c.stats()) };
      },
    },
    { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') },
  );

  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    // only this extension's own contexts, each for its own messages (./router.ts)
    const reply = route(raw, sender);
    if (!reply) return false;
    void reply.then(sendResponse);
    return true;
  });

  // storage.session (unused today) stays closed to content scripts, as it is by default
  void browser.storage.session?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => {});

  browser.tabs.onRemoved.addListener((tabId) => {
    reports.delete(tabId);
    budget.forget(tabId);
    turns.forget(tabId);
    void tabs.remove(tabId);
  });

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
    void sendToTab(tabId, { type: 'navigate', direction }).catch(() => {});
  });
});
