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
  private keys = new Uint32Array(1024);
  /** Newest entry of the bucket at each table position, or EMPTY. */
  private heads = new Int32Array(1024).fill(EMPTY);
  private buckets = 0;
  private oldest = 0;

  constructor(
    readonly bands: number,
    readonly rows: number,
  ) {}

  /** Slots below `slot` are forgotten. */
  expireBefore(slot: number): void {
    this.oldest = Math.max(this.oldest, slot);
  }

  /**
   * Adds the slot (greater than every slot added before) to the bucket of each band of its
   * signature, signature[at, at + bands × rows).
   */
  add(slot: number, signature: Uint32Array, at: number): void {
    const first = slot * this.bands;
    if (first + this.bands > this.next.length) this.next = grownCopy(this.next, first + this.bands);
    if ((this.buckets + this.bands) * 2 > this.heads.length) this.rebuildTable();
    for (let band = 0; band < this.bands; band++) {
      const key = this.bandKey(signature, at, band);
      const position = this.position(key);
      const head = this.heads[position]!;
      if (head === EMPTY) {
        this.buckets++;
        this.keys[position] = key;
      }
      this.next[first + band] = head;
      this.heads[position] = first + band;
    }
  }

  /** Counts, for every live slot sharing a band with `signature`, how many bands it shares. */
  query(signature: Uint32Array, at: number, hits: HitCounter): void {
    const oldestEntry = this.oldest * this.bands;
    for (let band = 0; band < this.bands; band++) {
      let entry = this.heads[this.position(this.bandKey(signature, at, band))]!;
      let seen = 0;
      while (entry >= oldestEntry && seen < BUCKET_LIMIT) {
        // Equal 32-bit keys of different bands share a bucket; count only this band's entries.
        if (entry % this.bands === band) {
          hits.hit((entry - band) / this.bands);
          seen++;
        }
        entry = this.next[entry]!;
      }
    }
  }

  /** Table position of `key`: where it is, or the empty position where it would go. */
  private position(key: number): number {
    const mask = this.heads.length - 1;
    let at = mix(key) & mask;
    while (this.heads[at] !== EMPTY && this.keys[at] !== key) at = (at + 1) & mask;
    return at;
  }

  /** Drops buckets whose newest entry is forgotten, and doubles the table when still half full. */
  private rebuildTable(): void {
    const oldestEntry = this.oldest * this.bands;
    const { keys, heads } = this;
    let live = 0;
    for (let at = 0; at < heads.length; at++) if (heads[at]! >= oldestEntry) live++;
    const size = (live + this.bands) * 4 > heads.length ? heads.length * 2 : heads.length;
    this.keys = new Uint32Array(size);
    this.heads = new Int32Array(size).fill(EMPTY);
    this.buckets = live;
    for (let at = 0; at < heads.length; at++) {
      if (heads[at]! < oldestEntry) continue;
      const to = this.position(keys[at]!);
      this.keys[to] = keys[at]!;
      this.heads[to] = heads[at]!;
    }
  }

  private bandKey(signature: Uint32Array, at: number, band: number): number {
    let h = band;
    const start = at + band * this.rows;
    for (let i = start; i < start + this.rows; i++) h = combine(h, signature[i]!);
    return h;
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
