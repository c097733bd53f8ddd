// A set of strings numbered in insertion order, found by a 32-bit hash the caller computes, for the
// index's ids and body keys (a stream's worth of them). A lookup compares hashes in one typed table,
// one cache line per probe, and compares strings only when the hashes agree: a Map of strings that
// large costs several cache misses per lookup (its buckets, its chained entries, their keys).

export class StringIndex {
  /** The strings by entry number, in insertion order. */
  readonly keys: string[] = [];
  /** Open addressing: [hash, entry + 1] per position, 0 as the second field when empty. */
  private table = new Int32Array(1024 * 2);
  private mask = 1023;

  /** The entry number of `key` (whose hash is `hash`), or -1. */
  find(key: string, hash: number): number {
    const table = this.table;
    const h = hash | 0;
    for (let at = spread(h) & this.mask; ; at = (at + 1) & this.mask) {
      const entry = table[at * 2 + 1]! - 1;
      if (entry < 0) return -1;
      if (table[at * 2] === h && this.keys[entry] === key) return entry;
    }
  }

  /** Adds `key` (absent, whose hash is `hash`); returns its entry number. */
  add(key: string, hash: number): number {
    if ((this.keys.length + 1) * 2 > this.mask + 1) this.grow();
    const entry = this.keys.length;
    this.keys.push(key);
    this.place(hash | 0, entry);
    return entry;
  }

  private place(hash: number, entry: number): void {
    const table = this.table;
    let at = spread(hash) & this.mask;
    while (table[at * 2 + 1] !== 0) at = (at + 1) & this.mask;
    table[at * 2] = hash;
    table[at * 2 + 1] = entry + 1;
  }

  private grow(): void {
    const old = this.table;
    this.mask = this.mask * 2 + 1;
    this.table = new Int32Array((this.mask + 1) * 2);
    for (let at = 0; at < old.length; at += 2) if (old[at + 1] !== 0) this.place(old[at]!, old[at + 1]! - 1);
  }
}

/** The hashes are FNV-1a, whose low bits alone are weak: spread them over the table's positions. */
function spread(hash: number): number {
  return Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) >>> 0;
}
