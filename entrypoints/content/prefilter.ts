/**
 * The cheap first look at a page, in the content script: does a block contain any alias
 * at all (normalised, anywhere, no tokenizer)? Only blocks that do are sent on for
 * tokenising, so a page with no candidate costs a text walk and one scan.
 *
 * The scan runs on the alias-key form (lib/text/normalize.ts) without its offset maps.
 * Aliases are grouped by their first two key characters: a position whose pair starts
 * no alias is passed over with one map lookup, and construction is a single pass (the
 * script runs once per page, so building anything bigger would cost more than it saves).
 */
import { normalizeKey } from '../../lib/text/normalize';

const QUOTES = /[\s「」『』【】〈〉《》〔〕“”‘’"'＂＇｢｣]/gu;
/** Characters whose key form is themselves (see normalize.ts isStable), lower-cased. */
const STABLE = /^[\t\n\r\u0020-\u007e\u3001\u3002\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff]*$/u;

function quickKey(text: string): string {
  // the common case, plain Japanese and ASCII, needs no Unicode normalisation
  return STABLE.test(text) ? text.toLowerCase().replace(QUOTES, '') : normalizeKey(text);
}

export class Prefilter {
  /** aliases by their first two key characters (as one number) */
  private readonly byPair = new Map<number, string[]>();
  private readonly singles = new Set<number>();

  constructor(keys: string[]) {
    for (const k of keys) {
      if (k.length === 1) {
        this.singles.add(k.charCodeAt(0));
        continue;
      }
      const pair = k.charCodeAt(0) * 0x10000 + k.charCodeAt(1);
      const list = this.byPair.get(pair);
      if (list) list.push(k);
      else this.byPair.set(pair, [k]);
    }
  }

  mayContain(text: string): boolean {
    const key = quickKey(text);
    for (let i = 0; i < key.length; i++) {
      const a = key.charCodeAt(i);
      if (this.singles.has(a)) return true;
      if (i + 1 >= key.length) break;
      const list = this.byPair.get(a * 0x10000 + key.charCodeAt(i + 1));
      if (list) for (const k of list) if (key.startsWith(k, i)) return true;
    }
    return false;
  }
}
