/**
 * Where a text is on screen, for e2e tests that point at it (Playwright's and
 * puppeteer's `page.evaluate(textBox, { needle })` both run it in the page).
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
 * Runs in the page: the viewport box of the first occurrence of `needle` in the body's
 * text, after scrolling it to the middle if `scroll`; undefined if it is not there.
 * Self-contained (it is sent to the page as source): no imports, no outer names.
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
