/** The popup, presentational: everything comes in as props, every action goes out as a callback. */
import { FOUND_LIST_ORDER } from '../../lib/kb/vocabulary';
import { categoryLabel, type T } from '../i18n';

export interface FoundItem {
  id: number;
  category: string;
  text: string;
  name: string;
}

export interface PopupState {
  enabled: boolean;
  /** the page's host, or undefined where the extension cannot run (browser pages) */
  host?: string;
  /** the extension may run on this host (default list or granted) */
  allowed: boolean;
  siteOn: boolean;
  items: FoundItem[];
  tokenizer?: { loaded: boolean; loading?: boolean; loads: number } | null;
  version?: string;
  date?: string;
  error?: string | null;
  /** why the page is not read (a top or list page): lib/dom/article.ts */
  reason?: string | null;
}

export interface PopupActions {
  onToggleEnabled: (on: boolean) => void;
  onToggleSite: (on: boolean) => void;
  onAllowSite: () => void;
  onOpenItem: (id: number) => void;
  onOpenOptions: () => void;
}

export function PopupView({ state, t, ...a }: { state: PopupState; t: T } & PopupActions) {
  const groups = FOUND_LIST_ORDER.map((c) => ({ c, items: state.items.filter((i) => i.category === c) })).filter((g) => g.items.length);
  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      <label class="switch">
        <input type="checkbox" checked={state.enabled} onChange={(e) => a.onToggleEnabled((e.target as HTMLInputElement).checked)} />
        {t('popupEnabled')}
      </label>
      {state.host === undefined ? (
        <p class="muted">{t('popupNotAvailable')}</p>
      ) : state.allowed ? (
        <label class="switch">
          <input type="checkbox" checked={state.siteOn} disabled={!state.enabled} onChange={(e) => a.onToggleSite((e.target as HTMLInputElement).checked)} />
          {t('popupThisSite')} <span class="host">{state.host}</span>
        </label>
      ) : (
        <p>
          <button type="button" onClick={a.onAllowSite}>
            {t('popupAllowSite')}
          </button>{' '}
          <span class="host">{state.host}</span>
          <br />
          <small class="muted">{t('popupAllowHint')}</small>
        </p>
      )}
      {state.error ? (
        <p role="alert" class="error">
          {t('popupError', [state.error])}
        </p>
      ) : null}
      {state.reason === 'not-article' ? <p class="muted">{t('popupNotArticle')}</p> : null}
      <section aria-labelledby="found">
        <h2 id="found">
          {t('popupFound')} ({state.items.length})
        </h2>
        {groups.length === 0 ? <p class="muted">{t('popupNothing')}</p> : null}
        {groups.map((g) => (
          <details key={g.c} open={g.c === 'correction' || groups.length <= 3}>
            <summary>
              {categoryLabel(t, g.c)} ({g.items.length})
            </summary>
            <ul>
              {g.items.map((i) => (
                <li key={i.id}>
                  <button type="button" class="item" onClick={() => a.onOpenItem(i.id)}>
                    {i.name}
                    {i.name !== i.text ? <span class="muted"> — {i.text}</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </section>
      <footer>
        <p class="muted">
          {t('popupTokenizer')}: {state.tokenizer?.loaded ? t('popupLoaded') : state.tokenizer?.loading ? t('popupLoading') : t('popupNotLoaded')}
          {state.tokenizer ? ` (${t('popupLoadCount')} ${state.tokenizer.loads})` : ''}
          <br />
          {t('optDataVersion')}: {state.version ?? '…'} {state.date ? `(${state.date})` : ''}
        </p>
        <button type="button" onClick={a.onOpenOptions}>
          {t('popupOptions')}
        </button>
      </footer>
    </main>
  );
}
