/**
 * Turns at the one tokenizer: each tab's blocks go to the host in batches of at most
 * HOST_BATCH_CHARS characters, one batch per tab in turn, so a page that sends a lot
 * (within its budget) delays another tab's page by about one batch per turn, never by
 * its whole request. Tokenizer time is recorded per tab for the status.
 */
import type { BlockResult } from '../../lib/annotate';
import { HOST_BATCH_CHARS } from '../shared/limits';
import type { TokenizerHost } from './host';

interface Job {
  texts: string[];
  resolve: (r: BlockResult[]) => void;
  reject: (e: unknown) => void;
}

/** Consecutive blocks grouped up to `max` characters (a longer block goes alone). */
export function batches(texts: string[], max = HOST_BATCH_CHARS): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let chars = 0;
  for (const t of texts) {
    if (cur.length && chars + t.length > max) {
      out.push(cur);
      cur = [];
      chars = 0;
    }
    cur.push(t);
    chars += t.length;
  }
  if (cur.length) out.push(cur);
  return out;
}

export class FairHost {
  private readonly queues = new Map<number, Job[]>();
  private running = false;

  constructor(
    private readonly inner: Pick<TokenizerHost, 'annotate'>,
    /** tokenizer time spent for a tab (ms) and the characters it covered */
    private readonly spent: (tabId: number, chars: number, ms: number) => void = () => {},
    private readonly batchChars = HOST_BATCH_CHARS,
  ) {}

  async annotate(tabId: number, texts: string[]): Promise<BlockResult[]> {
    const parts = await Promise.all(batches(texts, this.batchChars).map((b) => this.enqueue(tabId, b)));
    return parts.flat();
  }

  private enqueue(tabId: number, texts: string[]): Promise<BlockResult[]> {
    return new Promise((resolve, reject) => {
      const q = this.queues.get(tabId) ?? [];
      q.push({ texts, resolve, reject });
      this.queues.set(tabId, q);
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queues.size) {
        // one batch per tab per round
        for (const [tabId, q] of [...this.queues]) {
          const job = q.shift()!;
          if (!q.length) this.queues.delete(tabId);
          const t0 = performance.now();
          try {
            job.resolve(await this.inner.annotate(job.texts));
          } catch (e) {
            job.reject(e);
          }
          this.spent(
            tabId,
            job.texts.reduce((n, t) => n + t.length, 0),
            performance.now() - t0,
          );
        }
      }
    } finally {
      this.running = false;
    }
  }
}
