import { render } from 'preact';
import { browserT } from '../../components/i18n';
import { OptionsContainer } from '../../components/options/OptionsContainer';
import '../../components/ui.css';
import { NEWS_SITES } from '../shared/sites';
import { loadSettings, saveSettings, watchSettings } from '../shared/settings-store';

const t = browserT((k, s) => browser.i18n.getMessage(k as never, s));
const lang = browser.i18n.getUILanguage();
document.documentElement.lang = lang;
document.title = t('optTitle');

render(
  <OptionsContainer
    t={t}
    loadSettings={loadSettings}
    saveSettings={saveSettings}
    watchSettings={watchSettings}
    background={(msg) => browser.runtime.sendMessage(msg)}
    defaultSites={NEWS_SITES.map((p) => new URL(p.replace('/*', '/')).host)}
    language={lang.startsWith('ja') ? '日本語' : 'English'}
  />,
  document.getElementById('app')!,
);
