/**
 * A character trie over normalised alias keys, frozen into flat typed arrays.
 *
 * Lookup walks from one start position and stops as soon as no alias continues, so its
 * cost depends on the text and the aliases that share its prefixes, not on how many
 * aliases there are. Frozen layout (after `freeze()`): the root's children sit in a
 * direct table indexed by UTF-16 unit (one array read for the first step, where most
 * walks end); the second step's node is found by a hash of the first two units
 * (`pairSlots`), since the root's children are the widest nodes; every other node's
 * children lie side by side, sorted by character, in two parallel arrays (a node's run
 * found by `firstChild`), read by a short scan or, for a wide node, a binary search. Bit
 * filters over the first two and three units end most walks before they read those
 * megabytes. A child is stored as id × 2 + 1 when a key ends there, so a
 * step reads the values list only at a key's end: with 100 000 aliases a walk's every
 * step would otherwise read a second large array (another cache miss), which made the
 * matcher 1.66× slower than with 100 aliases (target ≤ 1.5×).
 *
 * Memory (issue #16, the tokenizer's worker holds this while loaded): the keys are kept as
 * added and the nodes made only at `freeze()`, from the keys sorted, straight into the
 * arrays: no object or Map per node (87 000 nodes for the dataset's 32 000 keys on
 * 2026-11-30: the Map-per-node build allocated ~45 MB of the worker's heap for ~8 MB it
 * kept), and ~10 bytes a node instead of an open-addressing table's 48–96.
 */

/** A node with more children than this is searched by halving, a narrower one scanned. */
const SCAN_CHILDREN = 8;

/**
 * The values a read-back trie names by place: an array, or a list that makes each value
 * when first asked for (the person forms, ./person-forms.ts `formList`).
 */
export interface ValueList<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

export class Trie<T> {
  /** keys and values as added, until `freeze()` */
  private added: { keys: string[]; values: T[] } | undefined = { keys: [], values: [] };
  size = 0;
  // frozen form
  private rootTable = new Int32Array(0);
  /** node id → where its children start in `childChar`/`childCode` (one more entry: the end) */
  private firstChild = new Int32Array(0);
  private childChar = new Uint16Array(0);
  /** the child's code: id × 2 + 1 when a key ends there, else id × 2 */
  private childCode = new Int32Array(0);
  /** the values of each key, in the order the keys were made into nodes */
  private lists: T[][] = [];
  /** a trie read back (fromFrozen): each key's values, made on its first walk to it */
  private frozen: { listStart: Int32Array; listItems: Int32Array; values: ValueList<T> } | undefined;
  /** node id → 1 + its values' place in `lists` (0: no key ends there) */
  private listOf = new Int32Array(0);
  /**
   * A bit per hashed pair of first two units that starts a key: most walks end at the
   * second unit, and this table (64 kB) answers "no child" without reading the child
   * arrays (megabytes, out of the cache once the tokenizer has run between two blocks).
   * No false negatives: a clear bit means no key starts with the pair.
   */
  private pairs = new Uint32Array(0);
  /**
   * The node after each pair of first two units that starts a key, by open addressing: the
   * pair (first × 65 536 + second, as an int32) and its child code side by side, an empty
   * slot's code 0. A first unit's children run to hundreds with 100 000 aliases, and the
   * binary search over them read several cache lines at every start that got past the pair
   * bits; the slot is one line (`npm run bench`, matcher 100 000 / 100 aliases).
   */
  private pairSlots = new Int32Array(0);
  /** As `pairs`, for the first three units: most walks past a pair end at its child (64 kB, no false negatives). */
  private triples = new Uint32Array(0);
  /** 32 − log2(the slots): a pair's slot is its hash's top bits */
  private pairShift = 32;

  add(key: string, value: T): void {
    if (!this.added) throw new Error('trie is frozen');
    if (key.length === 0) return;
    this.added.keys.push(key);
    this.added.values.push(value);
    this.size++;
  }

