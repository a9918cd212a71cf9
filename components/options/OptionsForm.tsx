/** The options page, presentational: settings in, changes out. Tested alone. */
import { MARK_KINDS } from '../../lib/kb/vocabulary';
import type { Settings } from '../../entrypoints/shared/settings';
import { CARD_SIZES, THEMES, UNDERLINES } from '../../entrypoints/shared/settings-model';
import { MAX_HOVER_DELAY_MS } from '../../entrypoints/shared/timing';
import { categoryLabel, type T } from '../i18n';

export interface OptionsInfo {
  defaultSites: string[];
  cache?: { entries: number; bytes: number; disabled?: string } | undefined;
  data?: { version: string; date: string; entities: number; claims: number } | undefined;
  language: string;
  message?: string | undefined;
}

export interface OptionsProps {
  settings: Settings;
  info: OptionsInfo;
  t: T;
  onChange: (next: Settings) => void;
  onRemoveSite: (host: string) => void;
  onClearCache: () => void;
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const UNDERLINE_CHOICES = UNDERLINES.map((u) => [u, `optUnderline${cap(u)}`] as const);
const THEME_CHOICES = THEMES.map((v) => [v, `optTheme${cap(v)}`] as const);
const SIZE_CHOICES = CARD_SIZES.map((v) => [v, `optSize${cap(v)}`] as const);

const TAP_MODES = [
  ['auto', 'optTapAuto'],
  ['on', 'optTapOn'],
  ['off', 'optTapOff'],
] as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function OptionsForm({ settings: s, info, t, onChange, onRemoveSite, onClearCache }: OptionsProps) {
  const set = <K extends keyof Settings>(k: K, v: Settings[K]) => onChange({ ...s, [k]: v });
  return (
    <main class="options">
      <h1>{t('optTitle')}</h1>
      <p role="status" aria-live="polite" class="muted">
        {info.message ?? ''}
      </p>

      <fieldset>
        <legend>{t('optCategories')}</legend>
        {MARK_KINDS.map((c) => (
          <label class="switch" key={c}>
            <input
              type="checkbox"
              name={`category-${c}`}
              checked={s.categories[c]}
              onChange={(e) => set('categories', { ...s.categories, [c]: (e.target as HTMLInputElement).checked })}
            />
            {categoryLabel(t, c)}
          </label>
        ))}
        <label class="switch">
          <input type="checkbox" name="mark-every" checked={s.markEvery} onChange={(e) => set('markEvery', (e.target as HTMLInputElement).checked)} />
          {t('optMarkEvery')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optAppearance')}</legend>
        <div class="row">
          <label for="underline">{t('optUnderline')}</label>
          <select id="underline" value={s.underline} onChange={(e) => set('underline', (e.target as HTMLSelectElement).value as Settings['underline'])}>
            {UNDERLINE_CHOICES.map(([v, k]) => (
              <option key={v} value={v}>
                {t(k)}
              </option>
            ))}
          </select>
        </div>
        <div class="colors">
          {MARK_KINDS.map((c) => (
            <label key={c} class="row">
              <input
                type="color"
                name={`color-${c}`}
                value={s.colors[c]}
                onChange={(e) => set('colors', { ...s.colors, [c]: (e.target as HTMLInputElement).value })}
              />
              {t('optColor', [categoryLabel(t, c)])}
            </label>
          ))}
        </div>
        <div class="row" role="radiogroup" aria-label={t('optTheme')}>
          <span>{t('optTheme')}</span>
          {THEME_CHOICES.map(([v, k]) => (
            <label key={v}>
              <input type="radio" name="theme" value={v} checked={s.theme === v} onChange={() => set('theme', v)} /> {t(k)}
            </label>
          ))}
        </div>
        <div class="row">
          <label for="hover-delay">{t('optHoverDelay')}</label>
          <input
            id="hover-delay"
            type="number"
            min={0}
            max={MAX_HOVER_DELAY_MS}
            step={50}
            value={s.hoverDelayMs}
            onChange={(e) => {
              const v = Number((e.target as HTMLInputElement).value);
              if (Number.isInteger(v) && v >= 0 && v <= MAX_HOVER_DELAY_MS) set('hoverDelayMs', v);
            }}
          />
        </div>
        <div class="row">
          <label for="card-size">{t('optCardSize')}</label>
          <select id="card-size" value={s.cardSize} onChange={(e) => set('cardSize', (e.target as HTMLSelectElement).value as Settings['cardSize'])}>
            {SIZE_CHOICES.map(([v, k]) => (
              <option key={v} value={v}>
                {t(k)}
              </option>
            ))}
          </select>
        </div>
        <div class="row">
          <label for="tap-to-open">{t('optTapToOpen')}</label>
          <select id="tap-to-open" value={s.tapToOpen} onChange={(e) => set('tapToOpen', (e.target as HTMLSelectElement).value as Settings['tapToOpen'])}>
            {TAP_MODES.map(([v, k]) => (
              <option key={v} value={v}>
                {t(k)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('optSites')}</legend>
        <h2>{t('optAddedSites')}</h2>
        <SiteList hosts={s.addedSites} t={t} label={(h) => t('optRemove', [h])} onRemove={onRemoveSite} />
        <h2>{t('optDisabledSites')}</h2>
        <SiteList
          hosts={s.disabledSites}
          t={t}
          label={(h) => t('optTurnOn', [h])}
          onRemove={(h) =>
            set(
              'disabledSites',
              s.disabledSites.filter((x) => x !== h),
            )
          }
        />
        <details>
          <summary>{t('optDefaultSites')}</summary>
          <ul>
            {info.defaultSites.map((h) => (
              <li key={h} class="host">
                {h}
              </li>
            ))}
          </ul>
        </details>
      </fieldset>

      <fieldset>
        <legend>{t('optCache')}</legend>
        <p>
          {t('optCacheEntries')}: <output name="cache-entries">{info.cache?.entries ?? '…'}</output> · {t('optCacheSize')}:{' '}
          {info.cache ? kb(info.cache.bytes) : '…'}
          {info.cache?.disabled ? <span class="error"> ({info.cache.disabled})</span> : null}
        </p>
        <button type="button" onClick={onClearCache}>
          {t('optCacheClear')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('optData')}</legend>
        <p>
          {t('optDataVersion')}: <span class="host">{info.data?.version ?? '…'}</span> · {t('optDataDate')}: {info.data?.date ?? '…'}
          <br />
          {info.data ? `${t('optDataEntities', [String(info.data.entities)])} · ${t('optDataClaims', [String(info.data.claims)])}` : ''}
        </p>
      </fieldset>

      <fieldset>
        <legend>{t('optLanguage')}</legend>
        <p>{t('optLanguageNote', [info.language])}</p>
      </fieldset>
    </main>
  );
}

function SiteList({ hosts, t, label, onRemove }: { hosts: string[]; t: T; label: (h: string) => string; onRemove: (h: string) => void }) {
  if (!hosts.length) return <p class="muted">{t('optNone')}</p>;
  return (
    <ul>
      {hosts.map((h) => (
        <li key={h}>
          <span class="host">{h}</span>{' '}
          <button type="button" aria-label={label(h)} onClick={() => onRemove(h)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
