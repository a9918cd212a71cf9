/** The options page's container: loads and saves settings, asks the background for cache and data figures. */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../entrypoints/shared/settings';
import type { T } from '../i18n';
import type { PageToBackground, Send } from '../../entrypoints/shared/protocol';
import { OptionsForm, type OptionsInfo } from './OptionsForm';

export interface OptionsDeps {
  t: T;
  loadSettings: () => Promise<Settings>;
  saveSettings: (s: Settings) => Promise<void>;
  watchSettings: (cb: (s: Settings) => void) => () => void;
  background: Send<PageToBackground>;
  defaultSites: string[];
  language: string;
}

type CacheInfo = NonNullable<OptionsInfo['cache']>;

export function OptionsContainer(d: OptionsDeps) {
  const [settings, setSettings] = useState<Settings>();
  const [info, setInfo] = useState<OptionsInfo>({ defaultSites: d.defaultSites, language: d.language });

  const cacheStats = async (action: 'stats' | 'clear'): Promise<CacheInfo | undefined> => {
    const r = await d.background({ type: 'cache', action });
    return r.ok ? { entries: r.entries, bytes: r.bytes, ...(r.disabled ? { disabled: r.disabled } : {}) } : undefined;
  };

  useEffect(() => {
    void d.loadSettings().then(setSettings);
    const unwatch = d.watchSettings(setSettings);
    void (async () => {
      const [cache, status] = await Promise.all([cacheStats('stats').catch(() => undefined), d.background({ type: 'status' }).catch(() => undefined)]);
      const st = status?.ok ? status : undefined;
      setInfo((i) => ({ ...i, cache, ...(st ? { data: { version: st.version, date: st.date, entities: st.entities, claims: st.claims } } : {}) }));
    })();
    return unwatch;
  }, []);

  useEffect(() => {
    if (settings) document.documentElement.dataset.theme = settings.theme;
  }, [settings?.theme]);

  if (!settings) return null;
  return (
    <OptionsForm
      settings={settings}
      info={info}
      t={d.t}
      onChange={async (next) => {
        setSettings(next);
        await d.saveSettings(next);
        setInfo((i) => ({ ...i, message: d.t('optSaved') }));
      }}
      onRemoveSite={async (host) => {
        // a host was granted under one scheme or both: withdraw each
        for (const scheme of ['https', 'http']) await d.background({ type: 'site-removed', origin: `${scheme}://${host}` }).catch(() => undefined);
      }}
      onClearCache={async () => {
        const cache = await cacheStats('clear');
        setInfo((i) => ({ ...i, cache, message: d.t('optCacheCleared') }));
      }}
    />
  );
}
