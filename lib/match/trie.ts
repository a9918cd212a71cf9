/**
 * A character trie over normalised alias keys. Lookup walks from one start position
 * and stops as soon as no alias continues, so its cost depends on the text and the
 * longest alias there, not on how many aliases the knowledge base holds.
 */
export interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | undefined;
  values: T[] | undefined;
}

export class Trie<T> {
  readonly root: TrieNode<T> = { next: undefined, values: undefined };
  size = 0;

  add(key: string, value: T): void {
    if (key.length === 0) return;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(c);
      if (!child) {
        child = { next: undefined, values: undefined };
        node.next.set(c, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
    this.size++;
  }

  /**
   * Every alias that starts at `from` in `text`, longest last: calls `visit(end, values)`
   * for each key that ends at `end` (exclusive).
   */
  walk(text: string, from: number, visit: (end: number, values: T[]) => void): void {
    let node: TrieNode<T> | undefined = this.root;
    for (let i = from; i < text.length; i++) {
      node = node.next?.get(text.charCodeAt(i));
      if (!node) return;
      if (node.values) visit(i + 1, node.values);
    }
  }
}
