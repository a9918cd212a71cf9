/**
 * Per-tab tokenizer budget (entrypoints/shared/limits.ts), in two buckets that refill
 * with time: characters the cache did not have, charged before they are tokenised, and
 * the tokenizer time they then took, charged after. A tab over either is told so and
 * tries again on its next change; other tabs are unaffected. Characters alone bound text
 * that tokenises at an ordinary speed; the time bucket bounds a page whose text is slow
 * to tokenise (a flood of repeated names and random letters took three times an
 * article's time per character).
 */
import { TAB_BUDGET_CHARS, TAB_BUDGET_REFILL_PER_S, TAB_BUDGET_TOKENIZER_MS, TAB_BUDGET_TOKENIZER_REFILL_MS_PER_S } from '../shared/limits';

export const OVER_BUDGET = 'busy: this page asked for too much at once; it is annotated again as it changes';

/** A tab's request refused (or cut short) by its budget; the reply says OVER_BUDGET. */
export class OverBudget extends Error {}

/** A bucket's size and its refill per second. */
interface Allowance {
  capacity: number;
  perS: number;
}

interface Bucket {
  chars: number;
  ms: number;
  at: number;
}

export class TabBudget {
  private readonly buckets = new Map<number, Bucket>();
  /** tokenizer time and characters per tab, for the status (and the flood test) */
  readonly usage = new Map<number, { chars: number; tokenizerMs: number }>();

  constructor(
    private readonly chars: Allowance = { capacity: TAB_BUDGET_CHARS, perS: TAB_BUDGET_REFILL_PER_S },
    private readonly time: Allowance = { capacity: TAB_BUDGET_TOKENIZER_MS, perS: TAB_BUDGET_TOKENIZER_REFILL_MS_PER_S },
    private readonly now = () => Date.now(),
  ) {}

  /** A tab's buckets, refilled up to now. */
  private bucket(tabId: number): Bucket {
    const t = this.now();
    const b = this.buckets.get(tabId) ?? { chars: this.chars.capacity, ms: this.time.capacity, at: t };
    const s = (t - b.at) / 1000;
    b.chars = Math.min(this.chars.capacity, b.chars + s * this.chars.perS);
    b.ms = Math.min(this.time.capacity, b.ms + s * this.time.perS);
    b.at = t;
    this.buckets.set(tabId, b);
    return b;
  }

  /** Whether a tab has tokenizer time left (checked before each of its turns, ./fair-host.ts). */
  hasTime(tabId: number): boolean {
    return this.bucket(tabId).ms > 0;
  }

  /**
   * Charges `chars` to a tab; false (nothing charged) if its character bucket holds less,
   * or its tokenizer time is spent (a batch once started runs whole, so the time bucket
   * may go below zero and must refill first).
   */
  take(tabId: number, chars: number): boolean {
    const b = this.bucket(tabId);
    if (chars > b.chars || b.ms <= 0) return false;
    b.chars -= chars;
    return true;
  }

  /**
   * Time a tab's work took on the tokenizer's thread (its batches; the scan of its blocks,
   * with no characters: ./page-check.ts): charged to its time bucket, and counted.
   */
  record(tabId: number, chars: number, ms: number): void {
    this.bucket(tabId).ms -= ms;
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
