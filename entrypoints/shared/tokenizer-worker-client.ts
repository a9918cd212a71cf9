/**
 * Runs the annotation service in a dedicated worker (entrypoints/tokenizer-worker.ts),
 * started on the first request and terminated when the service reports itself idle or
 * on release(): terminating the worker frees its whole heap, dictionary included.
 */
import type { BlockResult } from '../../lib/annotate';
import type { ServiceStats } from '../../lib/service';
import { extUrl } from './ext-url';
import type { WorkerReply, WorkerRequest } from './tokenizer-worker-protocol';

type Pending = { resolve: (r: Extract<WorkerReply, { ok: true }>) => void; reject: (e: Error) => void };

export class TokenizerWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** loads made by workers already terminated, so `loads` counts since this client started */
  private loadsBefore = 0;
  private last: ServiceStats = { loads: 0, loaded: false, blocksAnnotated: 0 };

  constructor(private readonly onIdle: () => void = () => {}) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(extUrl('/tokenizer-worker.js'));
    w.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (!('id' in m)) {
        // idle; a request that crossed the idle message keeps the worker alive
        if (this.pending.size === 0) {
          this.release();
          this.onIdle();
        }
        return;
      }
      this.last = m.stats;
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (!p) return;
      if (m.ok) p.resolve(m);
      else p.reject(new Error(m.error));
    };
    w.onerror = (e) => {
      e.preventDefault();
      this.fail(new Error(`tokenizer worker: ${e.message || 'failed to start'}`));
    };
    this.worker = w;
    return w;
  }

  private fail(err: Error): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  private call(req: { type: 'annotate'; blocks: string[] } | { type: 'stats' } | { type: 'warm' }): Promise<Extract<WorkerReply, { ok: true }>> {
    const id = this.nextId++;
    const w = this.start();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      w.postMessage({ ...req, id } as WorkerRequest);
    });
  }

  async annotate(nfkcBlocks: string[]): Promise<BlockResult[]> {
    return (await this.call({ type: 'annotate', blocks: nfkcBlocks })).results ?? [];
  }

  /**
   * Starts the worker's loads now (see AnnotatorService.warm); a failure here is
   * reported by the request that follows, which loads again.
   */
  warm(): boolean {
    if (this.worker) return false;
    this.call({ type: 'warm' }).catch(() => {});
    return true;
  }

  /** The service's figures, `loads` counted across workers. */
  async stats(): Promise<ServiceStats> {
    const s = this.worker ? (await this.call({ type: 'stats' })).stats : { ...this.last, loaded: false, loading: false };
    return { ...s, loads: this.loadsBefore + s.loads };
  }

  /** Drops the dictionary now: the worker and its whole heap go. */
  release(): void {
    if (!this.worker) return;
    this.loadsBefore += this.last.loads;
    this.last = { ...this.last, loads: 0, loaded: false, loading: false };
    this.fail(new Error('the tokenizer was released'));
  }
}
