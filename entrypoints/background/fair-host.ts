/**
 * Turns at the one tokenizer: each tab's blocks go to the host a batch at a time, one
 * batch per turn, and the next turn goes to the waiting tab served longest ago. So a page
 * that sends a lot (within its budget) delays another tab's page by about one batch,
 * never by its whole request. A batch holds at most HOST_BATCH_CHARS characters, and
 * fewer where the tab's text has been slow to tokenise, so that a turn stays near
 * HOST_TURN_MS (at least one block goes each turn). Tokenizer time is recorded per tab,
 * and a tab whose time is spent (./budget.ts) loses its queued blocks at its next turn:
 * a request let in does not run on whole past the budget.
 */
import type { BlockResult } from '../../lib/annotate';
import { HOST_BATCH_CHARS, HOST_TURN_MS } from '../shared/limits';
import { OverBudget } from './budget';
import type { TokenizerHost } from './host';

/** One annotate call: its blocks' results, filled in as their batches are answered. */
interface Request {
  results: BlockResult[];
  left: number;
  resolve: (r: BlockResult[]) => void;
  reject: (e: unknown) => void;
}

/** A block waiting for its turn: its text and where its result goes. */
interface Pending {
  text: string;
  request: Request;
  index: number;
}

/** Weight of the newest batch in a tab's running ms-per-character figure. */
const RATE_WEIGHT = 0.5;

/**
 * The blocks a turn takes from the front of a queue: up to `maxChars` characters, and at
 * least one block (a block is never split: its matches may span any point of it).
 */
export function takeTurn<T extends { text: string }>(queue: T[], maxChars: number): T[] {
  let n = 0;
  let chars = 0;
  while (n < queue.length && (n === 0 || chars + queue[n]!.text.length <= maxChars)) chars += queue[n++]!.text.length;
  return queue.splice(0, n);
}

/** Characters for a tab's next turn, from how fast its text has tokenised (ms per character). */
export function turnChars(msPerChar: number | undefined, maxChars = HOST_BATCH_CHARS, turnMs = HOST_TURN_MS): number {
  if (msPerChar === undefined || msPerChar <= 0) return maxChars;
  return Math.max(1, Math.min(maxChars, Math.floor(turnMs / msPerChar)));
}

export interface TurnPolicy {
  /** tokenizer time spent for a tab (ms) and the characters it covered */
  spent: (tabId: number, chars: number, ms: number) => void;
  /** false: the tab's tokenizer time is spent (./budget.ts), its queued requests fail with OverBudget */
  mayRun: (tabId: number) => boolean;
  batchChars: number;
  turnMs: number;
}

export class FairHost {
  private readonly queues = new Map<number, Pending[]>();
  /** the turn at which each tab was last served; a tab never served comes first */
  private readonly lastServed = new Map<number, number>();
  /** each tab's recent tokenizer time per character (ms) */
  private readonly rates = new Map<number, number>();
  private turn = 0;
  private running = false;

  private readonly spent: TurnPolicy['spent'];
  private readonly mayRun: TurnPolicy['mayRun'];
  private readonly batchChars: number;
  private readonly turnMs: number;

  constructor(
    private readonly inner: Pick<TokenizerHost, 'annotate'>,
    policy: Partial<TurnPolicy> = {},
  ) {
    this.spent = policy.spent ?? (() => {});
    this.mayRun = policy.mayRun ?? (() => true);
    this.batchChars = policy.batchChars ?? HOST_BATCH_CHARS;
    this.turnMs = policy.turnMs ?? HOST_TURN_MS;
  }

  annotate(tabId: number, texts: string[]): Promise<BlockResult[]> {
    if (!texts.length) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      const request: Request = { results: new Array<BlockResult>(texts.length), left: texts.length, resolve, reject };
      const q = this.queues.get(tabId) ?? [];
      texts.forEach((text, index) => q.push({ text, request, index }));
      this.queues.set(tabId, q);
      void this.pump();
    });
  }

  /** A closed tab's turn history goes (blocks it still has queued are answered as before). */
  forget(tabId: number): void {
    this.lastServed.delete(tabId);
    this.rates.delete(tabId);
  }

  /**
   * The waiting tab served longest ago. A tab that arrives while a busy tab's batch runs
   * is next, after that one batch: a fixed round order would put it behind the busy
   * tab's next batch too, doubling its wait (the flood test, tests/e2e/attacks.spec.ts).
   */
  private nextTab(): number {
    let best = -1;
    let bestTurn = Infinity;
    for (const tabId of this.queues.keys()) {
      const t = this.lastServed.get(tabId) ?? -1;
      if (t < bestTurn) [best, bestTurn] = [tabId, t];
    }
    return best;
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queues.size) {
        const tabId = this.nextTab();
        const q = this.queues.get(tabId)!;
        if (!this.mayRun(tabId)) {
          this.fail(tabId, new Set(q.map((p) => p.request)), new OverBudget('over budget'));
          continue;
        }
        const batch = takeTurn(q, turnChars(this.rates.get(tabId), this.batchChars, this.turnMs));
        if (!q.length) this.queues.delete(tabId);
        this.lastServed.set(tabId, this.turn++);
        const chars = batch.reduce((n, p) => n + p.text.length, 0);
        const t0 = performance.now();
        try {
          const results = await this.inner.annotate(batch.map((p) => p.text));
          batch.forEach((p, i) => {
            p.request.results[p.index] = results[i]!;
            if (--p.request.left === 0) p.request.resolve(p.request.results);
          });
        } catch (e) {
          this.fail(tabId, new Set(batch.map((p) => p.request)), e);
        }
        const ms = performance.now() - t0;
        this.spent(tabId, chars, ms);
        if (chars) this.rates.set(tabId, RATE_WEIGHT * (ms / chars) + (1 - RATE_WEIGHT) * (this.rates.get(tabId) ?? ms / chars));
      }
    } finally {
      this.running = false;
    }
  }

  /** A failed batch fails its requests; their other blocks leave the queue untokenised. */
  private fail(tabId: number, requests: Set<Request>, e: unknown): void {
    for (const r of requests) r.reject(e);
    const q = this.queues.get(tabId);
    if (!q) return;
    const rest = q.filter((p) => !requests.has(p.request));
    if (rest.length) this.queues.set(tabId, rest);
    else this.queues.delete(tabId);
  }
}
