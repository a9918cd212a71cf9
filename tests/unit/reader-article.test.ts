// @vitest-environment happy-dom
/**
 * The reader with a fake `send` and fake marks: it reads only the article, reports a
 * page that is not one, and starts afresh after client-side navigation.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageReader } from '../../entrypoints/reader/reader';
import type { Marks, PageAnswer, Send } from '../../entrypoints/reader/handoff';
import { defaults } from '../../entrypoints/shared/settings-model';

function setup(html: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.title = parsed.title;
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  const sent: Record<string, unknown>[] = [];
  const asked: string[][] = [];
  const send = vi.fn(async (msg: unknown) => {
    const m = msg as { type: string; blocks?: { text: string }[] };
    sent.push(m);
    if (m.type === 'annotate') {
      asked.push(m.blocks!.map((b) => b.text));
      return { ok: true, version: 'v', annotations: { mentions: [], corrections: [] }, names: {} } as unknown as PageAnswer;
    }
    return { ok: true };
  });
  const applied: number[] = [];
  const marks: Marks = {
    apply: (answer) => {
      applied.push(answer ? 1 : 0);
      return { mentions: 0, corrections: 0, entities: [] };
    },
    applySettings: () => {},
    count: 0,
    summary: () => [],
    navigate: () => {},
    focusMark: () => {},
    dispose: () => {},
  };
  const reader = new PageReader(document, send as unknown as Send, Promise.resolve({ ...defaults(), on: true }), () => marks);
  return { reader, sent, asked, applied };
}

describe('PageReader and the article', () => {
  beforeEach(() => {
    // the reader checks for the Highlight API before it asks (the fake marks need none)
    vi.stubGlobal('Highlight', class {});
    vi.stubGlobal('CSS', { highlights: new Map() });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks only about the article: nothing from the menu, rankings or tag list', async () => {
    const { reader, asked } = setup(`<head><title>総務省が発表</title></head><body><nav><a href="/">LINE</a> <a href="/">金融庁</a></nav>
      <article><h1>総務省が発表</h1><p>総務省は調査結果を公表した。</p><ul><li><a href="/t">LINE</a></li><li><a href="/t">金融庁</a></li></ul></article>
      <aside><ol><li><a href="/r">金融庁の記事</a></li></ol></aside></body>`);
    await reader.start();
    reader.dispose();
    expect(asked.flat().join('\n')).toContain('総務省は調査結果を公表した。');
    expect(asked.flat().join('\n')).not.toMatch(/LINE|金融庁/);
  });

  it('a page that is not an article is not read, and the report says why', async () => {
    const teasers = Array.from({ length: 6 }, (_, i) => `<article><h2><a href="/${i}">LINEと総務省 ${i}</a></h2></article>`).join('');
    const { reader, sent, asked } = setup(`<body><main>${teasers}</main></body>`);
    await reader.start();
    reader.dispose();
    expect(asked).toEqual([]);
    expect(reader.reason).toBe('not-article');
    expect(sent).toContainEqual(expect.objectContaining({ type: 'page-report', reason: 'not-article' }));
  });

  it('a new address (client-side navigation) reads the new article', async () => {
    const { reader, asked } = setup(`<body><main id="app"><article><h1>x</h1><p>総務省は調査結果を公表した。</p></article></main></body>`);
    await reader.start();
    expect(asked).toHaveLength(1);
    history.pushState({}, '', '/next.html');
    const next = new DOMParser().parseFromString('<article><h1>y</h1><p>金融庁は報告を求めた。</p></article>', 'text/html').body.firstChild!;
    document.getElementById('app')!.replaceChildren(document.importNode(next, true));
    await reader.schedule();
    reader.dispose();
    expect(asked).toHaveLength(2);
    expect(asked[1]!.join('\n')).toContain('金融庁は報告を求めた。');
  });
});
