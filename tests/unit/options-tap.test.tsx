// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { OptionsForm } from '../../components/options/OptionsForm';
import { defaults, parseSettings, toStored, type Settings } from '../../entrypoints/shared/settings';

const t = (k: string) => k;

describe('"open cards on tap" setting', () => {
  it('defaults to auto, and an old stored object without it reads as auto', () => {
    expect(defaults().tapToOpen).toBe('auto');
    const { tapToOpen: _, ...old } = toStored(defaults());
    expect(parseSettings(old).settings.tapToOpen).toBe('auto');
    expect(parseSettings({ ...old, tapToOpen: 'sometimes' })).toMatchObject({ settings: { tapToOpen: 'auto' }, reset: ['tapToOpen'] });
    expect(parseSettings({ ...old, tapToOpen: 'off' }).settings.tapToOpen).toBe('off');
  });

  it('the options page offers auto, on and off, labelled, and saves the choice', () => {
    const changes: Settings[] = [];
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <OptionsForm
        settings={defaults()}
        info={{ defaultSites: [], language: 'ja' }}
        t={t}
        onChange={(s) => changes.push(s)}
        onRemoveSite={() => {}}
        onClearCache={() => {}}
      />,
      root,
    );
    const select = root.querySelector<HTMLSelectElement>('select#tap-to-open')!;
    expect(root.querySelector('label[for="tap-to-open"]')?.textContent).toBe('optTapToOpen');
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['auto', 'optTapAuto'],
      ['on', 'optTapOn'],
      ['off', 'optTapOff'],
    ]);
    expect(select.value).toBe('auto');
    select.value = 'off';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(changes.at(-1)?.tapToOpen).toBe('off');
    expect(changes.at(-1)?.cardSize).toBe(defaults().cardSize);
  });
});
