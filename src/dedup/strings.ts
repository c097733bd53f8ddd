// A set of strings numbered in insertion order, found by a 32-bit hash the caller computes, for the
// index's ids and body keys (a stream's worth of them). A lookup compares hashes in one typed table,
// one cache line per probe, and compares strings only when the hashes agree: a Map of strings that
// large costs several cache misses per lookup (its buckets, its chained entries, their keys).

import { EntryTable } from './entry-table.js';

export class StringIndex {
  /** The strings by entry number, in insertion order. */
  readonly keys: string[] = [];
  private readonly table = new EntryTable();

  /** The entry number of `key` (whose hash is `hash`), or -1. */
  find(key: string, hash: number): number {
    const table = this.table;
    const spreadHash = spread(hash | 0) | 0;
    for (let at = table.first(spreadHash); ; at = table.next(at)) {
      const entry = table.entryAt(at);
      if (entry < 0) return -1;
      if (table.keyAt(at) === spreadHash && this.keys[entry] === key) return entry;
    }
  }

  /** Adds `key` (absent, whose hash is `hash`); returns its entry number. */
  add(key: string, hash: number): number {
    const entry = this.keys.length;
    this.keys.push(key);
    this.table.add(spread(hash | 0), entry, this.keys.length);
    return entry;
  }
}

/** The hashes are FNV-1a, whose low bits alone are weak: spread them over the table's positions. */
function spread(hash: number): number {
  return Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) >>> 0;
}
