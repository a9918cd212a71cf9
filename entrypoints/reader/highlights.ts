/**
 * Marks through the CSS Custom Highlight API: ranges are painted by the browser, so the
 * page's DOM, text and layout are untouched. One highlight per category, so a category
 * can be styled or hidden on its own, plus one for the annotation that has focus.
 *
 * The registry (CSS.highlights) and the style sheets are shared with the page's own
 * scripts, so what goes there is what a page may see and touch: static copies of the
 * marks' ranges (a StaticRange cannot be moved; the live ranges stay with the marks),
 * under names with a random suffix made per page (a highlight the page registers
 * beforehand under a guessed name is never painted in our style).
 */
import { MARK_KINDS, type MarkKind } from '../../lib/kb/vocabulary';
import { defaults, type Settings } from '../shared/settings-model';

const PREFIX = 'chushaku-';

/** A per-page random suffix for the highlight names (letters and digits: a CSS identifier). */
function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** A copy of a range the page cannot move (StaticRange; a clone where a browser's highlights refuse it). */
export function frozen(r: Range): AbstractRange {
  try {
    return new StaticRange({ startContainer: r.startContainer, startOffset: r.startOffset, endContainer: r.endContainer, endOffset: r.endOffset });
  } catch {
    return r.cloneRange();
  }
}

export function highlightSupported(): boolean {
  return typeof globalThis.Highlight === 'function' && typeof CSS !== 'undefined' && !!CSS.highlights;
}

type Style = Pick<Settings, 'colors' | 'underline' | 'categories'>;

const DEFAULT_STYLE: Style = defaults();

export class Highlights {
  private sheet: CSSStyleSheet;
  private style: Style = DEFAULT_STYLE;
  /** static copies (./frozen) of the marks' ranges, per category */
  private byCategory = new Map<MarkKind, AbstractRange[]>();
  /** `chushaku-<category>-<random>`: unguessable before we register it */
  private readonly suffix = randomSuffix();

  /** The registry name of a category's highlight (or 'active') on this page. */
  name(c: MarkKind | 'active'): string {
    return `${PREFIX}${c}-${this.suffix}`;
  }

  constructor(private readonly doc: Document) {
    this.sheet = new CSSStyleSheet();
    this.writeRules();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
  }

  private writeRules(): void {
    const rules = MARK_KINDS.map((c) => {
      const line = c === 'correction' && this.style.underline === 'solid' ? 'wavy' : this.style.underline;
      return `::highlight(${this.name(c)}) { text-decoration: underline ${line} ${this.style.colors[c]}; text-decoration-thickness: 2px; text-underline-offset: 3px; }`;
    });
    rules.push(`::highlight(${this.name('active')}) { background-color: rgba(250, 204, 21, 0.45); }`);
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

  /** Paints the categories' ranges: static copies made with `frozen`, never the live ranges. */
  set(byCategory: Map<MarkKind, AbstractRange[]>): void {
    this.byCategory = byCategory;
    this.paint();
  }

  private paint(): void {
    const reg = CSS.highlights;
    for (const c of MARK_KINDS) {
      const ranges = this.visible(c) ? (this.byCategory.get(c) ?? []) : [];
      if (ranges.length) reg.set(this.name(c), new Highlight(...ranges));
      else reg.delete(this.name(c));
    }
  }

  setActive(range: Range | undefined): void {
    if (range) CSS.highlights.set(this.name('active'), new Highlight(frozen(range)));
    else CSS.highlights.delete(this.name('active'));
  }

  dispose(): void {
    for (const c of MARK_KINDS) CSS.highlights.delete(this.name(c));
    CSS.highlights.delete(this.name('active'));
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
