// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsForm, type OptionsInfo } from '../../components/options/OptionsForm';
import { defaults, type Settings } from '../../entrypoints/shared/settings-model';
import { MAX_HOVER_DELAY_MS } from '../../entrypoints/shared/timing';

const t = (k: string, subs?: string[]) => (subs?.length ? `${k}(${subs.join(',')})` : k);

function mount(settings: Settings, info: Partial<OptionsInfo> = {}) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const onChange = vi.fn<(s: Settings) => void>();
  const onRemoveSite = vi.fn();
  const onClearCache = vi.fn();
  render(
    <OptionsForm
      settings={settings}
      info={{ defaultSites: ['www.asahi.com'], language: 'ja', ...info }}
      t={t}
      onChange={onChange}
      onRemoveSite={onRemoveSite}
      onClearCache={onClearCache}
    />,
    root,
  );
  return { root, onChange, onRemoveSite, onClearCache };
}

const fire = (el: Element, type: string) => el.dispatchEvent(new Event(type, { bubbles: true }));
afterEach(() => document.body.replaceChildren());

describe('OptionsForm', () => {
  it('turns one category off and leaves every other setting as it was', () => {
    const s = defaults();
    const { root, onChange } = mount(s);
    const box = root.querySelector<HTMLInputElement>('input[name=category-law]')!;
    box.checked = false;
    fire(box, 'change');
    const next = onChange.mock.calls[0]![0];
    expect(next.categories.law).toBe(false);
    expect({ ...next, categories: s.categories }).toEqual(s);
  });

  it('takes a hover delay inside the bound and ignores one outside it', () => {
    const { root, onChange } = mount(defaults());
    const input = root.querySelector<HTMLInputElement>('#hover-delay')!;
    expect(Number(input.max)).toBe(MAX_HOVER_DELAY_MS);
    input.value = '400';
    fire(input, 'change');
    input.value = String(MAX_HOVER_DELAY_MS + 1);
    fire(input, 'change');
    input.value = '-5';
    fire(input, 'change');
    expect(onChange.mock.calls.map((c) => c[0].hoverDelayMs)).toEqual([400]);
  });

  it('changes theme and card size to the chosen value', () => {
    const { root, onChange } = mount(defaults());
    const dark = root.querySelector<HTMLInputElement>('input[name=theme][value=dark]')!;
    dark.checked = true;
    fire(dark, 'change');
    const size = root.querySelector<HTMLSelectElement>('#card-size')!;
    size.value = 'large';
    fire(size, 'change');
    expect(onChange.mock.calls.map((c) => [c[0].theme, c[0].cardSize])).toEqual([
      ['dark', 'medium'],
      ['system', 'large'],
    ]);
  });

  it('removes an added site through the page (which drops its permission), and turns a disabled site back on itself', () => {
    const { root, onChange, onRemoveSite } = mount({ ...defaults(), addedSites: ['example.jp'], disabledSites: ['www.asahi.com'] });
    root.querySelector<HTMLButtonElement>('button[aria-label="optRemove(example.jp)"]')!.click();
    expect(onRemoveSite).toHaveBeenCalledWith('example.jp');
    root.querySelector<HTMLButtonElement>('button[aria-label="optTurnOn(www.asahi.com)"]')!.click();
    expect(onChange.mock.calls[0]![0].disabledSites).toEqual([]);
  });

  it('shows the cache figures and why the cache is off, and clears it on request', () => {
    const { root, onClearCache } = mount(defaults(), { cache: { entries: 12, bytes: 2048, disabled: 'quota exceeded' } });
    expect(root.querySelector('output[name=cache-entries]')!.textContent).toBe('12');
    expect(root.textContent).toContain('2.0 KB');
    expect(root.textContent).toContain('quota exceeded');
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'optCacheClear')!.click();
    expect(onClearCache).toHaveBeenCalledOnce();
  });
});
