/** Messages between the tokenizer worker (entrypoints/tokenizer-worker.ts) and its client. */
import type { BlockResult } from '../../lib/annotate';
import type { ServiceStats } from '../../lib/service';
import type { DictFile } from '../../lib/tokenize/types';

export type WorkerRequest =
  | { id: number; type: 'annotate'; blocks: string[] }
  | { id: number; type: 'stats' }
  /** the dictionary files as shipped (unzipped, in the tight layout), transferred, in answer to 'read-dict' */
  | { type: 'dict'; files: [DictFile, ArrayBuffer][]; readMs: number }
  | { type: 'dict-error'; error: string };

export type WorkerReply =
  | { id: number; ok: true; results?: BlockResult[]; stats: ServiceStats; workerMs?: number }
  | { id: number; ok: false; error: string; stats: ServiceStats }
  /** the service went idle and released the dictionary: terminate the worker */
  | { type: 'idle' }
  /** the worker is loading: its page fetches the files (where the tests can slow them) */
  | { type: 'read-dict' };
