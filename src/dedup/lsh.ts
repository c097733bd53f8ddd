// Locality-sensitive hashing by banding: a signature is cut into `bands` bands of `rows` values; two
// documents become candidates when any band matches exactly. Lookup cost grows with the number of
// colliding documents, not with the corpus, so indexing stays about linear.
//
// Built for a stream: documents are numbered slots, added in increasing order and forgotten oldest
// first. Each (slot, band) is one entry, slot × bands + band. A bucket is found in an open-addressing
// table of band keys; it holds its newest entries (bucketLimit at most) in a small ring of its own, so
// walking a bucket reads consecutive memory. A bucket of one entry keeps it in the table itself (most
// band keys are never shared). Forgetting is lazy: a walk stops at the first entry older than the
// oldest live slot, and rebuilding the table drops buckets whose newest entry is forgotten and
// recycles their rings. Adding, querying and expiring cost O(1) amortised per band, with no
// allocation per document.
import { grownCopy } from '../util/typed-arrays.js';
import { combine } from './hash.js';

/** The count of an empty position: a new table is empty as allocated, without a pass to fill it. */
const EMPTY = 0;
/** Table fields per position: [band key, entry (one-entry bucket) or ring, entries ever added]. */
const FIELDS = 3;
const KEY = 0;
const HOLDS = 1;
const COUNT = 2;

