// @vitest-environment happy-dom
/**
 * The content script's starter (entrypoints/reader/starter.ts) against a fake `send` and a
 * fake reader: what text it sends with its hello, when it loads the reader, when it asks
 * again, and what it tells the popup while no reader runs.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageText, Starter } from '../../entrypoints/reader/starter';
import type { ReaderContext, Reader } from '../../entrypoints/reader/load-reader';
import type { Send } from '../../entrypoints/reader/handoff';
import { newProbes } from '../../entrypoints/reader/probes';
import { defaults } from '../../entrypoints/shared/settings-model';
import type { TabSettings } from '../../entrypoints/shared/protocol';
import { MAX_PAGE_CHECK_CHARS } from '../../entrypoints/shared/limits';
import { MUTATION_DEBOUNCE_MS } from '../../entrypoints/shared/timing';

const ON: TabSettings = { ...defaults(), on: true };
const OFF: TabSettings = { ...defaults(), on: false };
/** the background's prefilter, as far as these pages go */
const mayName = (text: string | undefined) => text === undefined || text.includes('総務省');
/** The background's answer to a hello. */
const hello = (settings: TabSettings, candidates: boolean) => ({ ok: true, settings, candidates });

function body(html: string) {
  document.body.replaceChildren(...[...new DOMParser().parseFromString(html, 'text/html').body.childNodes].map((n) => document.adoptNode(n)));
}

