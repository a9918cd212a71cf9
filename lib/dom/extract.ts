/**
 * Extracts an article's readable text from a DOM subtree, with the text nodes that
 * produced each stretch, so engine offsets map back to DOM ranges (see ./ranges.ts).
 * Uses only DOM interfaces handed to it, never globals: runs on a page, in happy-dom
 * under Node (the CLI), and in tests.
 */

/** Elements whose text is never article prose. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT',
  'NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'BUTTON', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR',
  // ruby annotations: the reading is not part of the sentence (漢字(かんじ) would break names)
  'RT', 'RP',
]);

/** Elements that end a line of prose: one block, one paragraph in the extracted text. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR', 'TD', 'TH', 'CAPTION', 'FIGURE', 'FIGCAPTION',
  'BR', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY',
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
  /** layout-aware visibility test where one exists (getComputedStyle in a page) */
  isHidden?: (el: Element) => boolean;
  /** elements to leave out, e.g. the extension's own host element */
  exclude?: (el: Element) => boolean;
}

function staticallyHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style != null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function skipElement(el: Element, opts: ExtractOptions): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.getAttribute('contenteditable') != null && el.getAttribute('contenteditable') !== 'false') return true;
  if (el.getAttribute('role') === 'textbox') return true;
  if (staticallyHidden(el)) return true;
  if (opts.exclude?.(el)) return true;
  return opts.isHidden?.(el) ?? false;
}

export function extractText(root: Node, opts: ExtractOptions = {}): Extracted {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let atLineStart = true;

  const newline = () => {
    if (!atLineStart) {
      parts.push('\n');
      length += 1;
      atLineStart = true;
    }
  };

  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      if (atLineStart && data.trim() === '') return;
      segments.push({ node: node as Text, start: length });
      parts.push(data);
      length += data.length;
      atLineStart = false;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) {
      if (node.nodeType === 9 || node.nodeType === 11) node.childNodes.forEach(visit);
      return;
    }
    const el = node as Element;
    if (skipElement(el, opts)) return;
    const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
    if (block) newline();
    el.childNodes.forEach(visit);
    if (block) newline();
  };
  visit(root);
  return { text: parts.join(''), segments };
}

/** The element most likely to hold the article, for pages with much else around it. */
export function articleRoot(doc: Document): Element | null {
  return (
    doc.querySelector('[itemprop="articleBody"]') ??
    doc.querySelector('article') ??
    doc.querySelector('main') ??
    doc.querySelector('[role="main"]') ??
    doc.body
  );
}
