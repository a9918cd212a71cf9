// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/dom/extract';
import { buildMarks, inSlices } from '../../entrypoints/reader/build-marks';
import type { PageAnswer } from '../../entrypoints/reader/handoff';

function page(html: string) {
  const root = document.adoptNode(new DOMParser().parseFromString(`<article>${html}</article>`, 'text/html').body.firstElementChild!);
  document.body.replaceChildren(root);
  return { root, ...extractText(root) };
}

const mention = (text: string, at: number, entity: string, category = 'organization') => ({
  start: at,
  end: at + text.length,
  text,
  entity,
  category,
  alias: text,
});

function answer(mentions: ReturnType<typeof mention>[], corrections: PageAnswer['annotations']['corrections'] = []): PageAnswer {
  return { ok: true, version: 'v', annotations: { mentions, corrections }, names: {}, cached: 0 };
}

/** Runs the whole job at once. */
function run<R>(job: Generator<void, R>): R {
  for (;;) {
    const r = job.next();
    if (r.done) return r.value;
  }
}

describe('buildMarks', () => {
  it('makes a range over each named span, in text order, with its category, index and highlight copies', () => {
    const { text, segments } = page('<p>LINEの<b>出澤剛</b>社長と総務省。</p>');
    const built = run(
      buildMarks(
        document,
        answer(
          [mention('総務省', text.indexOf('総務省'), 'gov-mic', 'government'), mention('出澤剛', text.indexOf('出澤剛'), 'person-idezawa', 'person')],
          [{ start: 0, end: 4, text: 'LINE', claim: 'claim-1', verdict: 'false' }],
        ),
        segments,
        true,
      ),
    );
    expect(built.marks.map((m) => [m.id, m.text, m.category, m.range.toString()])).toEqual([
      [0, 'LINE', 'correction', 'LINE'],
      [1, '出澤剛', 'person', '出澤剛'],
      [2, '総務省', 'government', '総務省'],
    ]);
    expect(built.marks[0]!.claim).toBe('claim-1');
    expect(built.marks[1]!.entity).toBe('person-idezawa');
    expect([...built.byCategory.keys()].sort()).toEqual(['correction', 'government', 'person']);
    expect(built.index.at(built.marks[1]!.span.startNode, 1)).toBe(1);
  });

  it('marks only text still on the page as it was read', () => {
    const { root, text, segments } = page('<p>総務省と金融庁。</p>');
    root.querySelector('p')!.firstChild!.textContent = '財務省と金融庁。';
    const built = run(
      buildMarks(
        document,
        answer([mention('総務省', text.indexOf('総務省'), 'gov-mic'), mention('金融庁', text.indexOf('金融庁'), 'gov-fsa')]),
        segments,
        true,
      ),
    );
    expect(built.marks.map((m) => m.text)).toEqual(['金融庁']);
  });

  it('by default marks an entity once per section; with markEvery every mention', () => {
    const { text, segments } = page('<p>総務省は、総務省として発表した。</p>');
    const second = text.indexOf('総務省', 1);
    const both = [mention('総務省', 0, 'gov-mic'), mention('総務省', second, 'gov-mic')];
    expect(run(buildMarks(document, answer(both), segments, false)).marks.map((m) => m.start)).toEqual([0]);
    expect(run(buildMarks(document, answer(both), segments, true)).marks.map((m) => m.start)).toEqual([0, second]);
  });

  it('no answer: no marks', () => {
    const { segments } = page('<p>総務省</p>');
    expect(run(buildMarks(document, undefined, segments, true)).marks).toEqual([]);
  });
});

describe('inSlices', () => {
  it('stops after the time allowed and goes on where it stopped on the next call', () => {
    let clock = 0;
    let steps = 0;
    function* job(): Generator<void, string> {
      for (let i = 0; i < 10; i++) {
        steps++;
        clock += 3;
        yield;
      }
      return 'done';
    }
    const slice = inSlices(job(), 8, () => clock);
    expect(slice()).toBeUndefined();
    expect(steps).toBe(3); // 9 ms > 8 after the third step
    expect(slice()).toBeUndefined();
    expect(steps).toBe(6);
    expect(slice()).toBeUndefined();
    expect(slice()).toBe('done');
    expect(steps).toBe(10);
  });
});
