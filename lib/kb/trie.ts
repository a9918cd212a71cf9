/**
 * A character trie over normalised alias keys, frozen into flat typed arrays.
 *
 * Lookup walks from one start position and stops as soon as no alias continues, so its
 * cost depends on the text and the aliases that share its prefixes, not on how many
 * aliases there are. Layout (packed as keys are added): the root's children sit in a
 * direct table indexed by UTF-16 unit (one array read for the first step, where most
 * walks end), deeper children in an open-addressing table of (node, char) → child. A
 * child is stored as id × 2 + 1 when a key ends there, so a step reads the values list
 * only at a key's end: with 100 000 aliases a walk's every step would otherwise read a
 * second large array (another cache miss), which made the matcher 1.66× slower than
 * with 100 aliases (target ≤ 1.5×).
 */
/** Slots per child the table starts with, and the load it is kept under (short probe chains: most end at the first slot). */
const INITIAL_SLOTS = 1 << 10;
const MAX_LOAD = 0.25;

export class Trie<T> {
  private frozen = false;
  size = 0;
  /** nodes made so far (the root is node 0) */
  private nodes = 1;
  /** the root's children: a direct table indexed by UTF-16 unit */
  private rootTable = new Int32Array(0x10000).fill(-1);
  /** slots of three ints [node, char, child] side by side: one cache line per probe */
  private slots = new Int32Array(INITIAL_SLOTS * 3).fill(-1);
  private mask = INITIAL_SLOTS - 1;
  private used = 0;
  private values: (T[] | undefined)[] = [undefined];

  /**
   * Adds a key straight into the packed tables (no tree of maps built first and packed
   * after: 32 000 keys, most of them a person's family name + title forms, took 150–300 ms
   * of the tokenizer worker's start that way, beside the dictionary's read).
   */
  add(key: string, value: T): void {
    if (this.frozen) throw new Error('trie is frozen');
    if (key.length === 0) return;
    // where the code of the node reached is stored: the root table (-1 - index) or a slot
    let at = -1 - key.charCodeAt(0);
    let code = this.rootTable[key.charCodeAt(0)]!;
    if (code < 0) code = this.rootTable[key.charCodeAt(0)] = this.newNode();
    for (let i = 1; i < key.length; i++) {
      const node = code >> 1;
      const c = key.charCodeAt(i);
      let h = this.find(node, c);
      if (this.slots[h * 3] === -1) {
        if ((this.used + 1) / (this.mask + 1) > MAX_LOAD) {
          this.grow();
          h = this.find(node, c);
        }
        this.slots[h * 3] = node;
        this.slots[h * 3 + 1] = c;
        this.slots[h * 3 + 2] = this.newNode();
        this.used++;
      }
      at = h;
      code = this.slots[h * 3 + 2]!;
    }
    // a key ends here: its code says so, where its parent stores it
    const node = code >> 1;
    if (at < 0) this.rootTable[-1 - at] = node * 2 + 1;
    else this.slots[at * 3 + 2] = node * 2 + 1;
    (this.values[node] ??= []).push(value);
    this.size++;
  }

  private newNode(): number {
    this.values.push(undefined);
    return this.nodes++ * 2;
  }

  /** The slot holding (node, c), or the empty slot where it would go. */
  private find(node: number, c: number): number {
    let h = hash(node, c) & this.mask;
    for (;;) {
      const n = this.slots[h * 3]!;
      if (n === -1 || (n === node && this.slots[h * 3 + 1] === c)) return h;
      h = (h + 1) & this.mask;
    }
  }

  /** Doubles the slot table, placing every child again. */
  private grow(): void {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * 3).fill(-1);
    for (let k = 0; k < old.length; k += 3) {
      if (old[k] === -1) continue;
      const h = this.find(old[k]!, old[k + 1]!);
      this.slots[h * 3] = old[k]!;
      this.slots[h * 3 + 1] = old[k + 1]!;
      this.slots[h * 3 + 2] = old[k + 2]!;
    }
  }

  /** No more `add` after this (the tables are already packed). */
  freeze(): this {
    this.frozen = true;
    return this;
  }

  /** the child's code (id × 2 + has values), or -1 */
  private child(node: number, c: number): number {
    for (let h = hash(node, c) & this.mask; ; h = (h + 1) & this.mask) {
      const n = this.slots[h * 3]!;
      if (n === -1) return -1;
      if (n === node && this.slots[h * 3 + 1] === c) return this.slots[h * 3 + 2]!;
    }
  }

  /**
   * Every alias that starts at `from` in `text`, shortest first: calls
   * `visit(end, values)` for each key that ends at `end` (exclusive).
   */
  walk(text: string, from: number, visit: (end: number, values: T[]) => void): void {
    if (from >= text.length) return;
    let code = this.rootTable[text.charCodeAt(from)]!;
    for (let i = from + 1; code >= 0; i++) {
      const node = code >> 1;
      if (code & 1) visit(i, this.values[node]!);
      if (i >= text.length) return;
      code = this.child(node, text.charCodeAt(i));
    }
  }
}

function hash(node: number, c: number): number {
  return Math.imul(node ^ Math.imul(c, 0x9e3779b1), 0x85ebca6b) ^ (node >>> 13);
}
