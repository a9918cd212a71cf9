/**
 * Marks through the CSS Custom Highlight API: ranges are painted by the browser, so the
 * page's DOM, text and layout are untouched. One highlight per category, so a category
 * can be styled or hidden on its own, plus one for the annotation that has focus.
 */
import { MARK_KINDS, type MarkKind } from '../../lib/kb/vocabulary';
import { defaults, type Settings } from '../shared/settings-model';

const PREFIX = 'chushaku-';

export function highlightSupported(): boolean {
  return typeof globalThis.Highlight === 'function' && typeof CSS !== 'undefined' && !!CSS.highlights;
}

type Style = Pick<Settings, 'colors' | 'underline' | 'categories'>;

const DEFAULT_STYLE: Style = defaults();

export class Highlights {
  private sheet: CSSStyleSheet;
  private style: Style = DEFAULT_STYLE;
  private byCategory = new Map<MarkKind, Range[]>();

  constructor(private readonly doc: Document) {
    this.sheet = new CSSStyleSheet();
    this.writeRules();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
  }

  private writeRules(): void {
    const rules = MARK_KINDS.map((c) => {
      const line = c === 'correction' && this.style.underline === 'solid' ? 'wavy' : this.style.underline;
      return `::highlight(${PREFIX}${c}) { text-decoration: underline ${line} ${this.style.colors[c]}; text-decoration-thickness: 2px; text-underline-offset: 3px; }`;
    });
    rules.push(`::highlight(${PREFIX}active) { background-color: rgba(250, 204, 21, 0.45); }`);
    this.sheet.replaceSync(rules.join('\n'));
  }

  setStyle(style: Style): void {
    this.style = style;
    this.writeRules();
    this.paint();
  }

  visible(c: MarkKind): boolean {
    return this.style.categories[c] !== false;
  }

  set(byCategory: Map<MarkKind, Range[]>): void {
    this.byCategory = byCategory;
    this.paint();
  }

  private paint(): void {
    const reg = CSS.highlights;
    for (const c of MARK_KINDS) {
      const ranges = this.visible(c) ? (this.byCategory.get(c) ?? []) : [];
      if (ranges.length) reg.set(PREFIX + c, new Highlight(...ranges));
      else reg.delete(PREFIX + c);
    }
  }

  setActive(range: Range | undefined): void {
    if (range) CSS.highlights.set(`${PREFIX}active`, new Highlight(range));
    else CSS.highlights.delete(`${PREFIX}active`);
  }

  dispose(): void {
    for (const c of MARK_KINDS) CSS.highlights.delete(PREFIX + c);
    CSS.highlights.delete(`${PREFIX}active`);
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
