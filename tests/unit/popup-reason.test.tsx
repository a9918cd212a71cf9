// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { PopupView, type PopupState } from '../../components/popup/PopupView';

const t = (k: string) => k;
const noop = () => {};
const base: PopupState = { enabled: true, host: 'www.asahi.com', allowed: true, siteOn: true, items: [] };

function mount(state: PopupState): HTMLElement {
  const root = document.createElement('div');
  render(<PopupView state={state} t={t} onToggleEnabled={noop} onToggleSite={noop} onAllowSite={noop} onOpenItem={noop} onOpenOptions={noop} />, root);
  return root;
}

describe('popup: a page that is not an article', () => {
  it('says why nothing is annotated', () => {
    expect(mount({ ...base, reason: 'not-article' }).textContent).toContain('popupNotArticle');
  });

  it('says nothing of the kind on an article page', () => {
    expect(mount({ ...base, reason: null }).textContent).not.toContain('popupNotArticle');
  });
});
