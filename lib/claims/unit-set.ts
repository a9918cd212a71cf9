/**
 * A set of UTF-16 units over a table of all 65 536, emptied by a new stamp instead of a
 * clear: the claim search asks, per sentence, whether each pattern's first characters
 * occur in it, and a `String#includes` per pattern and alternative was most of its time.
 */
export class UnitSet {
  private readonly table = new Uint32Array(0x10000);
  private stamp = 0;

  /** Empties the set. */
  clear(): void {
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.table.fill(0);
      this.stamp = 1;
    }
  }

  /** Adds every unit of `s`. */
  addAll(s: string): void {
    for (let i = 0; i < s.length; i++) this.table[s.charCodeAt(i)] = this.stamp;
  }

  has(unit: number): boolean {
    return this.table[unit] === this.stamp;
  }
}
