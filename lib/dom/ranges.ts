/**
 * Maps engine offsets (into extracted text) back to DOM ranges, and DOM positions back
 * to annotations, using the text segments recorded by `extractText`.
 */
import type { TextSegment } from './extract';

/** The segment holding extracted-text offset `pos` (the last one starting at or before it). */
function segmentAt(segments: TextSegment[], pos: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

export interface DomSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  /** indices of the first and last segment the span touches */
  startSeg: number;
  endSeg: number;
}

/**
 * The DOM span of extracted text [start, end). Returns undefined when the span is not
 * inside text nodes (it begins or ends on a newline the extractor inserted).
 */
export function domSpan(segments: TextSegment[], start: number, end: number): DomSpan | undefined {
  if (end <= start) return undefined;
  const si = segmentAt(segments, start);
  const ei = segmentAt(segments, end - 1);
  if (si < 0 || ei < 0) return undefined;
  const s = segments[si]!;
  const e = segments[ei]!;
  const startOffset = start - s.start;
  const endOffset = end - e.start;
  if (startOffset >= s.node.data.length || endOffset > e.node.data.length) return undefined;
  return { startNode: s.node, startOffset, endNode: e.node, endOffset, startSeg: si, endSeg: ei };
}

export function toRange(doc: Document, span: DomSpan): Range {
  const r = doc.createRange();
  r.setStart(span.startNode, span.startOffset);
  r.setEnd(span.endNode, span.endOffset);
  return r;
}

interface NodeInterval {
  from: number;
  to: number;
  id: number;
}

/** Finds which annotation covers a (text node, offset) position: for hover hit tests. */
export class PositionIndex {
  private byNode = new Map<Text, NodeInterval[]>();

  add(id: number, span: DomSpan, segments: TextSegment[]): void {
    // every text node the span touches gets the part of it that lies inside the node
    for (let i = span.startSeg; i <= span.endSeg; i++) {
      const node = segments[i]!.node;
      const from = i === span.startSeg ? span.startOffset : 0;
      const to = i === span.endSeg ? span.endOffset : node.data.length;
      const list = this.byNode.get(node) ?? [];
      list.push({ from, to, id });
      this.byNode.set(node, list);
    }
  }

  at(node: Node, offset: number): number | undefined {
    const list = this.byNode.get(node as Text);
    if (!list) return undefined;
    // the character under the pointer is the one after the caret, or before it at a node's end
    for (const iv of list) if (offset >= iv.from && offset < iv.to) return iv.id;
    for (const iv of list) if (offset === iv.to && offset > iv.from) return iv.id;
    return undefined;
  }
}
