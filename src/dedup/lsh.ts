// Locality-sensitive hashing by banding: a signature is cut into `bands` bands of `rows` values; two
// documents become candidates when any band matches exactly. Lookup cost grows with the number of
// colliding documents, not with the corpus, so indexing stays about linear.
//
// Built for a stream: documents are numbered slots, added in increasing order and forgotten oldest
// first. Each (slot, band) is one entry; a bucket is a linked list of entries, newest first, headed
// from an open-addressing table of band keys. Forgetting is lazy (a walk stops at the first entry
// older than the oldest live slot) and the table drops dead buckets when it is rebuilt, so adding,
// querying and expiring cost O(1) amortised per band with no allocation per document.
import { combine } from './hash.js';

/** A band shared by more texts than this is boilerplate, not a copy: only the newest are candidates. */
const BUCKET_LIMIT = 24;
const EMPTY = -1;

export class LshIndex {
  /** entry (slot × bands + band) → the next older entry of its bucket, or EMPTY. */
  private next = new Int32Array(1024);
  /**
   * Open-addressing table of buckets, [band key, newest entry] side by side so that a probe reads
   * one cache line (the table is megabytes, and every article probes it 2 × bands times).
   */
  private table = new Int32Array(2048).fill(EMPTY);
  private mask = 1023;
  private buckets = 0;
  private oldest = 0;
  private readonly bandShift: number;
  /** Per-query scratch: where each band's walk is, and how many of its entries were counted. */
  private readonly heads: Int32Array;
  private readonly seen: Uint8Array;

  constructor(
    readonly bands: number,
    readonly rows: number,
  ) {
    this.bandShift = Math.log2(bands);
    if (!Number.isInteger(this.bandShift)) throw new Error('LshIndex: bands must be a power of two');
    this.heads = new Int32Array(bands);
    this.seen = new Uint8Array(bands);
  }

  /** Slots below `slot` are forgotten. */
  expireBefore(slot: number): void {
    this.oldest = Math.max(this.oldest, slot);
  }

  /**
   * Adds the slot (greater than every slot added before) to the bucket of each band of its
   * signature, signature[at, at + bands × rows).
   */
  add(slot: number, signature: Uint32Array, at: number): void {
    const first = slot << this.bandShift;
    if (first + this.bands > this.next.length) this.next = grownCopy(this.next, first + this.bands);
    if ((this.buckets + this.bands) * 4 > this.table.length) this.rebuildTable();
    const table = this.table;
    for (let band = 0; band < this.bands; band++) {
      const key = this.bandKey(signature, at, band);
      const position = this.position(key);
      const head = table[position + 1]!;
      if (head === EMPTY) {
        this.buckets++;
        table[position] = key;
      }
      this.next[first + band] = head;
      table[position + 1] = first + band;
    }
  }

  /** Counts, for every live slot sharing a band with `signature`, how many bands it shares. */
  query(signature: Uint32Array, at: number, hits: HitCounter): void {
    const { heads, seen, next, bandShift, bands } = this;
    // All probes first: they are independent, so their cache misses overlap.
    for (let band = 0; band < bands; band++)
      heads[band] = this.table[this.position(this.bandKey(signature, at, band)) + 1]!;
    seen.fill(0);
    // Then the buckets are walked in step, one entry of each band per round, for the same reason.
    const oldestEntry = this.oldest << bandShift;
    const bandMask = bands - 1;
    let walking = bands;
    while (walking > 0) {
      walking = 0;
      for (let band = 0; band < bands; band++) {
        const entry = heads[band]!;
        if (entry < oldestEntry || seen[band]! >= BUCKET_LIMIT) continue;
        // Equal 32-bit keys of different bands share a bucket; count only this band's entries.
        if ((entry & bandMask) === band) {
          hits.hit(entry >> bandShift);
          seen[band]!++;
        }
        heads[band] = next[entry]!;
        walking++;
      }
    }
  }

  /** Table offset of `key`'s bucket: where it is, or the empty pair where it would go. */
  private position(key: number): number {
    const table = this.table;
    let at = mix(key) & this.mask;
    while (table[2 * at + 1] !== EMPTY && table[2 * at] !== key) at = (at + 1) & this.mask;
    return 2 * at;
  }

  /** Drops buckets whose newest entry is forgotten, and doubles the table when still a quarter full. */
  private rebuildTable(): void {
    const oldestEntry = this.oldest << this.bandShift;
    const old = this.table;
    let live = 0;
    for (let at = 1; at < old.length; at += 2) if (old[at]! >= oldestEntry) live++;
    const pairs = old.length / 2;
    const size = (live + this.bands) * 8 > old.length ? pairs * 2 : pairs;
    this.table = new Int32Array(size * 2).fill(EMPTY);
    this.mask = size - 1;
    this.buckets = live;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1]! < oldestEntry) continue;
      const to = this.position(old[at]!);
      this.table[to] = old[at]!;
      this.table[to + 1] = old[at + 1]!;
    }
  }

  /** The hash of one band of the signature, as a signed 32-bit key. */
  private bandKey(signature: Uint32Array, at: number, band: number): number {
    let h = band;
    const start = at + band * this.rows;
    for (let i = start; i < start + this.rows; i++) h = combine(h, signature[i]!);
    return h | 0;
  }
}

/** Per-slot hit counts for one query, reset in time proportional to the slots it touched. */
export class HitCounter {
  private counts = new Uint8Array(1024);
  private touchedSlots = new Int32Array(256);
  /** Number of distinct slots hit since the last reset; their slots are `slot(0..size-1)`. */
  size = 0;

  hit(slot: number): void {
    if (slot >= this.counts.length) this.counts = grownCopy(this.counts, slot + 1);
    const count = this.counts[slot]!;
    this.counts[slot] = count + 1;
    if (count === 0) {
      if (this.size === this.touchedSlots.length)
        this.touchedSlots = grownCopy(this.touchedSlots, this.size + 1);
      this.touchedSlots[this.size++] = slot;
    }
  }

  slot(index: number): number {
    return this.touchedSlots[index]!;
  }

  count(slot: number): number {
    return slot < this.counts.length ? this.counts[slot]! : 0;
  }

  reset(): void {
    for (let i = 0; i < this.size; i++) this.counts[this.touchedSlots[i]!] = 0;
    this.size = 0;
  }
}

function grownCopy<T extends Int32Array | Uint8Array>(old: T, atLeast: number): T {
  let size = old.length * 2;
  while (size < atLeast) size *= 2;
  const bigger = new (old.constructor as new (size: number) => T)(size);
  bigger.set(old);
  return bigger;
}

/** Spreads table keys (band keys are already hashes, but cheap insurance against clustering). */
function mix(key: number): number {
  return Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 0;
}
