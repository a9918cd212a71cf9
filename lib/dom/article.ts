/**
 * Finds a page's article: the elements that hold its headline, lead and body, and what
 * to leave out inside them. Pure functions over a Document (no globals): per-site rules
 * first (./site-rules.ts), then a generic detector for any other site — schema.org
 * `itemprop="articleBody"`, the `article` element with the most paragraph text, and
 * paragraph scoring with link density in the spirit of Readability. A page with no
 * article (a top page, a list page) gets a reason instead, and nothing is read there.
 *
 * Blocks whose text is mostly links (menus, rankings, related lists, tag lists,
 * "続きを読む") are never read, wherever they sit.
 */
import { COMMON_EXCLUDE, siteRule } from './site-rules';

export type NotArticleReason = 'not-article';

export interface Article {
  /** the article's elements in document order (headline, lead, body), none inside another */
  roots: Element[];
  /** how it was found, for tests and the bench */
  how: 'site' | 'itemprop' | 'article' | 'paragraphs';
  /** true for parts inside the roots that are not the article */
  skip: (el: Element) => boolean;
}

export type ArticleResult = Article | { roots: null; reason: NotArticleReason };

/**
 * Least paragraph text (characters outside links) for a container to count as an
 * article when nothing marks it as one: about two short Japanese news sentences, the
 * threshold Readability's isProbablyReaderable uses (140) rounded down for Japanese,
 * whose characters carry more than Latin letters. A list page's teasers stay below it.
 */
export const MIN_ARTICLE_CHARS = 120;
/** Shortest paragraph that scores (shorter ones are labels, bylines, teasers). */
export const MIN_PARAGRAPH_CHARS = 20;
/** A block whose link text is at least this share of its text is a link list. */
export const MAX_LINK_DENSITY = 0.5;

/** Candidates whose link density is weighed (Readability keeps its top 5). */
const LEADING_CANDIDATES = 5;

const UNLIKELY_PARENTS = 'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';
const COMMON_SKIP = COMMON_EXCLUDE.join(',');
/** Elements worth a link-density test: the ones that hold lists and boxes. */
const BOX_TAGS = new Set(['P', 'DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'DL', 'LI', 'TABLE', 'NAV', 'FOOTER', 'HEADER', 'FIGURE']);

const visible = (s: string | null) => (s ?? '').replace(/\s+/g, '').length;

/** Characters of an element's text without white space and without the text of style and script elements inside it (styled components put CSS in the body). */
function textLen(el: Element): number {
  let n = visible(el.textContent);
  for (const tag of ['style', 'script']) {
    const inner = el.getElementsByTagName(tag);
    for (let i = 0; i < inner.length; i++) n -= visible(inner[i]!.textContent);
  }
  return n;
}

/**
 * Whether an element holds any text other than white space: walks in document order and
 * stops at the first such text (textContent would build a whole article's string, and a
 * stack of every child would touch all of a long article's paragraphs before its first).
 */
function hasText(el: Element): boolean {
  let n: Node | null = el.firstChild;
  while (n && n !== el) {
    if (n.nodeType === 3) {
      if (/\S/.test((n as Text).data)) return true;
    } else if (n.nodeType === 1 && n.firstChild) {
      const name = (n as Element).localName;
      if (name !== 'style' && name !== 'script') {
        n = n.firstChild;
        continue;
      }
    }
    // next in document order outside n's subtree, never leaving el
    while (n && n !== el && !n.nextSibling) n = n.parentNode;
    n = n && n !== el ? n.nextSibling : null;
  }
  return false;
}

function linkTextLen(el: Element): number {
  let n = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) n += textLen(links[i]!);
  return n;
}

/** Link text as a share of all text (0 for an element without text). */
export function linkDensity(el: Element): number {
  const total = textLen(el);
  return total === 0 ? 0 : linkTextLen(el) / total;
}

/** Keeps the outermost of nested elements, in document order. */
function outermost(els: Element[]): Element[] {
  const sorted = [...new Set(els)].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  const out: Element[] = [];
  for (const el of sorted) if (!out.some((o) => o.contains(el))) out.push(el);
  return out;
}

function queryFirst(doc: Document, selectors: readonly string[]): Element[] {
  for (const s of selectors) {
    let found: Element[];
    try {
      found = [...doc.querySelectorAll(s)];
    } catch {
      continue; // a selector the engine cannot parse is skipped, not fatal
    }
    found = found.filter(hasText);
    if (found.length) return found;
  }
  return [];
}

/** Paragraph text of a container: its paragraphs' characters outside links. */
function paragraphText(el: Element): number {
  let n = 0;
  const ps = el.getElementsByTagName('p');
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const len = textLen(p) - linkTextLen(p);
    if (len >= MIN_PARAGRAPH_CHARS) n += len;
  }
  return n;
}

