/**
 * The cheap first look at a page, in the content script: does a block contain any alias
 * at all (normalised, anywhere, no tokenizer)? Only blocks that do are sent on for
 * tokenising, so a page with no candidate costs a text walk and one scan.
 */
import { Trie } from '../../lib/match/trie';
import { normalizeText } from '../../lib/text/normalize';

export class Prefilter {
  private readonly trie = new Trie<true>();

  constructor(keys: string[]) {
    for (const k of keys) this.trie.add(k, true);
    this.trie.freeze();
  }

  mayContain(text: string): boolean {
    const key = normalizeText(text).key;
    let hit = false;
    for (let i = 0; i < key.length && !hit; i++) {
      this.trie.walk(key, i, () => {
        hit = true;
      });
    }
    return hit;
  }
}
