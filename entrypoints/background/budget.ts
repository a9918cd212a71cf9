/**
 * Per-tab tokenizer budget (lib/limits.ts): characters the cache did not have are
 * charged to the tab that sent them, from a bucket that refills with time. A tab over
 * its budget is told so and tries again on its next change; other tabs are unaffected.
 */
import { TAB_BUDGET_CHARS, TAB_BUDGET_REFILL_PER_S } from '../shared/limits';

export const OVER_BUDGET = 'busy: this page asked for too much at once; it is annotated again as it changes';

export class TabBudget {
  private readonly buckets = new Map<number, { left: number; at: number }>();
  /** tokenizer time and characters per tab, for the status (and the flood test) */
  readonly usage = new Map<number, { chars: number; tokenizerMs: number }>();

  constructor(
    private readonly capacity = TAB_BUDGET_CHARS,
    private readonly refillPerS = TAB_BUDGET_REFILL_PER_S,
    private readonly now = () => Date.now(),
  ) {}

  /** Charges `chars` to a tab; false (nothing charged) if its bucket holds less. */
  take(tabId: number, chars: number): boolean {
    const t = this.now();
    const b = this.buckets.get(tabId) ?? { left: this.capacity, at: t };
    b.left = Math.min(this.capacity, b.left + ((t - b.at) / 1000) * this.refillPerS);
    b.at = t;
    this.buckets.set(tabId, b);
    if (chars > b.left) return false;
    b.left -= chars;
    return true;
  }

  record(tabId: number, chars: number, ms: number): void {
    const u = this.usage.get(tabId) ?? { chars: 0, tokenizerMs: 0 };
    u.chars += chars;
    u.tokenizerMs += ms;
    this.usage.set(tabId, u);
  }

  forget(tabId: number): void {
    this.buckets.delete(tabId);
    this.usage.delete(tabId);
  }
}