/** The page's headline: the longest h1 (else h2) whose text is in the page's title. */
export function headline(doc: Document): Element | undefined {
  const title = (doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? doc.title ?? '').replace(/\s+/g, '');
  if (!title) return undefined;
  for (const tag of ['h1', 'h2']) {
    let best: Element | undefined;
    let bestLen = 0;
    for (const h of doc.getElementsByTagName(tag)) {
      const t = (h.textContent ?? '').replace(/\s+/g, '');
      if (t.length >= 4 && t.length > bestLen && title.includes(t) && !h.closest('a, nav')) {
        best = h;
        bestLen = t.length;
      }
    }
    if (best) return best;
  }
  return undefined;
}

/** The generic detector's body, or none. */
function genericBody(doc: Document): { els: Element[]; how: Article['how'] } | undefined {
  const itemprop = outermost([...doc.querySelectorAll('[itemprop="articleBody"]')].filter(hasText));
  if (itemprop.length) return { els: itemprop, how: 'itemprop' };

  const articles = [...doc.getElementsByTagName('article')];
  // one article element is the page's article (however short)
  if (articles.length === 1 && hasText(articles[0]!)) return { els: articles, how: 'article' };
  if (articles.length > 1) {
    let best: Element | undefined;
    let bestLen = -1;
    for (const a of articles) {
      const n = paragraphText(a);
      if (n > bestLen) [best, bestLen] = [a, n];
    }
    // among several (a list of teasers), only one with real paragraph text is
    if (best && bestLen >= MIN_ARTICLE_CHARS) return { els: [best], how: 'article' };
  }

  // Readability's core: paragraphs score their parent fully and grandparent by half
  const scores = new Map<Element, number>();
  for (const p of doc.getElementsByTagName('p')) {
    if (p.closest(UNLIKELY_PARENTS)) continue;
    const len = textLen(p) - linkTextLen(p);
    if (len < MIN_PARAGRAPH_CHARS) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand && grand.localName !== 'body' && grand.localName !== 'html') scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  // link density only for the leading candidates: weighing a page-wide container's links
  // costs a walk of the whole page
  let best: Element | undefined;
  let bestScore = 0;
  const leading = [...scores].sort((a, b) => b[1] - a[1]).slice(0, LEADING_CANDIDATES);
  for (const [el, s] of leading) {
    const score = s * (1 - linkDensity(el));
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  if (best && paragraphText(best) >= MIN_ARTICLE_CHARS) return { els: [best], how: 'paragraphs' };
  return undefined;
}

function skipper(roots: Element[], extra: readonly string[]): (el: Element) => boolean {
  const rootSet = new Set(roots);
  const selector = [COMMON_SKIP, ...extra].join(',');
  return (el) => {
    if (rootSet.has(el)) return false;
    // most article elements carry no attributes, and then only a tag can match: the
    // selector list (a few dozen attribute tests) runs only where it can
    if (el.localName === 'figcaption') return true;
    if (el.hasAttributes() || extra.length) {
      try {
        if (el.matches(selector)) return true;
      } catch {
        /* an unparsable site selector: ignore it */
      }
    }
    // link lists: only elements that hold links, and only block-like ones
    if (!BOX_TAGS.has(el.tagName.toUpperCase()) || el.getElementsByTagName('a').length === 0) return false;
    return linkDensity(el) >= MAX_LINK_DENSITY;
  };
}

/** The article of a page at `url` (its host picks the site rule), or why there is none. */
export function findArticle(doc: Document, url: string = doc.URL): ArticleResult {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    /* no rule for a page without an address */
  }
  const rule = siteRule(host);
  let body: Element[] = [];
  let how: Article['how'] = 'site';
  if (rule) body = queryFirst(doc, rule.body);
  if (!body.length) {
    const g = genericBody(doc);
    if (!g) return { roots: null, reason: 'not-article' };
    body = g.els;
    how = g.how;
  }
  const heads = rule?.head ? queryFirst(doc, rule.head) : [];
  const h = headline(doc);
  if (h) heads.push(h);
  const roots = outermost([...heads.filter((e) => !body.some((b) => b.contains(e))), ...body]);
  return { roots, how, skip: skipper(roots, rule?.exclude ?? []) };
}
