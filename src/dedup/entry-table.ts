// Open addressing from well-mixed 32-bit keys to entry numbers, for indexes that keep their entries
// in arrays of their own (ids, bodies): [key, entry + 1] per position, 0 as the second field when
// empty, so a probe reads one cache line and compares entries only when the keys agree.

export class EntryTable {
  private table = new Int32Array(1024 * 2);
  private mask = 1023;

  /** The first position to probe for `key`; go on with `next` until `entryAt` gives -1. */
  first(key: number): number {
    return key & this.mask;
  }

  next(at: number): number {
    return (at + 1) & this.mask;
  }

  /** The entry number at a position, or -1 when the position is empty. */
  entryAt(at: number): number {
    return this.table[at * 2 + 1]! - 1;
  }

  keyAt(at: number): number {
    return this.table[at * 2]!;
  }

  /** Adds entry number `entry` under `key`; `count` entries will then be in the table. */
  add(key: number, entry: number, count: number): void {
    if (count * 2 > this.mask + 1) this.grow();
    this.place(key | 0, entry);
  }

  private place(key: number, entry: number): void {
    const table = this.table;
    let at = key & this.mask;
    while (table[at * 2 + 1] !== 0) at = (at + 1) & this.mask;
    table[at * 2] = key;
    table[at * 2 + 1] = entry + 1;
  }

  /** Twice the positions, every entry placed again (at most half full keeps probes short). */
  private grow(): void {
    const old = this.table;
    this.mask = this.mask * 2 + 1;
    this.table = new Int32Array((this.mask + 1) * 2);
    for (let at = 0; at < old.length; at += 2) if (old[at + 1] !== 0) this.place(old[at]!, old[at + 1]! - 1);
  }
}
