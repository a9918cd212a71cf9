/**
 * Extracts an article's readable text from a DOM subtree, with the text nodes that
 * produced each stretch, so engine offsets map back to DOM ranges (see ./ranges.ts).
 * Uses only DOM interfaces handed to it, never globals: runs on a page, in happy-dom
 * under Node (the CLI), and in tests.
 */

/** Elements whose text is never article prose. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'NAV',
  'ASIDE',
  'FOOTER',
  'HEADER',
  'FORM',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  // ruby annotations: the reading is not part of the sentence (漢字(かんじ) would break names)
  'RT',
  'RP',
]);

/** Elements that end a line of prose: one block, one paragraph in the extracted text. */
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'BLOCKQUOTE',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'CAPTION',
  'FIGURE',
  'FIGCAPTION',
  'BR',
  'HR',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export interface TextSegment {
  node: Text;
  /** offset of the node's first character in the extracted text */
  start: number;
}

export interface Extracted {
  text: string;
  segments: TextSegment[];
}

export interface ExtractOptions {
  /** elements to leave out, e.g. the extension's own host element */
  exclude?: (el: Element) => boolean;
}

function staticallyHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style != null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function skipElement(el: Element, opts: ExtractOptions, isRoot = false): boolean {
  // a root is read whatever its tag (an article's headline may sit in a <header>)
  if (!isRoot && SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  // most article elements carry no attributes: skip the attribute checks for them
  if (el.hasAttributes()) {
    const editable = el.getAttribute('contenteditable');
    if (editable != null && editable !== 'false') return true;
    if (el.getAttribute('role') === 'textbox') return true;
    if (staticallyHidden(el)) return true;
  }
  return opts.exclude?.(el) ?? false;
}

/**
 * The walk as a resumable state machine (an explicit stack, no recursion), so a very
 * large or deeply nested page can be read in slices between which the page runs.
 */
export class TextWalker {
  /** this step's text pieces, joined into `chunks` at its end */
  private readonly parts: string[] = [];
  /**
   * the text so far, one string per step: joining a 1 MB page's ~20 000 pieces at once
   * took 56-60 ms in one task (the hostile suite's long page, Chromium); joined step by
   * step, each join is within its step's slice
   */
  private readonly chunks: string[] = [];
  private readonly segments: TextSegment[] = [];
  private length = 0;
  private atLineStart = true;
  /** nodes to visit; 0 marks the end of a block element (emit a line break) */
  private readonly stack: (Node | 0)[];
  /**
   * Nodes already visited. The page runs between slices and may move nodes meanwhile; the
   * walk follows nextSibling/firstChild as they are when it gets there, so a node moved
   * behind the walk was read again, and two paragraphs swapped between every slice kept
   * the walk going for ever, its text growing without end (tests/unit/extract.test.ts). A
   * node seen before ends that path instead; the page's mutations make the reader read it
   * again anyway, once it is quiet.
   */
  private readonly seen = new Set<Node>();
  private readonly roots: ReadonlySet<Node>;

  /** `root` may be several elements (an article's headline, lead and body), read in order. */
  constructor(
    root: Node | readonly Node[],
    private readonly opts: ExtractOptions = {},
  ) {
    const roots = Array.isArray(root) ? (root as readonly Node[]) : [root as Node];
    this.roots = new Set(roots);
    this.stack = [...roots].reverse();
  }

  get done(): boolean {
    return this.stack.length === 0;
  }

  private newline(): void {
    if (!this.atLineStart) {
      this.parts.push('\n');
      this.length += 1;
      this.atLineStart = true;
    }
  }

  /** Visits up to `budget` nodes; returns true when the walk is complete. */
  step(budget = Infinity): boolean {
    const stack = this.stack;
    for (let n = 0; n < budget && stack.length; n++) {
      const node = stack.pop()!;
      if (node === 0) {
        this.newline();
        continue;
      }
      if (this.seen.has(node)) continue;
      this.seen.add(node);
      // siblings are taken one at a time: pushing a parent's children all at once made one
      // step of 10 000 (an article of 10 000 paragraphs: 24-50 ms, the hostile suite's long page)
      const isRoot = this.roots.has(node);
      const next = isRoot ? null : node.nextSibling;
      if (next) stack.push(next);
      if (node.nodeType === TEXT_NODE) {
        const data = (node as Text).data;
        if (data.length === 0 || (this.atLineStart && data.trim() === '')) continue;
        this.segments.push({ node: node as Text, start: this.length });
        this.parts.push(data);
        this.length += data.length;
        this.atLineStart = false;
        continue;
      }
      if (node.nodeType === ELEMENT_NODE) {
        const el = node as Element;
        if (skipElement(el, this.opts, isRoot)) continue;
        if (BLOCK_TAGS.has(el.tagName.toUpperCase())) {
          this.newline();
          stack.push(0);
        }
      } else if (node.nodeType !== 9 && node.nodeType !== 11) continue;
      const first = node.firstChild;
      if (first) stack.push(first);
    }
    if (this.parts.length) {
      this.chunks.push(this.parts.join(''));
      this.parts.length = 0;
    }
    return this.done;
  }

  result(): Extracted {
    return { text: this.chunks.join(''), segments: this.segments };
  }
}

export function extractText(root: Node | readonly Node[], opts: ExtractOptions = {}): Extracted {
  const w = new TextWalker(root, opts);
  w.step();
  return w.result();
}

/** The element most likely to hold the article, for pages with much else around it. */
export function articleRoot(doc: Document): Element | null {
  return (
    doc.querySelector('[itemprop="articleBody"]') ?? doc.querySelector('article') ?? doc.querySelector('main') ?? doc.querySelector('[role="main"]') ?? doc.body
  );
}