  /** Packs the trie into arrays; no more `add` after this. */
  freeze(): this {
    if (!this.added) return this;
    const { keys, values: added } = this.added;
    this.added = undefined;
    // The build's own tables are typed arrays, sized for the worst case (every character a
    // node of its own), not growing lists: in a worker's fresh heap, lists that live through
    // the build are copied from collection to collection and make its young generation grow.
    const bound = keys.reduce((n, k) => n + k.length, 1);
    // by key in UTF-16 order (the walk's); one key's values in the order they were added
    const order = Int32Array.from(keys, (_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
    // nodes numbered as made, depth first; an edge per node but the root: its parent and character
    let nodes = 1;
    const parentOf = new Int32Array(bound);
    const charOf = new Uint16Array(bound);
    /** node → 1 + its values' place in `lists`, 0 = no key ends there */
    const listOf = new Int32Array(bound);
    const lists: T[][] = [];
    /** the previous key's path: path[d] = the node after its first d characters */
    const path: number[] = [0];
    let prev = '';
    for (const i of order) {
      const key = keys[i]!;
      let shared = 0;
      while (shared < key.length && shared < prev.length && key.charCodeAt(shared) === prev.charCodeAt(shared)) shared++;
      // the keys come sorted, so a node's children are made in character order and never twice
      for (let d = shared; d < key.length; d++) {
        parentOf[nodes] = path[d]!;
        charOf[nodes] = key.charCodeAt(d);
        path[d + 1] = nodes++;
      }
      const end = path[key.length]!;
      // a list made with its first value is sized to it; `[]` then push would reserve 17 slots (~5 MB over the dataset)
      if (listOf[end]) lists[listOf[end] - 1]!.push(added[i]!);
      else listOf[end] = lists.push([added[i]!]);
      prev = key;
    }
    this.lists = lists;
    this.listOf = listOf.slice(0, nodes);
    this.rootTable = new Int32Array(0x10000).fill(-1);
    this.firstChild = new Int32Array(nodes + 1);
    for (let n = 1; n < nodes; n++) if (parentOf[n] !== 0) this.firstChild[parentOf[n]! + 1]!++;
    for (let n = 0; n < nodes; n++) this.firstChild[n + 1]! += this.firstChild[n]!;
    const fill = this.firstChild.slice(0, nodes);
    this.childChar = new Uint16Array(this.firstChild[nodes]!);
    this.childCode = new Int32Array(this.firstChild[nodes]!);
    const roots: number[] = [];
    // node ids rise with the characters among one parent's children: they land sorted
    for (let n = 1; n < nodes; n++) {
      const code = n * 2 + (listOf[n] ? 1 : 0);
      const p = parentOf[n]!;
      if (p === 0) {
        this.rootTable[charOf[n]!] = code;
        roots.push(charOf[n]!);
        continue;
      }
      const at = fill[p]!++;
      this.childChar[at] = charOf[n]!;
      this.childCode[at] = code;
    }
    this.makePairs(roots);
    return this;
  }

  /**
   * The filters and the table over the first units of the keys (`pairs`, `pairSlots`,
   * `triples`), from the root's children, given by their characters (perf-annotate, de8315c).
   * Locals, not fields, in the loops: this runs once per load, as cold code.
   */
  private makePairs(roots: ArrayLike<number>): void {
    const { rootTable, firstChild, childChar, childCode } = this;
    const pairs = (this.pairs = new Uint32Array(PAIR_BITS >>> 5));
    const triples = (this.triples = new Uint32Array(PAIR_BITS >>> 5));
    let count = 0;
    for (let r = 0; r < roots.length; r++) {
      const node = rootTable[roots[r]!]! >> 1;
      count += firstChild[node + 1]! - firstChild[node]!;
    }
    // at most half full, so a probe ends within a slot or two
    let bits = 1;
    while (1 << bits < count * 2) bits++;
    const shift = (this.pairShift = 32 - bits);
    const mask = (1 << bits) - 1;
    const slots = (this.pairSlots = new Int32Array(2 << bits));
    for (let r = 0; r < roots.length; r++) {
      const c0 = roots[r]!;
      const node = rootTable[c0]! >> 1;
      for (let k = firstChild[node]!; k < firstChild[node + 1]!; k++) {
        const c1 = childChar[k]!;
        const bit = pairBit(c0, c1);
        pairs[bit >>> 5]! |= 1 << (bit & 31);
        const pair = (c0 << 16) | c1;
        let at = Math.imul(pair, PAIR_HASH) >>> shift;
        while (slots[2 * at + 1] !== 0) at = (at + 1) & mask;
        slots[2 * at] = pair;
        slots[2 * at + 1] = childCode[k]!;
        const second = childCode[k]! >> 1;
        for (let j = firstChild[second]!; j < firstChild[second + 1]!; j++) {
          const bit3 = tripleBit(c0, c1, childChar[j]!);
          triples[bit3 >>> 5]! |= 1 << (bit3 & 31);
        }
      }
    }
  }

  /** The code of the node after the pair (c0, c1) (id × 2 + has values), or -1. */
  private pairChild(c0: number, c1: number): number {
    const pair = (c0 << 16) | c1;
    const slots = this.pairSlots;
    const mask = (slots.length >> 1) - 1;
    for (let at = Math.imul(pair, PAIR_HASH) >>> this.pairShift; ; at = (at + 1) & mask) {
      const code = slots[2 * at + 1]!;
      if (code === 0) return -1;
      if (slots[2 * at] === pair) return code;
    }
  }

  /**
   * The frozen arrays, each key's values named by their place in `values` (the values as
   * added, in order): to be shipped and read back by `fromFrozen` (./trie-file.ts).
   */
  toFrozen(values: readonly T[]): FrozenTrie {
    if (this.frozen) throw new Error('a trie read back is not exported again');
    if (this.added) this.freeze();
    const place = new Map<T, number>();
    values.forEach((v, i) => place.set(v, i));
    const listStart = new Int32Array(this.lists.length + 1);
    this.lists.forEach((l, k) => (listStart[k + 1] = listStart[k]! + l.length));
    const listItems = Int32Array.from(
      this.lists.flatMap((l) => l),
      (v) => {
        const i = place.get(v);
        if (i === undefined) throw new Error('trie value not among the values given');
        return i;
      },
    );
    const roots: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (this.rootTable[c]! >= 0) roots.push(c);
    return {
      values: values.length,
      firstChild: this.firstChild,
      childChar: this.childChar,
      childCode: this.childCode,
      listOf: this.listOf,
      listStart,
      listItems,
      rootChar: Uint16Array.from(roots),
      rootCode: Int32Array.from(roots, (c) => this.rootTable[c]!),
    };
  }

  /** A trie from `toFrozen`'s arrays and the same values; throws if the arrays do not hold together (nothing is read out of bounds later). */
  static fromFrozen<T>(f: FrozenTrie, values: ValueList<T>): Trie<T> {
    checkFrozen(f, values.length);
    const t = new Trie<T>();
    t.added = undefined;
    t.firstChild = f.firstChild;
    t.childChar = f.childChar;
    t.childCode = f.childCode;
    t.listOf = f.listOf;
    // 30 000 small lists, most never walked to: each is made when first reached (listAt)
    t.lists = new Array<T[]>(f.listStart.length - 1);
    t.frozen = { listStart: f.listStart, listItems: f.listItems, values };
    t.size = f.listItems.length;
    t.rootTable = new Int32Array(0x10000).fill(-1);
    f.rootChar.forEach((c, k) => (t.rootTable[c] = f.rootCode[k]!));
    t.makePairs(f.rootChar);
    return t;
  }

  /** A read-back trie's values at list `k`, made now (fromFrozen). */
  private listAt(k: number): T[] {
    const { listStart, listItems, values } = this.frozen!;
    const list: T[] = [];
    for (let j = listStart[k]!; j < listStart[k + 1]!; j++) list.push(values.at(listItems[j]!)!);
    return (this.lists[k] = list);
  }

  /** the child's code (id × 2 + has values), or -1 */
  private child(node: number, c: number): number {
    let lo = this.firstChild[node]!;
    let hi = this.firstChild[node + 1]!;
    while (hi - lo > SCAN_CHILDREN) {
      const mid = (lo + hi) >> 1;
      // the character, if there, stays in [lo, hi)
      if (this.childChar[mid]! < c) lo = mid + 1;
      else hi = mid + 1;
    }
    for (; lo < hi; lo++) if (this.childChar[lo] === c) return this.childCode[lo]!;
    return -1;
  }

  /**
   * Every alias that starts at `from` in `text`, shortest first: calls
   * `visit(end, values)` for each key that ends at `end` (exclusive).
   */
  walk(text: string, from: number, visit: (end: number, values: T[]) => void): void {
    if (this.added) this.freeze();
    if (from >= text.length) return;
    const first = text.charCodeAt(from);
    let code = this.rootTable[first]!;
    for (let i = from + 1; code >= 0; i++) {
      const node = code >> 1;
      if (code & 1) {
        const k = this.listOf[node]! - 1;
        visit(i, this.lists[k] ?? this.listAt(k));
      }
      if (i >= text.length) return;
      const c = text.charCodeAt(i);
      if (i === from + 1) {
        const bit = pairBit(first, c);
        if ((this.pairs[bit >>> 5]! & (1 << (bit & 31))) === 0) return;
        code = this.pairChild(first, c);
      } else {
        if (i === from + 2) {
          const bit = tripleBit(first, text.charCodeAt(from + 1), c);
          if ((this.triples[bit >>> 5]! & (1 << (bit & 31))) === 0) return;
        }
        code = this.child(node, c);
      }
    }
  }
}

/** A frozen trie's arrays (Trie.toFrozen), its values named by their place in the values list. */
export interface FrozenTrie {
  /** how many values the list it was made with held */
  values: number;
  firstChild: Int32Array<ArrayBuffer>;
  childChar: Uint16Array<ArrayBuffer>;
  childCode: Int32Array<ArrayBuffer>;
  listOf: Int32Array<ArrayBuffer>;
  /** where each key's values start in `listItems` (one more entry: the end) */
  listStart: Int32Array<ArrayBuffer>;
  listItems: Int32Array<ArrayBuffer>;
  /** the root's children: their characters and codes */
  rootChar: Uint16Array<ArrayBuffer>;
  rootCode: Int32Array<ArrayBuffer>;
}

/** Throws unless every index in `f` lands inside its arrays (a broken file fails here, not in a walk). */
function checkFrozen(f: FrozenTrie, values: number): void {
  // indexed loops over local arrays, no closure per item: this runs once per load, as cold code,
  // where for…of and a helper per item took 25–30 ms of a service worker's cold start
  // (CPU profile, unminified build, 2026-12-01)
  const { firstChild, childCode, rootCode, listOf, listStart, listItems } = f;
  const nodes = listOf.length;
  const lists = listStart.length - 1;
  const fail = (what: string) => {
    throw new Error(`trie arrays do not hold together: ${what}`);
  };
  if (f.values !== values) fail(`made with ${f.values} values, given ${values}`);
  if (firstChild.length !== nodes + 1 || f.childChar.length !== childCode.length || f.rootChar.length !== rootCode.length) fail('array lengths');
  if (firstChild[0] !== 0 || firstChild[nodes] !== childCode.length) fail('child runs');
  for (let n = 0; n < nodes; n++) if (firstChild[n]! > firstChild[n + 1]!) fail('child runs');
  // a code is id × 2 + 1 exactly when a key ends at node id (it has values), and never the root (id 0)
  const checkCodes = (codes: Int32Array, what: string) => {
    for (let k = 0; k < codes.length; k++) {
      const c = codes[k]!;
      if (c < 2 || c >> 1 >= nodes || (c & 1) !== (listOf[c >> 1]! > 0 ? 1 : 0)) fail(what);
    }
  };
  checkCodes(childCode, 'a child code');
  checkCodes(rootCode, 'a root code');
  for (let n = 0; n < nodes; n++) if (listOf[n]! < 0 || listOf[n]! > lists) fail('a node’s values');
  if (lists < 0 || listStart[0] !== 0 || listStart[lists] !== listItems.length) fail('value lists');
  for (let k = 0; k < lists; k++) if (listStart[k]! >= listStart[k + 1]!) fail('value lists');
  for (let k = 0; k < listItems.length; k++) if (listItems[k]! < 0 || listItems[k]! >= values) fail('a value');
}

/** Bits of the pair table: 64 kB, a few per cent of false "maybe" with 100 000 aliases. */
const PAIR_BITS = 1 << 19;

/** Fibonacci hashing's multiplier (2^32 / the golden ratio), for the pair bits and the pair slots. */
const PAIR_HASH = 0x9e3779b1;

function pairBit(c0: number, c1: number): number {
  return Math.imul((c0 << 16) | c1, PAIR_HASH) >>> 13;
}

function tripleBit(c0: number, c1: number, c2: number): number {
  return Math.imul(Math.imul((c0 << 16) | c1, PAIR_HASH) ^ c2, 0x85ebca6b) >>> 13;
}
