// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/dom/extract';
import { domSpan, PositionIndex, toRange } from '../../lib/dom/ranges';

function page(html: string) {
  const root = document.adoptNode(new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstElementChild!);
  document.body.replaceChildren(root);
  return { root, ...extractText(root) };
}

describe('domSpan and toRange', () => {
  it('maps extracted-text offsets back to the text nodes they came from, across inline elements', () => {
    const { root, text, segments } = page('<p>運営する<b>LINE</b>株式会社は</p>');
    const start = text.indexOf('LINE');
    const span = domSpan(segments, start, text.indexOf('は'))!;
    expect(span.startNode.data).toBe('LINE');
    expect(span.endNode.data).toBe('株式会社は');
    expect(span.endOffset).toBe(4);
    const r = toRange(document, span);
    expect(r.toString()).toBe('LINE株式会社');
    expect(root.textContent).toBe('運営するLINE株式会社は');
  });

  it('refuses a span that begins on a line break the extractor put between blocks, or is empty', () => {
    const { text, segments } = page('<p>総務省</p><p>個人情報保護委員会</p>');
    const nl = text.indexOf('\n');
    expect(nl).toBeGreaterThan(0);
    expect(domSpan(segments, nl, nl + 3)).toBeUndefined();
    expect(domSpan(segments, 2, 2)).toBeUndefined();
    expect(domSpan(segments, 0, 3)?.startNode.data).toBe('総務省');
  });
});

describe('PositionIndex', () => {
  it('finds the mark under a caret, in every node a mark spans, and nothing beside it', () => {
    const { text, segments } = page('<p>ZHDと<i>LINE</i>ヤフーが統合</p>');
    const index = new PositionIndex();
    const a = domSpan(segments, 0, 3)!; // ZHD
    const b = domSpan(segments, text.indexOf('LINE'), text.indexOf('が'))!; // LINEヤフー across two nodes
    index.add(1, a, segments);
    index.add(2, b, segments);
    expect(index.at(a.startNode, 0)).toBe(1);
    expect(index.at(a.startNode, 2)).toBe(1);
    // the caret at the end of a mark's last character still points into it
    expect(index.at(a.startNode, 3)).toBe(1);
    expect(index.at(a.startNode, 4)).toBeUndefined(); // と
    expect(index.at(b.startNode, 1)).toBe(2);
    expect(index.at(b.endNode, 2)).toBe(2);
    expect(index.at(b.endNode, 4)).toBeUndefined(); // 統合
    expect(index.at(document.createTextNode('x'), 0)).toBeUndefined();
  });
});
