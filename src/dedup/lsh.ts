// Locality-sensitive hashing by banding: a signature is cut into `bands` bands of `rows` values; two
// documents become candidates when any band matches exactly. Lookup cost grows with the number of
// colliding documents, not with the corpus, so indexing stays about linear.
//
// Built for a stream: documents are numbered slots, added in increasing order and forgotten oldest
// first. Each (slot, band) is one entry, slot × bands + band, in the bucket of its band key (see
// buckets.ts: a bucket keeps its newest bucketLimit entries). Adding, querying and expiring cost O(1)
// amortised per band, with no allocation per document.
import { grownCopy } from '../util/typed-arrays.js';
import { RingBuckets } from './buckets.js';
import { combine } from './hash.js';

export class LshIndex {
  private readonly buckets: RingBuckets;
  private oldest = 0;
  private readonly bandShift: number;
  /** The last query's band keys and their table positions, and whether `add` may reuse them. */
  private readonly keys: Int32Array;
  private readonly positions: Int32Array;
  private queried = false;
  /** Whether `keys` hold the band keys of the signature the next query is for (see `prefetch`). */
  private prefetched = false;
  /** What the prefetching reads summed to (kept so that the reads are not optimised away). */
  touched = 0;

  /**
   * `bucketLimit`: a band shared by more texts than this is boilerplate, not a copy, so only the
   * newest that many are candidates.
   */
  constructor(
    readonly bands: number,
    readonly rows: number,
    bucketLimit: number,
  ) {
    this.bandShift = Math.log2(bands);
    if (!Number.isInteger(this.bandShift)) throw new Error('LshIndex: bands must be a power of two');
    this.positions = new Int32Array(bands);
    this.keys = new Int32Array(bands);
    this.buckets = new RingBuckets(bucketLimit);
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
    const { buckets, keys, positions } = this;
    const forgotten = this.oldest << this.bandShift;
    const rebuilt = buckets.reserve(this.bands, forgotten);
    // The query for this signature found its buckets already, unless the table was rebuilt since.
    const reuse = this.queried && !rebuilt;
    this.queried = false;
    const first = slot << this.bandShift;
    for (let band = 0; band < this.bands; band++) {
      // An insertion since the query may have taken the empty position where an absent key would
      // go, and then the key is looked up again.
      let key: number;
      let position: number;
      if (reuse) {
        key = keys[band]!;
        position = positions[band]!;
        if (!buckets.fits(position, key)) position = buckets.position(key);
      } else {
        key = this.bandKey(signature, at, band);
        position = buckets.position(key);
      }
      buckets.add(position, key, first + band, forgotten);
    }
  }

  /**
   * Counts, for every live slot sharing a band with `signature`, how many bands it shares. When the
   * next call is `add` with the same signature, it reuses the buckets found here.
   */
  query(signature: Uint32Array, at: number, hits: HitCounter): void {
    const { positions, keys, buckets, bandShift, bands } = this;
    if (!this.prefetched) this.computeKeys(signature, at);
    this.prefetched = false;
    for (let band = 0; band < bands; band++) positions[band] = buckets.position(keys[band]!);
    this.queried = true;
    this.touchRings();
    const forgotten = this.oldest << bandShift;
    // Equal 32-bit keys of different bands share a bucket, so each band counts its own entries only.
    for (let band = 0; band < bands; band++)
      buckets.count(positions[band]!, forgotten, bands - 1, band, bandShift, hits);
  }

  /**
   * Computes the band keys of signature[at, at + bands × rows), for the next `query` (which must be
   * of the same signature), and reads the table where each key's probe starts. The table is far
   * larger than the caches, so each probe is a cache miss; issued back to back, without the work
   * between them, they overlap, and the query then finds its buckets in the cache.
   */
  prefetch(signature: Uint32Array, at: number): void {
    this.computeKeys(signature, at);
    this.prefetched = true;
    const { keys, buckets } = this;
    const table = buckets.table;
    let sum = 0;
    for (let band = 0; band < this.bands; band++) sum += table[buckets.home(keys[band]!)]!;
    this.touched = sum;
  }

  private computeKeys(signature: Uint32Array, at: number): void {
    for (let band = 0; band < this.bands; band++) this.keys[band] = this.bandKey(signature, at, band);
  }

  /** Reads the newest entry of each bucket found by the query, so that their cache misses overlap. */
  private touchRings(): void {
    const { positions, buckets } = this;
    let sum = 0;
    for (let band = 0; band < this.bands; band++) sum += buckets.newest(positions[band]!);
    this.touched = sum;
  }

  /** The hash of one band of the signature, as a signed 32-bit key. */
  private bandKey(signature: Uint32Array, at: number, band: number): number {
    let h = band;
    const start = at + band * this.rows;
    for (let i = start; i < start + this.rows; i++) h = combine(h, signature[i]!);
    return h | 0;
  }
}

/**
 * Per-slot hit counts for one query, reset in time proportional to the slots it touched. After
 * `reserve`, a slot's count sits at slot mod a power of two above the window's span, so the counts
 * stay a few kilobytes that the caches keep, however many articles a stream has seen.
 */
export class HitCounter {
  private counts = new Uint8Array(1024);
  /** Where a slot's count is: slot & mask (all slots as they are until `reserve`). */
  private mask = 0x7fffffff;
  private touchedSlots = new Int32Array(256);
  /** Number of distinct slots hit since the last reset; their slots are `slot(0..size-1)`. */
  size = 0;

  /** The next queries hit only slots in [oldest, newest]. Call between queries (after a reset). */
  reserve(oldest: number, newest: number): void {
    let capacity = this.mask === 0x7fffffff ? 1024 : this.mask + 1;
    while (newest - oldest >= capacity) capacity *= 2;
    if (capacity > this.counts.length) this.counts = new Uint8Array(capacity);
    this.mask = capacity - 1;
  }

  hit(slot: number): void {
    const at = slot & this.mask;
    if (at >= this.counts.length) this.counts = grownCopy(this.counts, at + 1);
    const count = this.counts[at]!;
    this.counts[at] = count + 1;
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
    const at = slot & this.mask;
    return at < this.counts.length ? this.counts[at]! : 0;
  }

  reset(): void {
    for (let i = 0; i < this.size; i++) this.counts[this.touchedSlots[i]! & this.mask] = 0;
    this.size = 0;
  }
}
