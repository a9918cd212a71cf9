/** Messages between the tokenizer worker (entrypoints/tokenizer-worker.ts) and its client. */
import type { BlockResult } from '../../lib/annotate';
import type { ServiceStats } from '../../lib/service';

export type WorkerRequest = { id: number; type: 'annotate'; blocks: string[] } | { id: number; type: 'stats' } | { id: number; type: 'warm' };

export type WorkerReply =
  | { id: number; ok: true; results?: BlockResult[]; stats: ServiceStats; workerMs?: number }
  | { id: number; ok: false; error: string; stats: ServiceStats }
  /** the service went idle and released the dictionary: terminate the worker */
  | { type: 'idle' };
