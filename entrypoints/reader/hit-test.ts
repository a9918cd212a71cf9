/**
 * Which mark is under a point: the caret position at the point, looked up in the marks'
 * position index, then checked against the mark's boxes (the caret snaps to the nearest
 * text). For a finger, the nearest mark within a radius.
 */
import type { PositionIndex } from '../../lib/dom/ranges';
import type { Mark } from './build-marks';
import { nearest, probePoints } from './tap';

/** The marks to hit-test, with their index (PageMarks's current ones). */
export interface HitTarget {
  doc: Document;
  marks: readonly Mark[];
  index: PositionIndex;
}

/** The mark at the text position nearest (x, y), wherever the point is. */
function caretMark({ doc, index }: HitTarget, x: number, y: number): number | undefined {
  const d = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  let node: Node | undefined;
  let offset = 0;
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    if (p) ({ offsetNode: node, offset } = p);
  } else {
    const r = d.caretRangeFromPoint?.(x, y);
    if (r) ({ startContainer: node, startOffset: offset } = r);
  }
  if (!node) return undefined;
  return index.at(node, offset);
}

/** The mark under (x, y), if the point is really over it. */
export function markAt(t: HitTarget, x: number, y: number): number | undefined {
  const id = caretMark(t, x, y);
  if (id === undefined) return undefined;
  // the caret snaps to the nearest text: check the pointer is really over the mark
  const inside = Array.from(t.marks[id]!.range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
  return inside ? id : undefined;
}

/**
 * The visible mark under (x, y) or, failing that, the one nearest it within the
 * radius: a finger covers more than a point, and the page's layout stays as it is.
 */
export function markNear(t: HitTarget, shown: (m: Mark) => boolean, x: number, y: number, radius: number): number | undefined {
  const visible = (id: number | undefined) => (id !== undefined && shown(t.marks[id]!) ? id : undefined);
  const exact = visible(markAt(t, x, y));
  if (exact !== undefined || radius <= 0) return exact;
  const ids = new Set<number>();
  for (const p of probePoints(x, y, radius)) {
    const id = visible(caretMark(t, p.x, p.y));
    if (id !== undefined) ids.add(id);
  }
  return nearest(
    x,
    y,
    radius,
    [...ids].map((id) => ({ item: id, boxes: Array.from(t.marks[id]!.range.getClientRects()) })),
  );
}
