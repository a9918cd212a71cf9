/**
 * The cheap first look at a page, in the content script: does a block contain any alias
 * at all (normalised, anywhere, no tokenizer)? Only blocks that do are sent on for
 * tokenising, so a page with no candidate costs a text walk and one scan.
 *
 * The scan runs on the alias-key form (lib/text/normalize.ts) but without its offset
 * maps, and a table of every alias's first two key characters rejects almost every
 * position with one array read before the trie is consulted.
 */
import { Trie } from '../../lib/match/trie';
import { normalizeKey } from '../../lib/text/normalize';

/** Buckets of the first-two-characters gate: 2^16 bits = 8 KB, mostly empty. */
const GATE_BITS = 1 << 16;

const QUOTES = /[\s「」『』【】〈〉《》〔〕“”‘’"'＂＇｢｣]/gu;
/** Characters whose key form is themselves (see normalize.ts isStable), lower-cased. */
const STABLE = /^[\t\n\r\u0020-\u007e\u3001\u3002\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff]*$/u;

function quickKey(text: string): string {
  // the common case, plain Japanese and ASCII, needs no Unicode normalisation
  return STABLE.test(text) ? text.toLowerCase().replace(QUOTES, '') : normalizeKey(text);
}

export class Prefilter {
  private trieCache: Trie<true> | undefined;
  private readonly gate = new Uint8Array(GATE_BITS / 8);
  private readonly singles = new Set<number>();

  /** The exact check, built only when the gate first lets a position through. */
  private get trie(): Trie<true> {
    if (!this.trieCache) {
      const t = new Trie<true>();
      for (const k of this.keys) t.add(k, true);
      this.trieCache = t.freeze();
    }
    return this.trieCache;
  }

  constructor(private readonly keys: string[]) {
    for (const k of keys) {
      if (k.length === 1) this.singles.add(k.charCodeAt(0));
      else {
        const h = this.bucket(k.charCodeAt(0), k.charCodeAt(1));
        this.gate[h >> 3]! |= 1 << (h & 7);
      }
    }
  }

  private bucket(a: number, b: number): number {
    return (Math.imul(a, 31) ^ b) & (GATE_BITS - 1);
  }

  mayContain(text: string): boolean {
    const key = quickKey(text);
    let hit = false;
    const found = () => {
      hit = true;
    };
    for (let i = 0; i < key.length && !hit; i++) {
      const a = key.charCodeAt(i);
      if (this.singles.has(a)) return true;
      if (i + 1 >= key.length) break;
      const h = this.bucket(a, key.charCodeAt(i + 1));
      if ((this.gate[h >> 3]! & (1 << (h & 7))) === 0) continue;
      this.trie.walk(key, i, found);
    }
    return hit;
  }
}
