// One-permutation MinHash (Li, Owen & Zhang 2012) with rotation densification (Shrivastava & Li 2014):
// each shingle is hashed once and falls into one of `size` bins, instead of being hashed `size` times.
// The probability that two signatures agree at a position still estimates the Jaccard similarity.
// Signatures are written into rows of a shared table (see SignatureRing) rather than arrays of their
// own, so comparing two of them reads two contiguous rows.
import { mix32 } from './hash.js';

const EMPTY = 0xffffffff;
/**
 * EMPTY with its top bit flipped. Bins are filled as signed 32-bit integers with the top bit flipped,
 * which order exactly as the unsigned values do, but stay in the engine's small-integer range
 * (unsigned values above 2³¹ are floating-point numbers to it, and comparing those is slower).
 */
const NONE = 0x7fffffff;
let bins = new Int32Array(64);

/** Writes the signature of values[from, to) (repeats do not matter) into out[at, at + size). */
export function minhashInto(
  values: Uint32Array,
  from: number,
  to: number,
  out: Uint32Array,
  at: number,
  size: number,
): void {
  if (bins.length < size) bins = new Int32Array(size);
  // In a local: the optimiser reloads a module-level `let` at every use in the loop.
  const minima = bins;
  minima.fill(NONE, 0, size);
  const mask = size - 1; // size is a power of two
  for (let i = from; i < to; i++) {
    const key = flippedMix(values[i]!);
    const bin = key & mask;
    minima[bin] = Math.min(key, minima[bin]!);
  }
  let last = size - 1;
  while (last >= 0 && minima[last] === NONE) last--;
  if (last === -1) out.fill(EMPTY, at, at + size);
  else densifyInto(minima, last, out, at, size);
}

/**
 * Writes the bins' values, an empty bin taking the value of the next non-empty bin to its right
 * (circularly), salted by the distance. One walk leftwards from a non-empty bin `last` finds each
 * empty bin's donor on the way, rather than a search to the right from every empty bin.
 */
function densifyInto(minima: Int32Array, last: number, out: Uint32Array, at: number, size: number): void {
  const mask = size - 1;
  let donor = last;
  let donorValue = (minima[last]! ^ (1 << 31)) >>> 0;
  out[at + last] = donorValue;
  for (let k = 1; k < size; k++) {
    const bin = (last - k) & mask;
    const key = minima[bin]!;
    if (key !== NONE) {
      donor = bin;
      donorValue = (key ^ (1 << 31)) >>> 0;
      out[at + bin] = donorValue;
    } else {
      // mix32(donorValue + step × 0x9e3779b9) in 32-bit integer steps: ToUint32 of the sum is the
      // same modulo 2³².
      const step = (donor - bin) & mask;
      out[at + bin] = mix32((donorValue + Math.imul(step, 0x9e3779b9)) | 0);
    }
  }
}

/** mix32(value) with its top bit flipped, as a signed 32-bit integer. */
function flippedMix(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h ^ (1 << 31);
}

/**
 * A signature value reduced to 16 bits for comparisons: 0 stands for an empty bin, anything else is
 * 1..65535. Values are already hashes (mix32 outputs): the digest is 16 of their bits, above the six
 * low bits, which a bin's minimum shares with every value of its bin (its number among 64 bins),
 * and below the top bits, which a minimum over many values leaves mostly zero. Two different values
 * agree by accident about once in 65,536 positions, which moves an estimate over 64 positions by
 * less than 0.001 on average, and halves the memory each comparison reads.
 */
function digest(value: number): number {
  return value === EMPTY ? 0 : (value >>> DIGEST_SHIFT) & 0xffff || 1;
}

const DIGEST_SHIFT = 6;

/**
 * Number of positions where the digests at [aAt, aAt + size) and [bAt, bAt + size) of `words` agree
 * (offsets and size counted in digests, all even). Two digests per 32-bit word, counted without
 * branches: (v − 1) >>> 31 is 1 exactly when the 16-bit v is 0. A signature is either wholly empty
 * (a text without words) or has no empty bin, so checking its first digest is enough.
 */
export function agreements(words: Int32Array, aAt: number, bAt: number, size: number): number {
  const a = aAt >> 1;
  const b = bAt >> 1;
  if ((words[a]! & 0xffff) === 0 || (words[b]! & 0xffff) === 0) return 0;
  let same = 0;
  for (let i = 0; i < size >> 1; i++) {
    const d = words[a + i]! ^ words[b + i]!;
    same += (((d & 0xffff) - 1) >>> 31) + (((d >>> 16) - 1) >>> 31);
  }
  return same;
}

/**
 * Signature digests by slot in one typed array, a ring of rows: slots are numbered in arrival order
 * and forgotten oldest first, so a row is reused once its slot has expired. Comparing two slots then
 * reads two short contiguous rows.
 */
export class SignatureRing {
  private capacity = 1024;
  data: Uint16Array;
  /** The same memory as 32-bit words (two digests each), for comparing. */
  words: Int32Array;
  /** What `touch` read (kept so that the reads are not optimised away). */
  touched = 0;

  /** `width` digests per row, an even number. */
  constructor(readonly width: number) {
    this.data = new Uint16Array(this.capacity * width);
    this.words = new Int32Array(this.data.buffer);
  }

  /** Offset of the slot's row in `data`. */
  row(slot: number): number {
    return (slot & (this.capacity - 1)) * this.width;
  }

  /** Stores the digests of signature[from, from + size) at offset `at` of the slot's row. */
  write(slot: number, at: number, signature: Uint32Array, from: number, size: number): void {
    const row = this.row(slot) + at;
    for (let i = 0; i < size; i++) this.data[row + i] = digest(signature[from + i]!);
  }

  /**
   * Reads [at, at + size) of each slot's row once, one value per cache line, so that the rows' cache
   * misses overlap before the comparisons (which would otherwise wait for them one row at a time).
   */
  touch(slots: { size: number; slot(index: number): number }, at: number, size: number): void {
    let sum = 0;
    for (let i = 0; i < slots.size; i++) {
      const from = this.row(slots.slot(i)) + at;
      for (let k = from; k < from + size; k += 32) sum += this.data[k]!;
    }
    this.touched = sum;
  }

  /** Makes room for the live slots [oldest, newest]; rows move when the ring grows. */
  reserve(oldest: number, newest: number): void {
    if (newest - oldest < this.capacity) return;
    const old = this.data;
    const oldCapacity = this.capacity;
    while (newest - oldest >= this.capacity) this.capacity *= 2;
    this.data = new Uint16Array(this.capacity * this.width);
    this.words = new Int32Array(this.data.buffer);
    for (let slot = oldest; slot < newest; slot++) {
      const from = (slot & (oldCapacity - 1)) * this.width;
      this.data.set(old.subarray(from, from + this.width), this.row(slot));
    }
  }
}