export class LshIndex {
  private table = new Int32Array(1024 * FIELDS);
  private mask = 1023;
  private buckets = 0;
  /** Rings of `bucketLimit` entries, and the rings free for reuse. */
  private rings: Int32Array;
  private ringCount = 0;
  private freeRings: number[] = [];
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
    private readonly bucketLimit: number,
  ) {
    this.bandShift = Math.log2(bands);
    if (!Number.isInteger(this.bandShift)) throw new Error('LshIndex: bands must be a power of two');
    this.positions = new Int32Array(bands);
    this.keys = new Int32Array(bands);
    this.rings = new Int32Array(64 * bucketLimit);
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
    let reuse = this.queried;
    this.queried = false;
    if ((this.buckets + this.bands) * 2 > this.mask + 1) {
      this.rebuildTable();
      reuse = false;
    }
    const { table, keys, positions } = this;
    const first = slot << this.bandShift;
    for (let band = 0; band < this.bands; band++) {
      // The query for this signature found its buckets already; an insertion since may have taken
      // the empty position where an absent key would go, and then the key is looked up again.
      let key: number;
      let position: number;
      if (reuse) {
        key = keys[band]!;
        position = positions[band]!;
        if (table[position + COUNT] !== EMPTY && table[position + KEY] !== key) position = this.position(key);
      } else {
        key = this.bandKey(signature, at, band);
        position = this.position(key);
      }
      this.addEntry(position, key, first + band);
    }
  }

  private addEntry(position: number, key: number, entry: number): void {
    const table = this.table;
    const count = table[position + COUNT]!;
    const oldestEntry = this.oldest << this.bandShift;
    if (count === EMPTY || (count === 1 && table[position + HOLDS]! < oldestEntry)) {
      // A new bucket, or a one-entry bucket whose entry is forgotten: the entry sits in the table.
      if (count === EMPTY) this.buckets++;
      table[position + KEY] = key;
      table[position + HOLDS] = entry;
      table[position + COUNT] = 1;
      return;
    }
    if (count === 1) {
      const ring = this.newRing();
      this.rings[ring * this.bucketLimit] = table[position + HOLDS]!;
      table[position + HOLDS] = ring;
    }
    this.rings[table[position + HOLDS]! * this.bucketLimit + (count % this.bucketLimit)] = entry;
    table[position + COUNT] = count + 1;
  }

  /**
   * Counts, for every live slot sharing a band with `signature`, how many bands it shares. When the
   * next call is `add` with the same signature, it reuses the buckets found here.
   */
  query(signature: Uint32Array, at: number, hits: HitCounter): void {
    const { positions, keys, table, rings, bandShift, bands } = this;
    if (!this.prefetched) this.computeKeys(signature, at);
    this.prefetched = false;
    for (let band = 0; band < bands; band++) positions[band] = this.position(keys[band]!);
    this.queried = true;
    this.touchRings();
    const oldestEntry = this.oldest << bandShift;
    const bandMask = bands - 1;
    for (let band = 0; band < bands; band++) {
      const position = positions[band]!;
      const count = table[position + COUNT]!;
      if (count === EMPTY) continue;
      if (count === 1) {
        const entry = table[position + HOLDS]!;
        if (entry >= oldestEntry && (entry & bandMask) === band) hits.hit(entry >> bandShift);
        continue;
      }
      // Newest first; equal 32-bit keys of different bands share a bucket, so count this band's only.
      // One division per bucket: the ring index steps down and wraps, rather than (count − k) mod limit.
      const limit = this.bucketLimit;
      const ring = table[position + HOLDS]! * limit;
      const stored = Math.min(count, limit);
      let at = (count - 1) % limit;
      for (let k = 0; k < stored; k++) {
        const entry = rings[ring + at]!;
        if (entry < oldestEntry) break;
        if ((entry & bandMask) === band) hits.hit(entry >> bandShift);
        at = at === 0 ? limit - 1 : at - 1;
      }
    }
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
    const { keys, table } = this;
    let sum = 0;
    for (let band = 0; band < this.bands; band++)
      sum += table[(mix(keys[band]!) & this.mask) * FIELDS + KEY]!;
    this.touched = sum;
  }

  private computeKeys(signature: Uint32Array, at: number): void {
    for (let band = 0; band < this.bands; band++) this.keys[band] = this.bandKey(signature, at, band);
  }

  /** Reads the newest entry of each bucket found by the query, so that their cache misses overlap. */
  private touchRings(): void {
    const { positions, table, rings } = this;
    let sum = 0;
    for (let band = 0; band < this.bands; band++) {
      const count = table[positions[band]! + COUNT]!;
      if (count > 1)
        sum += rings[table[positions[band]! + HOLDS]! * this.bucketLimit + ((count - 1) % this.bucketLimit)]!;
    }
    this.touched = sum;
  }

  /** Table offset of `key`'s bucket: where it is, or the empty position where it would go. */
  private position(key: number): number {
    const table = this.table;
    let at = mix(key) & this.mask;
    while (table[at * FIELDS + COUNT] !== EMPTY && table[at * FIELDS + KEY] !== key)
      at = (at + 1) & this.mask;
    return at * FIELDS;
  }

  private newRing(): number {
    const free = this.freeRings.pop();
    if (free !== undefined) return free;
    if ((this.ringCount + 1) * this.bucketLimit > this.rings.length)
      this.rings = grownCopy(this.rings, (this.ringCount + 1) * this.bucketLimit);
    return this.ringCount++;
  }

  /** The newest entry of the bucket at `position`. */
  private newestEntry(table: Int32Array, position: number): number {
    const count = table[position + COUNT]!;
    if (count === 1) return table[position + HOLDS]!;
    return this.rings[table[position + HOLDS]! * this.bucketLimit + ((count - 1) % this.bucketLimit)]!;
  }

  /**
   * Drops buckets whose newest entry is forgotten, and doubles the table while the live ones would
   * fill more than a sixth of it: a rebuild re-inserts every live bucket (a cache miss each), so it
   * should be followed by several times as many additions before the next one (the table fills to
   * half before it is rebuilt).
   */
  private rebuildTable(): void {
    const oldestEntry = this.oldest << this.bandShift;
    const old = this.table;
    // The live buckets' offsets, in table order: the table and their rings are read once, not
    // again to re-insert them (a cache miss per bucket and ring in a table larger than the caches).
    const offsets = new Int32Array(this.buckets);
    let live = 0;
    for (let at = 0; at < old.length; at += FIELDS) {
      if (old[at + COUNT] === EMPTY) continue;
      if (this.newestEntry(old, at) >= oldestEntry) offsets[live++] = at;
      else if (old[at + COUNT]! > 1) this.freeRings.push(old[at + HOLDS]!);
    }
    let size = this.mask + 1;
    while ((live + this.bands) * 6 > size) size *= 2;
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

/** Spreads table keys (band keys are already hashes, but cheap insurance against clustering). */
function mix(key: number): number {
  return Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 0;
}
