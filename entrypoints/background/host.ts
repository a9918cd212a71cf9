/**
 * Where the tokenizer runs: on Chrome the service worker's own thread, on Firefox a
 * dedicated worker of the background page. Either way the dictionary is loaded on the
 * first request that needs tokenising and let go after DICTIONARY_IDLE_MS without one.
 */
import type { BlockResult } from '../../lib/annotate';
import type { MatchKb } from '../../lib/kb/types';
import { AnnotatorService, DICTIONARY_IDLE_MS, type ServiceStats } from '../../lib/service';
import { SERVICE_WORKER_KEEPALIVE_MS } from '../shared/timing';
import { tokenizerLoaders, type TokenizerLoaders } from '../shared/tokenizer-loaders';
import { TokenizerWorker } from '../shared/tokenizer-worker-client';

/** What the background leaves on its global for the bench and the e2e suite (./index.ts). */
export interface HostProbe {
  /** the release DICTIONARY_IDLE_MS without a request would make: the dictionary and the dataset let go */
  releaseAsIdle(): Promise<void>;
  stats(): Promise<ServiceStats | undefined>;
  /** whether the background holds (or is reading) the dataset */
  datasetHeld(): boolean;
}

export interface TokenizerHost {
  annotate(nfkcBlocks: string[]): Promise<BlockResult[]>;
  stats(): Promise<ServiceStats | undefined>;
  close(): Promise<void>;
  /**
   * Starts loading the dictionary unless it is loaded; resolves true if this call
   * started a load (the caller may close the host again when no request needed it).
   */
  warm(): Promise<boolean>;
  /** The dataset's matching half the tokenizer holds or is reading, where it runs in the background's own thread (Chrome), else undefined. */
  heldMatch?(): Promise<MatchKb> | undefined;
}

/**
 * Chrome: the service on the service worker's own thread. An MV3 service worker cannot
 * start a Worker, and a page to start one in (an offscreen document) cost ~30 MB of the
 * extension's process that its closing did not give back (docs/adr/tokenizer-in-service-worker.md).
 * Chrome stops a service worker 30 s after its last event or extension API call, which
 * would drop the dictionary with it: while one is held, an API call every
 * SERVICE_WORKER_KEEPALIVE_MS keeps the worker, until the service releases the dictionary
 * (DICTIONARY_IDLE_MS without a request) or close() does. Tokenising here holds the worker's
 * thread, so each tab's turn is kept short (./fair-host.ts, HOST_TURN_MS).
 */
export class ServiceWorkerHost implements TokenizerHost {
  private service: AnnotatorService | undefined;
  /** the current service's loaders: they hold the dataset they read, so they go with it */
  private loaders: TokenizerLoaders | undefined;
  /** the last load's phases, kept as figures once its loaders are gone */
  private lastPhases: Record<string, number> = {};
  private keepAlive: ReturnType<typeof setInterval> | undefined;
  /** loads made by services already released, so `loads` counts since this host started */
  private loadsBefore = 0;
  private blocksBefore = 0;

  constructor(
    private readonly onIdle: () => void,
    /** what the service loads (tests give their own) */
    private readonly makeLoaders: () => TokenizerLoaders = () => tokenizerLoaders(browser.runtime.getURL('/')),
    private readonly idleMs = DICTIONARY_IDLE_MS,
  ) {}

  heldMatch(): Promise<MatchKb> | undefined {
    return this.loaders?.heldMatch?.();
  }

  private get(): AnnotatorService {
    if (this.service) return this.service;
    const loaders = (this.loaders = this.makeLoaders());
    const service: AnnotatorService = new AnnotatorService(loaders.loadKb, loaders.loadTokenizer, this.idleMs, () => {
      // idle: the dictionary is let go; so is the dataset the background holds
      if (this.drop(service)) this.onIdle();
    });
    this.keepAlive = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => {}), SERVICE_WORKER_KEEPALIVE_MS);
    return (this.service = service);
  }

  /** Forgets `service` if it is the current one (and stops keeping the worker); false if it was already gone. */
  private drop(service: AnnotatorService): boolean {
    if (this.service !== service) return false;
    clearInterval(this.keepAlive);
    this.keepAlive = undefined;
    this.loadsBefore += service.stats.loads;
    this.blocksBefore += service.stats.blocksAnnotated;
    this.lastPhases = this.loaders?.phases() ?? this.lastPhases;
    // the loaders keep the dataset (and its trie) they read: kept, they left the service
    // worker's heap 4.6 MB fuller and 2.5 MB more ArrayBuffers after the release than
    // without them (npm run bench, 2026-12-01)
    this.service = this.loaders = undefined;
    return true;
  }

  annotate(nfkcBlocks: string[]): Promise<BlockResult[]> {
    return this.get().annotateBlocks(nfkcBlocks);
  }

  async warm(): Promise<boolean> {
    const service = this.get();
    if (service.stats.loaded || service.stats.loading) return false;
    // a failure here is reported by the request that follows, which loads again; meanwhile
    // the service holds nothing, so it goes, and the keep-alive with it (kept, the worker
    // stayed awake for DICTIONARY_IDLE_MS with no dictionary)
    service.warm().catch(() => {
      if (!service.stats.loaded && !service.stats.loading && this.drop(service)) service.release();
    });
    return true;
  }

  async stats(): Promise<ServiceStats | undefined> {
    const s = this.service?.stats;
    const phases = this.loaders?.phases() ?? this.lastPhases;
    const lastLoadPhases = Object.keys(phases).length ? { lastLoadPhases: phases } : {};
    if (!s) return this.loadsBefore ? { loads: this.loadsBefore, loaded: false, blocksAnnotated: this.blocksBefore, ...lastLoadPhases } : undefined;
    return { ...s, loads: this.loadsBefore + s.loads, blocksAnnotated: this.blocksBefore + s.blocksAnnotated, ...lastLoadPhases };
  }

  async close(): Promise<void> {
    const service = this.service;
    if (!service || !this.drop(service)) return;
    // the service's own timer and stats go with it; its release calls back into drop(), which is a no-op now
    service.release();
  }
}

/** Firefox: a worker of the background page, terminated when idle (its heap goes with it). */
class WorkerHost implements TokenizerHost {
  private readonly service: TokenizerWorker;
  constructor(onIdle: () => void) {
    this.service = new TokenizerWorker(onIdle);
  }
  annotate(nfkcBlocks: string[]): Promise<BlockResult[]> {
    return this.service.annotate(nfkcBlocks);
  }
  stats(): Promise<ServiceStats> {
    return this.service.stats();
  }
  async warm(): Promise<boolean> {
    return this.service.warm();
  }
  async close(): Promise<void> {
    this.service.release();
  }
}

/**
 * `onIdle`: the tokenizer went idle and gave its memory back. Where the background can
 * start a Worker (Firefox's background page), the service runs in one; Chrome's service
 * worker cannot, and runs it itself.
 */
export function createHost(onIdle: () => void, heldMatch: () => Promise<MatchKb> | undefined): TokenizerHost {
  return typeof Worker === 'function' ? new WorkerHost(onIdle) : new ServiceWorkerHost(onIdle, () => tokenizerLoaders(browser.runtime.getURL('/'), heldMatch));
}
