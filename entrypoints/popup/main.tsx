import { render } from 'preact';
import { browserT } from '../../components/i18n';
import { PopupContainer } from '../../components/popup/PopupContainer';
import '../../components/ui.css';
import { loadSettings, updateSettings } from '../shared/settings-store';

const t = browserT((k, s) => browser.i18n.getMessage(k as never, s));
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('popupTitle');
// ?tab=ID: the popup opened as a page (tests, or the options page) names its tab
const forced = Number(new URLSearchParams(location.search).get('tab'));

render(
  <PopupContainer
    t={t}
    loadSettings={loadSettings}
    updateSettings={updateSettings}
    targetTab={async () => {
      const tab = forced ? await browser.tabs.get(forced) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      return tab?.id !== undefined ? { id: tab.id, ...(tab.url ? { url: tab.url } : {}) } : undefined;
    }}
    askTab={(tabId, msg) => browser.tabs.sendMessage(tabId, msg)}
    status={(tabId) => browser.runtime.sendMessage({ type: 'status', tabId })}
    requestSite={(origin) => browser.permissions.request({ origins: [`${origin}/*`] })}
    siteAdded={async (origin, tabId) => {
      await browser.runtime.sendMessage({ type: 'site-added', origin, tabId });
    }}
    openOptions={() => void browser.runtime.openOptionsPage()}
  />,
  document.getElementById('app')!,
);