function setup(opts: { settings?: TabSettings; reply?: (m: { type: string; text?: string }) => unknown } = {}) {
  const sent: { type: string; text?: string; mentions?: number }[] = [];
  const send = vi.fn(async (m: { type: string; text?: string }) => {
    sent.push(m);
    if (opts.reply) return opts.reply(m);
    return m.type === 'hello' ? hello(opts.settings ?? ON, (opts.settings ?? ON).on && mayName(m.text)) : { ok: true };
  });
  const made: ReaderContext[] = [];
  const reader = { applySettings: vi.fn(), dispose: vi.fn(), markCount: 3, marker: undefined, runs: 1, error: undefined, reason: undefined, perf: newProbes() };
  const make = vi.fn((ctx: ReaderContext) => {
    made.push(ctx);
    return reader as unknown as Reader;
  });
  const starter = new Starter(document, send as unknown as Send, make, newProbes());
  return { starter, sent, made, reader, make, hellos: () => sent.filter((m) => m.type === 'hello') };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const afterDebounce = () => new Promise((r) => setTimeout(r, MUTATION_DEBOUNCE_MS + 100));

let current: Starter | undefined;
afterEach(() => {
  current?.dispose();
  current = undefined;
  document.body.replaceChildren();
});

describe('pageText', () => {
  it("is the body's text without scripts, style sheets and noscript's markup", () => {
    body(
      '<header>ニュース</header><script>var LINE = "総務省";</script><article><p>晴れ。</p><style>p{}</style><p>曇り。</p></article><noscript><img src="x"></noscript><footer>© 新聞社</footer>',
    );
    expect(pageText(document)).toBe('ニュース晴れ。曇り。© 新聞社');
  });

  it('keeps hidden text (続きを読む shows it later)', () => {
    body('<p>晴れ。</p><div hidden><p>総務省は</p></div>');
    expect(pageText(document)).toContain('総務省');
  });

  it('a script whose text also stands in the page leaves that text in', () => {
    body('<p>総務省</p><script>総務省</script><p>晴れ</p>');
    expect(pageText(document)).toBe('総務省晴れ');
  });

  it('is undefined where the text cannot vouch for the page: ruby readings, or longer than the bound', () => {
    body('<p>出<ruby>澤<rt>ざわ</rt></ruby>社長</p>');
    expect(pageText(document)).toBeUndefined();
    body(`<p>${'晴'.repeat(MAX_PAGE_CHECK_CHARS + 1)}</p>`);
    expect(pageText(document)).toBeUndefined();
    body(`<p>${'晴'.repeat(MAX_PAGE_CHECK_CHARS)}</p><script>${'x'.repeat(100)}</script>`);
    expect(pageText(document)?.length).toBe(MAX_PAGE_CHECK_CHARS);
  });
});

describe('Starter', () => {
  it('a quiet page: one hello with its text, no reader; the popup is told it is active with no marks', async () => {
    body('<article><p>晴れのち曇り。</p></article>');
    const t = setup();
    current = t.starter;
    await t.starter.check();
    expect(t.hellos()).toEqual([{ type: 'hello', text: '晴れのち曇り。' }]);
    expect(t.make).not.toHaveBeenCalled();
    expect(t.starter.status()).toMatchObject({ active: true, marks: 0, runs: 1, error: null, reason: null });
    expect(t.starter.status().perf?.checkedAt).toBeGreaterThan(0);
  });

  it('a page that may name something loads the reader with its settings and the measurements so far', async () => {
    body('<article><p>総務省は発表した。</p></article>');
    const t = setup();
    current = t.starter;
    await t.starter.check();
    await settle();
    expect(t.made).toHaveLength(1);
    expect(t.made[0]!.settings).toEqual(ON);
    expect(t.made[0]!.probes.readerLoadedAt).toBeGreaterThan(0);
    // from now on the reader answers for the page
    expect(t.starter.status()).toMatchObject({ active: true, marks: 3, runs: 1 });
    // and the starter asks nothing more
    body('<article><p>総務省は発表した。金融庁も。</p></article>');
    await afterDebounce();
    expect(t.hellos()).toHaveLength(1);
  });

  it('a page the reader cannot judge by its text (no text sent) loads the reader', async () => {
    body('<p>出<ruby>澤<rt>ざわ</rt></ruby>社長</p>');
    const t = setup();
    current = t.starter;
    await t.starter.check();
    await settle();
    expect(t.hellos()).toEqual([{ type: 'hello' }]);
    expect(t.made).toHaveLength(1);
  });

  it('a quiet page is asked about again when its text changes (late content, a client-side navigation), not when it does not', async () => {
    body('<article><p>晴れ。</p></article>');
    const t = setup();
    current = t.starter;
    await t.starter.check();
    // an attribute, and the same text put back: nothing new to look at
    document.querySelector('p')!.setAttribute('class', 'x');
    document.querySelector('p')!.textContent = '晴れ。';
    await afterDebounce();
    expect(t.hellos()).toHaveLength(1);
    expect(t.make).not.toHaveBeenCalled();
    document.querySelector('article')!.append(Object.assign(document.createElement('p'), { textContent: '総務省は23日、発表した。' }));
    await afterDebounce();
    expect(t.hellos()).toHaveLength(2);
    expect(t.hellos()[1]!.text).toContain('総務省');
    await settle();
    expect(t.made).toHaveLength(1);
  });

  it('text that changes while the background answers is looked at again', async () => {
    body('<article><p>晴れ。</p></article>');
    let answer = () => {};
    const t = setup({
      reply: (m) =>
        new Promise((r) => {
          answer = () => r(m.type === 'hello' ? hello(ON, mayName(m.text)) : { ok: true });
        }),
    });
    current = t.starter;
    const first = t.starter.check();
    document.querySelector('article')!.append(Object.assign(document.createElement('p'), { textContent: '総務省は発表した。' }));
    await settle();
    answer();
    await first;
    expect(t.make).not.toHaveBeenCalled();
    await afterDebounce();
    expect(t.hellos()).toHaveLength(2);
    answer();
    await settle();
    await settle();
    expect(t.made).toHaveLength(1);
  });

  it('off for this site: no reader and no watch; turned on later, it looks and starts the reader', async () => {
    body('<article><p>総務省は発表した。</p></article>');
    let settings = OFF;
    const t = setup({ reply: (m) => (m.type === 'hello' ? hello(settings, settings.on && mayName(m.text)) : { ok: true }) });
    current = t.starter;
    await t.starter.check();
    expect(t.make).not.toHaveBeenCalled();
    expect(t.starter.status().active).toBe(false);
    document.querySelector('article')!.append('更新');
    await afterDebounce();
    expect(t.hellos()).toHaveLength(1);
    settings = ON;
    t.starter.applySettings(ON);
    await settle();
    await settle();
    expect(t.hellos()).toHaveLength(2);
    expect(t.made).toHaveLength(1);
  });

  it('turned off while the reader runs: the reader goes and the page is reported empty; on again, it comes back', async () => {
    body('<article><p>総務省は発表した。</p></article>');
    const t = setup();
    current = t.starter;
    await t.starter.check();
    await settle();
    t.starter.applySettings({ ...ON, underline: 'wavy' });
    expect(t.reader.applySettings).toHaveBeenCalledWith(expect.objectContaining({ underline: 'wavy' }));
    t.starter.applySettings(OFF);
    expect(t.reader.dispose).toHaveBeenCalled();
    expect(t.sent.at(-1)).toEqual({ type: 'page-report', mentions: 0, corrections: 0, entities: [] });
    expect(t.starter.status()).toMatchObject({ active: false, marks: 0 });
    t.starter.applySettings(ON);
    await settle();
    await settle();
    expect(t.made).toHaveLength(2);
  });

  it('no answer from the background: the page stays as it is, the popup says why, and the next change asks again', async () => {
    body('<article><p>晴れ。</p></article>');
    let fail = true;
    const t = setup({ reply: (m) => (fail ? Promise.reject(new Error('gone')) : hello(ON, mayName(m.text))) });
    current = t.starter;
    await t.starter.check();
    expect(t.starter.status().error).toBe('no answer from the extension');
    fail = false;
    document.querySelector('article')!.append('総務省');
    await afterDebounce();
    await settle();
    expect(t.hellos()).toHaveLength(2);
    expect(t.made).toHaveLength(1);
    expect(t.starter.status().error).toBeNull();
  });

  it('disposed (an orphaned script after an extension reload): asks nothing more', async () => {
    body('<article><p>晴れ。</p></article>');
    const t = setup();
    await t.starter.check();
    t.starter.dispose();
    document.querySelector('article')!.append('総務省');
    await afterDebounce();
    expect(t.hellos()).toHaveLength(1);
    expect(t.make).not.toHaveBeenCalled();
  });
});
