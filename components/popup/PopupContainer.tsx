/**
 * The popup's container: reads settings, the current tab's page report and the
 * background's status, and turns the view's callbacks into settings changes, a
 * permission request, and messages.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { PopupView, type PopupState } from './PopupView';
import type { T } from '../i18n';
import type { Settings } from '../../entrypoints/shared/settings';
import type { Failure, SendToTab, StatusAnswer } from '../../entrypoints/shared/protocol';

export interface PopupDeps {
  t: T;
  loadSettings: () => Promise<Settings>;
  updateSettings: (change: (s: Settings) => Settings) => Promise<Settings>;
  /** the tab the popup is about */
  targetTab: () => Promise<{ id: number; url?: string } | undefined>;
  /** asks the tab's content script; undefined where none runs */
  askTab: SendToTab;
  status: (tabId: number) => Promise<StatusAnswer | Failure>;
  requestSite: (origin: string) => Promise<boolean>;
  siteAdded: (origin: string, tabId: number) => Promise<void>;
  openOptions: () => void;
}

function originOf(url: string | undefined): { host: string; origin: string } | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? { host: u.host, origin: u.origin } : undefined;
  } catch {
    return undefined;
  }
}

export function PopupContainer(deps: PopupDeps) {
  const [state, setState] = useState<PopupState>({ enabled: true, allowed: false, siteOn: true, items: [] });
  const [tabId, setTabId] = useState<number>();
  const [origin, setOrigin] = useState<string>();

  // a reader's toggle made while a refresh was on its way: that refresh read the settings
  // before the change, and must not put the switch back (the next refresh shows it)
  const changes = useRef(0);
  const refresh = async () => {
    const seen = changes.current;
    const [settings, tab] = await Promise.all([deps.loadSettings(), deps.targetTab()]);
    if (seen !== changes.current) return;
    const base: PopupState = { enabled: settings.enabled, allowed: false, siteOn: true, items: [] };
    if (!tab) return setState(base);
    setTabId(tab.id);
    const [page, answer] = await Promise.all([deps.askTab(tab.id, { type: 'summary' }).catch(() => undefined), deps.status(tab.id).catch(() => undefined)]);
    if (seen !== changes.current) return;
    const status = answer?.ok ? answer : undefined;
    const where = page?.host ? { host: page.host, origin: originOf(tab.url)?.origin } : originOf(tab.url);
    setOrigin(where?.origin);
    setState({
      ...base,
      ...(where ? { host: where.host } : {}),
      allowed: !!page,
      siteOn: where ? !settings.disabledSites.includes(where.host) : true,
      items: page?.items ?? [],
      tokenizer: status?.host ?? null,
      ...(status?.version ? { version: status.version } : {}),
      ...(status?.date ? { date: status.date } : {}),
      error: page?.error ?? status?.page?.error ?? status?.lastError ?? null,
      reason: page?.reason ?? status?.page?.reason ?? null,
    });
  };

  useEffect(() => {
    void refresh();
  }, []);

  return (
    <PopupView
      state={state}
      t={deps.t}
      onToggleEnabled={async (on) => {
        changes.current++;
        setState((s) => ({ ...s, enabled: on }));
        await deps.updateSettings((s) => ({ ...s, enabled: on }));
        setTimeout(refresh, 300);
      }}
      onToggleSite={async (on) => {
        const host = state.host;
        if (!host) return;
        changes.current++;
        setState((s) => ({ ...s, siteOn: on }));
        await deps.updateSettings((s) => ({
          ...s,
          disabledSites: on ? s.disabledSites.filter((h) => h !== host) : [...new Set([...s.disabledSites, host])],
        }));
        setTimeout(refresh, 300);
      }}
      onAllowSite={async () => {
        if (!origin || tabId === undefined) return;
        // must run inside the click: browsers only ask for permissions on a user gesture
        const granted = await deps.requestSite(origin);
        if (!granted) return;
        await deps.siteAdded(origin, tabId);
        setTimeout(refresh, 800);
      }}
      onOpenItem={(id) => {
        if (tabId !== undefined) void deps.askTab(tabId, { type: 'focus-mark', id });
      }}
      onOpenOptions={deps.openOptions}
    />
  );
}
