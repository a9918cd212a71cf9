// @vitest-environment happy-dom
/**
 * PageReader (the content script's reading half) against a fake `send` and fake marks:
 * what it asks the background, what it hands the marks, and what it reports.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageReader } from '../../entrypoints/reader/reader';
import type { Marks, MarksContext, PageAnswer, Send } from '../../entrypoints/reader/handoff';
import { defaults } from '../../entrypoints/shared/settings-model';
import { FIRST_REQUEST_CHARS, MAX_BLOCK_CHARS, MAX_REQUEST_CHARS } from '../../entrypoints/shared/limits';

interface Sent {
  type: string;
  blocks?: { start: number; text: string }[];
  error?: string;
  mentions?: number;
}

function fakeMarks() {
  const applied: (PageAnswer | undefined)[] = [];
  const marks: Marks = {
    apply: (answer) => {
      applied.push(answer);
      return { mentions: answer?.annotations.mentions.length ?? 0, corrections: 0, entities: answer?.annotations.mentions.map((m) => m.entity) ?? [] };
    },
    applySettings: () => {},
    count: 0,
    summary: () => [],
    navigate: () => {},
    focusMark: () => {},
    dispose: vi.fn(),
  };
  return { marks, applied };
}

function answerFor(blocks: { start: number; text: string }[]): PageAnswer {
  const mentions = blocks.flatMap((b) => {
    const i = b.text.indexOf('総務省');
    return i < 0 ? [] : [{ start: b.start + i, end: b.start + i + 3, entity: 'gov-mic', category: 'government', text: '総務省' }];
  });
  return { ok: true, version: 'v', names: { 'gov-mic': { ja: '総務省' } }, annotations: { mentions, corrections: [], later: {} } } as unknown as PageAnswer;
}

function setup(html: string, reply: (m: Sent) => unknown = (m) => (m.type === 'annotate' ? answerFor(m.blocks!) : { ok: true })) {
  document.body.replaceChildren(document.adoptNode(new DOMParser().parseFromString(`<article>${html}</article>`, 'text/html').body.firstElementChild!));
  const sent: Sent[] = [];
  const send = vi.fn(async (m: unknown) => {
    sent.push(m as Sent);
    return reply(m as Sent);
  });
  const { marks, applied } = fakeMarks();
  const created: MarksContext[] = [];
  const reader = new PageReader(document, send as unknown as Send, Promise.resolve({ ...defaults(), on: true }), (ctx) => {
    created.push(ctx);
    return marks;
  });
  return { reader, sent, applied, created, marks };
}

beforeEach(() => {
  // the Highlight API, which happy-dom lacks: the reader only checks that it exists
  vi.stubGlobal('Highlight', class {});
  vi.stubGlobal('CSS', { highlights: new Map() });
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('PageReader', () => {
  it("sends the article's blocks and builds no marks when the answer names nothing", async () => {
    const { reader, sent, created } = setup('<p>今日は晴れ。</p><p>明日は雨の見込み。</p>');
    await reader.start();
    expect(sent.filter((m) => m.type === 'annotate').map((m) => m.blocks!.map((x) => x.text))).toEqual([['今日は晴れ。', '明日は雨の見込み。']]);
    expect(created).toHaveLength(0);
    expect(reader.runs).toBe(1);
    expect(sent.at(-1)).toMatchObject({ type: 'page-report', mentions: 0 });
    reader.dispose();
  });

  it("does not look at the page in the task that made it (that task is the starter's, handling the hello's answer)", async () => {
    const { reader, sent } = setup('<p>総務省が指導した。</p>');
    const looked = vi.spyOn(document, 'URL', 'get');
    const started = reader.start();
    expect(looked).not.toHaveBeenCalled();
    await started;
    expect(looked).toHaveBeenCalled();
    expect(sent.find((m) => m.type === 'annotate')!.blocks!.map((b) => b.text)).toEqual(['総務省が指導した。']);
    looked.mockRestore();
    reader.dispose();
  });

  it('sends every block with its offset (the background keeps those that may name something) and hands the answer to the marks', async () => {
    const { reader, sent, applied } = setup('<h1>見出し</h1><p>天気の話。</p><p>総務省が指導した。</p>');
    await reader.start();
    const ask = sent.find((m) => m.type === 'annotate')!;
    expect(ask.blocks!.map((x) => x.text)).toEqual(['見出し', '天気の話。', '総務省が指導した。']);
    const starts = ask.blocks!.map((x) => x.start);
    expect(starts[0]).toBe(0);
    expect(starts[1]!).toBeGreaterThan(starts[0]!);
    expect(starts[2]!).toBeGreaterThan(starts[1]!);
    const text = document.querySelector('article')!.textContent!;
    expect(applied).toHaveLength(1);
    expect(applied[0]!.annotations.mentions[0]!.entity).toBe('gov-mic');
    expect(sent.at(-1)).toMatchObject({ type: 'page-report', mentions: 1 });
    expect(document.querySelector('article')!.textContent).toBe(text);
    reader.dispose();
  });

  it('marks an answer given before the dataset was whole at once, then shows the update notes the same blocks get once it is', async () => {
    const note = { start: 0, end: 3, text: '総務省', claim: 'update:gov-mic', verdict: 'updated-since', kind: 'figure' };
    const { reader, sent, applied } = setup('<p>総務省が指導した。</p>', (m) => {
      if (m.type !== 'annotate') return { ok: true };
      const a = answerFor(m.blocks!);
      // the background's first answer, from the matching half alone; asked `complete`, the whole
      return (m as { complete?: true }).complete
        ? { ...a, annotations: { ...a.annotations, corrections: [{ ...note, start: m.blocks![0]!.start, end: m.blocks![0]!.start + 3 }] } }
        : { ...a, updatesPending: true };
    });
    await reader.start();
    await reader.updates;
    const asks = sent.filter((m) => m.type === 'annotate') as (Sent & { complete?: true })[];
    expect(asks.map((m) => m.complete)).toEqual([undefined, true]);
    expect(asks[1]!.blocks).toEqual(asks[0]!.blocks);
    expect(applied).toHaveLength(2);
    expect(applied[0]!.annotations.mentions).toHaveLength(1);
    expect(applied[0]!.annotations.corrections).toEqual([]);
    expect(applied[1]!.annotations.corrections.map((c) => c.claim)).toEqual(['update:gov-mic']);
    reader.dispose();
  });

  it('leaves the marks as they are when the whole dataset adds no update note', async () => {
    const { reader, sent, applied } = setup('<p>総務省が指導した。</p>', (m) =>
      m.type !== 'annotate' ? { ok: true } : { ...answerFor(m.blocks!), ...((m as { complete?: true }).complete ? {} : { updatesPending: true }) },
    );
    await reader.start();
    await reader.updates;
    expect(sent.filter((m) => m.type === 'annotate')).toHaveLength(2);
    expect(applied).toHaveLength(1);
    reader.dispose();
  });

  it('does not hold a later pass behind the request for update notes (text shown meanwhile is marked at once)', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    const { reader, sent, applied } = setup('<p>総務省が指導した。</p>', async (m) => {
      if (m.type !== 'annotate') return { ok: true };
      // the whole dataset is slow to come: the `complete` request waits for it
      if ((m as { complete?: true }).complete) await held;
      return { ...answerFor(m.blocks!), updatesPending: true };
    });
    await reader.start();
    // text shown (続きを読む): the next pass is answered and marked while `complete` still waits
    document.querySelector('article')!.append(Object.assign(document.createElement('p'), { textContent: '総務省が再び指導した。' }));
    await reader.schedule();
    expect(applied).toHaveLength(2);
    expect(applied[1]!.annotations.mentions).toHaveLength(2);
    // the first pass's late answer is for text that changed since: it marks nothing
    release();
    await reader.updates;
    expect(sent.filter((m) => m.type === 'annotate' && (m as { complete?: true }).complete).length).toBe(2);
    expect(applied).toHaveLength(2);
    reader.dispose();
  });

  it('asks once when the answer is whole', async () => {
    const { reader, sent, applied } = setup('<p>総務省が指導した。</p>');
    await reader.start();
    expect(sent.filter((m) => m.type === 'annotate')).toHaveLength(1);
    expect(applied).toHaveLength(1);
    reader.dispose();
  });

  it('builds no marks for an answer with nothing to mark (their bundle is loaded only for marks)', async () => {
    const { reader, sent, created } = setup('<p>個人情報保護委員会が勧告した。</p>');
    await reader.start();
    expect(sent.filter((m) => m.type === 'annotate')).toHaveLength(1);
    expect(created).toHaveLength(0);
    expect(sent.at(-1)).toMatchObject({ type: 'page-report', mentions: 0 });
    reader.dispose();
  });

  it('splits a very long article into blocks no longer than a request allows, and sends all of it', async () => {
    const para = '<p>' + '天気の話。'.repeat(400) + '</p>';
    const { reader, sent } = setup(para.repeat(60) + '<p>総務省が指導した。</p>');
    await reader.start();
    expect(document.querySelector('article')!.textContent!.length).toBeGreaterThan(100_000);
    const blocks = sent.filter((m) => m.type === 'annotate').flatMap((m) => m.blocks!);
    expect(Math.max(...blocks.map((x) => x.text.length))).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
    expect(blocks.at(-1)!.text).toBe('総務省が指導した。');
    // the first screen alone, then the whole article in parts within the request bound
    const [first, ...parts] = sent.filter((m) => m.type === 'annotate').map((m) => m.blocks!.reduce((n, x) => n + x.text.length, 0));
    expect(first).toBeLessThanOrEqual(FIRST_REQUEST_CHARS);
    for (const chars of parts) expect(chars).toBeLessThanOrEqual(MAX_REQUEST_CHARS);
    expect(parts.reduce((n, c) => n + c, 0)).toBe(60 * 2_000 + '総務省が指導した。'.length);
    reader.dispose();
  });

  it('reports a failed answer and leaves the page unmarked', async () => {
    const { reader, sent, created } = setup('<p>総務省が指導した。</p>', (m) =>
      m.type === 'annotate' ? { ok: false, error: 'dictionary missing' } : { ok: true },
    );
    await reader.start();
    expect(created).toHaveLength(0);
    expect(reader.error).toBe('dictionary missing');
    expect(sent.at(-1)).toMatchObject({ type: 'page-report', error: 'dictionary missing', mentions: 0 });
    reader.dispose();
  });

  it('reads late content once the page is quiet, and stops when disposed', async () => {
    const { reader, sent, marks } = setup('<p>天気の話。</p>');
    await reader.start();
    const p = document.createElement('p');
    p.textContent = '個人情報保護委員会と総務省が勧告した。';
    document.querySelector('article')!.append(p);
    await vi.waitFor(() => expect(sent.filter((m) => m.type === 'page-report')).toHaveLength(2), { timeout: 3000 });
    expect(sent.filter((m) => m.type === 'annotate').map((m) => m.blocks!.map((x) => x.text))).toEqual([
      ['天気の話。'],
      ['天気の話。', '個人情報保護委員会と総務省が勧告した。'],
    ]);
    reader.dispose();
    expect(marks.dispose).toHaveBeenCalled();
    const q = document.createElement('p');
    q.textContent = '総務省も動いた。';
    document.querySelector('article')!.append(q);
    await new Promise((r) => setTimeout(r, 600));
    expect(sent.filter((m) => m.type === 'annotate')).toHaveLength(2);
  });
});
