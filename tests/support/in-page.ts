/**
 * Functions e2e tests run in the page (Playwright's and puppeteer's `page.evaluate(fn, arg)`
 * alike). Each is self-contained, since it is sent to the page as source: no imports and
 * no outer names inside.
 */

export interface TextBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/**
 * The viewport box of the first occurrence of `needle` in the body's text, after
 * scrolling it to the middle if `scroll`; undefined if it is not there.
 */
export function textBox({ needle, scroll = false }: { needle: string; scroll?: boolean }): TextBox | undefined {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(needle);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + needle.length);
    if (scroll) (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const b = r.getBoundingClientRect();
    return { left: b.left, top: b.top, right: b.right, bottom: b.bottom, width: b.width, height: b.height };
  }
  return undefined;
}

/**
 * Marks painted on the page, per highlight name without its per-page random suffix
 * (chushaku-person-<random> → chushaku-person), as their text. The registry holds
 * static copies of the ranges, read here as the text they span now ('' where they no
 * longer fit the page).
 */
export function highlightTextsInPage(): Record<string, string[]> {
  const text = (r: AbstractRange) => {
    try {
      const x = document.createRange();
      x.setStart(r.startContainer, r.startOffset);
      x.setEnd(r.endContainer, r.endOffset);
      return x.toString();
    } catch {
      return '';
    }
  };
  const out: Record<string, string[]> = {};
  for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>)
    out[name.replace(/^(chushaku-[a-z]+)-[a-z0-9]+$/, '$1')] = [...hl].map(text);
  return out;
}

/** Whether the page's text and markup equal what the page recorded at DOMContentLoaded (window.__initialText/__initialHtml). */
export function pageUnchanged(): { text: boolean; html: boolean } {
  const w = window as unknown as { __initialText?: string; __initialHtml?: string };
  return { text: document.body.textContent === w.__initialText, html: document.body.innerHTML === w.__initialHtml };
}
