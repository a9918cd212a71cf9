/**
 * The starter's watch over a page it found quiet (./starter.ts): late content, text a
 * single-page site swaps in on navigation. Told after the page has been quiet for
 * MUTATION_DEBOUNCE_MS, or every MUTATION_MAX_WAIT_MS on a page that never stops changing,
 * as the reader's own watch (./reader.ts). Only text counts: attribute changes (text
 * shown by 続きを読む) change no textContent, which already holds hidden text.
 */
import { MUTATION_DEBOUNCE_MS, MUTATION_MAX_WAIT_MS } from '../shared/timing';

export class QuietWatch {
  private readonly observer: MutationObserver;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPending = 0;

  constructor(doc: Document, onChange: () => void) {
    this.observer = new MutationObserver(() => {
      const now = performance.now();
      if (this.timer === undefined) this.firstPending = now;
      clearTimeout(this.timer);
      const wait = now - this.firstPending > MUTATION_MAX_WAIT_MS ? 0 : MUTATION_DEBOUNCE_MS;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        onChange();
      }, wait);
    });
    this.observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
