// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupActions, type PopupState } from '../../components/popup/PopupView';

const t = (k: string, subs?: string[]) => (subs?.length ? `${k}(${subs.join(',')})` : k);
const hostile = '<img src=x onerror="window.__pwned=1">';

function mount(state: Partial<PopupState>, actions: Partial<PopupActions> = {}) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const a: PopupActions = { onToggleEnabled: vi.fn(), onToggleSite: vi.fn(), onAllowSite: vi.fn(), onOpenItem: vi.fn(), onOpenOptions: vi.fn(), ...actions };
  render(<PopupView t={t} state={{ enabled: true, host: 'www.asahi.com', allowed: true, siteOn: true, items: [], ...state }} {...a} />, root);
  return { root, a };
}

afterEach(() => document.body.replaceChildren());

describe('PopupView', () => {
  it('lists corrections first, then incidents, organisations, … each group once', () => {
    const { root } = mount({
      items: [
        { id: 1, category: 'organization', text: 'LINE', name: 'LINE' },
        { id: 2, category: 'correction', text: '存在しない', name: '個人情報保護法はない' },
        { id: 3, category: 'incident', text: '中国からのアクセス', name: '中国委託先問題' },
        { id: 4, category: 'organization', text: 'ネイバー', name: 'NAVER' },
      ],
    });
    const summaries = [...root.querySelectorAll('summary')].map((s) => s.textContent);
    expect(summaries).toEqual(['catCorrection (1)', 'catIncident (1)', 'catOrganization (2)']);
    // an item whose page text differs from its name shows both
    expect(root.textContent).toContain('NAVER — ネイバー');
  });

  it('renders page and dataset strings as text, never as markup', () => {
    const { root } = mount({ items: [{ id: 1, category: 'person', text: hostile, name: hostile }], error: hostile });
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(hostile);
  });

  it('sends the reader’s actions out as callbacks', () => {
    const { root, a } = mount({ items: [{ id: 7, category: 'law', text: '個人情報保護法', name: '個人情報保護法' }] });
    const boxes = root.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    boxes[0]!.checked = false;
    boxes[0]!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(a.onToggleEnabled).toHaveBeenCalledWith(false);
    boxes[1]!.checked = false;
    boxes[1]!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(a.onToggleSite).toHaveBeenCalledWith(false);
    root.querySelector<HTMLButtonElement>('button.item')!.click();
    expect(a.onOpenItem).toHaveBeenCalledWith(7);
  });

  it('offers "use on this site" where the extension may not run yet, and nothing where it cannot', () => {
    const { root, a } = mount({ allowed: false, host: 'example.jp' });
    const allow = [...root.querySelectorAll('button')].find((b) => b.textContent === 'popupAllowSite')!;
    allow.click();
    expect(a.onAllowSite).toHaveBeenCalledOnce();
    const none = mount({ host: undefined, allowed: false }).root;
    expect(none.textContent).toContain('popupNotAvailable');
    expect([...none.querySelectorAll('button')].some((b) => b.textContent === 'popupAllowSite')).toBe(false);
  });

  it('disables the site switch while annotation is off everywhere, and says when the dictionary is loading', () => {
    const { root } = mount({ enabled: false, tokenizer: { loaded: false, loading: true, loads: 1 } });
    expect(root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')[1]!.disabled).toBe(true);
    expect(root.textContent).toContain('popupLoading');
  });
});
