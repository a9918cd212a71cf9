/**
 * The annotation service behind the extension's tokenizer host (the service worker on
 * Chrome, a worker of the background page on Firefox): loads the dictionary on first use only,
 * at most once while it is held, and lets it go after a quiet period.
 */
import { annotateBlock, type BlockResult } from './annotate';
import type { KbIndex } from './kb/index';
import type { MatchEntity } from './kb/types';
import type { Tokenizer } from './tokenize/types';

/**
 * Release the dictionary after this long without a request: it holds ~100 MB (the
 * extension's process grows from ~108 to ~210 MB RSS in `npm run bench`), and a
 * reader who stopped reading matching articles should not keep paying for it. Ten
 * minutes spans a reading session, so the ~0.5 s reload is rare.
 */
export const DICTIONARY_IDLE_MS = 10 * 60 * 1000;

export interface ServiceStats {
  /** times the dictionary was loaded since this host started */
  loads: number;
  loaded: boolean;
  /** a load is under way (a slow disk or a busy machine: the popup says so) */
  loading?: boolean;
  /** the last load failure, for the popup */
  error?: string;
  lastLoadMs?: number;
  /** where the last load's time went, ms per phase (read = fetch + gunzip, decode, build) */
  lastLoadPhases?: Record<string, number>;
  blocksAnnotated: number;
}

export class AnnotatorService {
  private tokenizer: Promise<Tokenizer> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly stats: ServiceStats = { loads: 0, loaded: false, blocksAnnotated: 0 };

  constructor(
    private readonly kb: () => Promise<KbIndex<MatchEntity>>,
    private readonly loadTokenizer: () => Promise<Tokenizer>,
    private readonly idleMs = DICTIONARY_IDLE_MS,
    private readonly onRelease: () => void = () => {},
  ) {}

  private getTokenizer(): Promise<Tokenizer> {
    if (!this.tokenizer) {
      const t0 = Date.now();
      this.stats.loads++;
      this.stats.loading = true;
      this.tokenizer = this.loadTokenizer().then(
        (t) => {
          this.stats.loading = false;
          this.stats.loaded = true;
          this.stats.lastLoadMs = Date.now() - t0;
          delete this.stats.error;
          return t;
        },
        (e: unknown) => {
          // forget the failed load so a later request tries again
          this.tokenizer = undefined;
          this.stats.loading = false;
          this.stats.error = e instanceof Error ? e.message : String(e);
          throw e;
        },
      );
    }
    return this.tokenizer;
  }

  /**
   * Loads the dataset and the dictionary ahead of a request that is likely to follow
   * (the background calls it while it still checks its cache), so their load overlaps
   * the background's own start. The idle timer runs from now, as after a request.
   */
  async warm(): Promise<void> {
    this.touch();
    await Promise.all([this.kb(), this.getTokenizer()]);
  }

  async annotateBlocks(nfkcBlocks: string[]): Promise<BlockResult[]> {
    this.touch();
    const [kb, tk] = await Promise.all([this.kb(), this.getTokenizer()]);
    const out = nfkcBlocks.map((b) => annotateBlock(b, kb, tk));
    this.stats.blocksAnnotated += out.length;
    this.touch();
    return out;
  }

  private touch(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.release(), this.idleMs);
  }

  release(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.tokenizer = undefined;
    this.stats.loaded = false;
    this.onRelease();
  }
}
