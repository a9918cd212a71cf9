/**
 * Marks through the CSS Custom Highlight API: ranges are painted by the browser, so the
 * page's DOM, text and layout are untouched. One highlight per category, so a category
 * can be styled or hidden on its own, plus one for the annotation that has focus.
 */
const PREFIX = 'chushaku-';
export const CATEGORIES = ['organization', 'government', 'person', 'law', 'product', 'incident', 'correction'] as const;
export type MarkCategory = (typeof CATEGORIES)[number];

const COLORS: Record<MarkCategory, string> = {
  organization: '#2563eb',
  government: '#0d9488',
  person: '#9333ea',
  law: '#b45309',
  product: '#0891b2',
  incident: '#dc2626',
  correction: '#e11d48',
};

export function highlightSupported(): boolean {
  return typeof globalThis.Highlight === 'function' && typeof CSS !== 'undefined' && !!CSS.highlights;
}

export class Highlights {
  private sheet: CSSStyleSheet;

  constructor(private readonly doc: Document) {
    this.sheet = new CSSStyleSheet();
    const rules = CATEGORIES.map(
      (c) =>
        `::highlight(${PREFIX}${c}) { text-decoration: underline ${c === 'correction' ? 'wavy' : 'solid'} ${COLORS[c]}; text-decoration-thickness: 2px; text-underline-offset: 3px; }`,
    );
    rules.push(`::highlight(${PREFIX}active) { background-color: rgba(250, 204, 21, 0.45); }`);
    this.sheet.replaceSync(rules.join('\n'));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
  }

  set(byCategory: Map<MarkCategory, Range[]>): void {
    const reg = CSS.highlights;
    for (const c of CATEGORIES) {
      const ranges = byCategory.get(c) ?? [];
      if (ranges.length) reg.set(PREFIX + c, new Highlight(...ranges));
      else reg.delete(PREFIX + c);
    }
  }

  setActive(range: Range | undefined): void {
    const reg = CSS.highlights;
    if (range) reg.set(`${PREFIX}active`, new Highlight(range));
    else reg.delete(`${PREFIX}active`);
  }

  clear(): void {
    const reg = CSS.highlights;
    for (const c of CATEGORIES) reg.delete(PREFIX + c);
    reg.delete(`${PREFIX}active`);
  }

  dispose(): void {
    this.clear();
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
