// Buckets of integer entries by 32-bit key, each keeping its newest entries (a limit per bucket), for
// indexes over a stream (LSH bands in lsh.ts, facts in facts.ts). Entries are added in increasing
// order and forgotten oldest first: the caller says below which entry everything is forgotten.
//
// A bucket is found in an open-addressing table of keys; it holds its newest entries in a small ring
// of its own, so walking a bucket reads consecutive memory. A bucket of one entry keeps it in the table
// itself (most keys are never shared). Forgetting is lazy: a walk stops at the first forgotten entry,
// and rebuilding the table drops buckets whose newest entry is forgotten and recycles their rings.
// Everything lives in typed arrays: no allocation per entry, nothing for the garbage collector to trace.
import { grownCopy } from '../util/typed-arrays.js';
import type { HitCounter } from './lsh.js';

/** The count of an empty position: a new table is empty as allocated, without a pass to fill it. */
const EMPTY = 0;
/** Table fields per position: [key, entry (one-entry bucket) or ring, entries ever added]. */
const FIELDS = 3;
const KEY = 0;
const HOLDS = 1;
const COUNT = 2;

export class RingBuckets {
  table = new Int32Array(1024 * FIELDS);
  private mask = 1023;
  private buckets = 0;
  /** Rings of `limit` entries, and the rings free for reuse. */
  rings: Int32Array;
  private ringCount = 0;
  private freeRings: number[] = [];

  /** `limit`: the entries a bucket keeps, its newest. */
  constructor(readonly limit: number) {
    this.rings = new Int32Array(64 * limit);
  }

  /**
   * Makes room for `adding` new buckets, rebuilding the table when they could fill more than half of
   * it (entries below `forgotten` are forgotten). Returns whether it rebuilt (positions moved).
   */
  reserve(adding: number, forgotten: number): boolean {
    if ((this.buckets + adding) * 2 <= this.mask + 1) return false;
    this.rebuild(adding, forgotten);
    return true;
  }

  /** Table offset of `key`'s bucket: where it is, or the empty position where it would go. */
  position(key: number): number {
    const table = this.table;
    let at = mix(key) & this.mask;
    while (table[at * FIELDS + COUNT] !== EMPTY && table[at * FIELDS + KEY] !== key)
      at = (at + 1) & this.mask;
    return at * FIELDS;
  }

  /** Where `key`'s probe starts (what `touch` reads). */
  home(key: number): number {
    return (mix(key) & this.mask) * FIELDS;
  }

  /** Whether `position` (found for `key`, before insertions since) still fits `key`. */
  fits(position: number, key: number): boolean {
    return this.table[position + COUNT] === EMPTY || this.table[position + KEY] === key;
  }

  /**
   * Adds `entry` (not below any entry added before) to `key`'s bucket at `position` (as found
   * by `position`, with `reserve` called before). `forgotten`: entries below it are forgotten.
   */
  add(position: number, key: number, entry: number, forgotten: number): void {
    const table = this.table;
    const count = table[position + COUNT]!;
    if (count === EMPTY || (count === 1 && table[position + HOLDS]! < forgotten)) {
      // A new bucket, or a one-entry bucket whose entry is forgotten: the entry sits in the table.
      if (count === EMPTY) this.buckets++;
      table[position + KEY] = key;
      table[position + HOLDS] = entry;
      table[position + COUNT] = 1;
      return;
    }
    if (count === 1) {
      const ring = this.newRing();
      this.rings[ring * this.limit] = table[position + HOLDS]!;
      table[position + HOLDS] = ring;
    }
    this.rings[table[position + HOLDS]! * this.limit + (count % this.limit)] = entry;
    table[position + COUNT] = count + 1;
  }

  /**
   * Counts into `hits`, newest first, the bucket's live entries (not below `forgotten`) whose low
   * bits (`lowMask`) are `low`, as the slot entry >> `shift`.
   */
  count(
    position: number,
    forgotten: number,
    lowMask: number,
    low: number,
    shift: number,
    hits: HitCounter,
  ): void {
    const table = this.table;
    const count = table[position + COUNT]!;
    if (count === EMPTY) return;
    if (count === 1) {
      const entry = table[position + HOLDS]!;
      if (entry >= forgotten && (entry & lowMask) === low) hits.hit(entry >> shift);
      return;
    }
    // One division per bucket: the ring index steps down and wraps, rather than (count − k) mod limit.
    const { rings, limit } = this;
    const ring = table[position + HOLDS]! * limit;
    const stored = Math.min(count, limit);
    let at = (count - 1) % limit;
    for (let k = 0; k < stored; k++) {
      const entry = rings[ring + at]!;
      if (entry < forgotten) break;
      if ((entry & lowMask) === low) hits.hit(entry >> shift);
      at = at === 0 ? limit - 1 : at - 1;
    }
  }

  /** The newest entry of the bucket at `position` (one memory read, to start its cache miss early). */
  newest(position: number): number {
    const table = this.table;
    const count = table[position + COUNT]!;
    if (count === EMPTY) return 0;
    if (count === 1) return table[position + HOLDS]!;
    return this.rings[table[position + HOLDS]! * this.limit + ((count - 1) % this.limit)]!;
  }

  private newRing(): number {
    const free = this.freeRings.pop();
    if (free !== undefined) return free;
    if ((this.ringCount + 1) * this.limit > this.rings.length)
      this.rings = grownCopy(this.rings, (this.ringCount + 1) * this.limit);
    return this.ringCount++;
  }

  /**
   * Drops buckets whose newest entry is forgotten, and doubles the table while the live ones would
   * fill more than a sixth of it: a rebuild re-inserts every live bucket (a cache miss each), so it
   * should be followed by several times as many additions before the next one (the table fills to
   * half before it is rebuilt).
   */
  private rebuild(adding: number, forgotten: number): void {
    const old = this.table;
    // The live buckets' offsets, in table order: the table and their rings are read once, not
    // again to re-insert them (a cache miss per bucket and ring in a table larger than the caches).
    const offsets = new Int32Array(this.buckets);
    let live = 0;
    for (let at = 0; at < old.length; at += FIELDS) {
      if (old[at + COUNT] === EMPTY) continue;
      if (this.newest(at) >= forgotten) offsets[live++] = at;
      else if (old[at + COUNT]! > 1) this.freeRings.push(old[at + HOLDS]!);
    }
    let size = this.mask + 1;
    while ((live + adding) * 6 > size) size *= 2;
    this.table = new Int32Array(size * FIELDS);
    this.mask = size - 1;
    this.buckets = live;
    for (let i = 0; i < live; i++) {
      const at = offsets[i]!;
      // Field by field: a subarray to copy from would be an allocation per bucket.
      const position = this.position(old[at + KEY]!);
      for (let field = 0; field < FIELDS; field++) this.table[position + field] = old[at + field]!;
    }
  }
}

/** Spreads table keys (keys are already hashes, but cheap insurance against clustering). */
function mix(key: number): number {
  return Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 0;
}
