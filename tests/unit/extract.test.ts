// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleRoot, extractText, TextWalker } from '../../lib/dom/extract';
import { publishedDate, toDay } from '../../lib/dom/published';

const html = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pages', 'article.html'), 'utf8');

function load(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'text/html');
}

describe('extractText', () => {
  it('keeps article prose, one block per line, and skips everything else', () => {
    const doc = load(html);
    const { text } = extractText(articleRoot(doc)!);
    expect(text.trimEnd().split('\n')).toEqual(['LINEが記者会見', 'LINEの出澤剛社長は23日、会見を開いた。', '個人情報保護委員会は報告を求めていた。']);
  });

  it('records text nodes so each extracted offset maps back to the DOM', () => {
    const doc = load('<p>前半<b>LINE</b>後半</p><p>次</p>');
    const { text, segments } = extractText(doc.body);
    for (const seg of segments) expect(text.slice(seg.start, seg.start + seg.node.data.length)).toBe(seg.node.data);
    expect(segments.map((s) => s.node.data)).toEqual(['前半', 'LINE', '後半', '次']);
  });

  it('read a few nodes at a time (the reader slices it), gives the same text and offsets as read whole', () => {
    const doc = load(`<article>${Array.from({ length: 40 }, (_, i) => `<p>段落${i}の<b>LINE</b>と総務省。</p>`).join('')}</article>`);
    const whole = extractText(doc.body);
    const walker = new TextWalker(doc.body);
    let steps = 0;
    while (!walker.step(3)) steps++;
    const sliced = walker.result();
    expect(steps).toBeGreaterThan(20);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.segments.map((s) => [s.start, s.node.data])).toEqual(whole.segments.map((s) => [s.start, s.node.data]));
    for (const seg of sliced.segments) expect(sliced.text.slice(seg.start, seg.start + seg.node.data.length)).toBe(seg.node.data);
  });

  it('ends, reading no node twice, when the page moves nodes between its slices', () => {
    // a hostile page (or a carousel that rotates by moving its slides) that swaps two
    // paragraphs, or rotates three, whenever the walk yields: before, a slice of 3 nodes
    // walked the swapped pair for ever, its text growing without end
    for (const paragraphs of [2, 3]) {
      for (const budget of [1, 2, 3, 4, 5, 7]) {
        const doc = load(`<article>${Array.from({ length: paragraphs }, (_, i) => `<p>段落${i}</p>`).join('')}</article>`);
        const root = doc.querySelector('article')!;
        const walker = new TextWalker(root);
        let steps = 0;
        while (!walker.step(budget) && steps < 1000) {
          steps++;
          root.append(root.firstElementChild!);
        }
        const { segments } = walker.result();
        const label = `${paragraphs} paragraphs, ${budget} nodes a slice`;
        expect(steps, label).toBeLessThan(1000);
        expect(new Set(segments.map((s) => s.node)).size, label).toBe(segments.length);
        expect(segments.length, label).toBeLessThanOrEqual(paragraphs);
      }
    }
  });

  it('honours an exclusion hook', () => {
    const doc = load('<p>見える</p><p id="own">拡張機能</p>');
    const { text } = extractText(doc.body, { exclude: (el) => el.id === 'own' });
    expect(text).toBe('見える\n');
  });
});

describe('publishedDate', () => {
  it('reads article:published_time', () => {
    expect(publishedDate(load(html))).toBe('2021-03-23');
  });

  it('falls back to JSON-LD and <time>', () => {
    const ld = load('<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2021-03-17T05:00:00+09:00"}]}</script>');
    expect(publishedDate(ld)).toBe('2021-03-17');
    expect(publishedDate(load('<time datetime="2021-03-25">3月25日</time>'))).toBe('2021-03-25');
    expect(publishedDate(load('<script type="application/ld+json">{broken</script><p>no date</p>'))).toBeUndefined();
  });

  it('reads Japanese-style dates and rejects nonsense', () => {
    expect(toDay('2021年3月5日')).toBe('2021-03-05');
    expect(toDay('2021-13-40')).toBeUndefined();
  });
});
