// One-permutation MinHash (Li, Owen & Zhang 2012) with rotation densification (Shrivastava & Li 2014):
// each shingle is hashed once and falls into one of `size` bins, instead of being hashed `size` times.
// The probability that two signatures agree at a position still estimates the Jaccard similarity.
import { mix32 } from './hash.js';

const EMPTY = 0xffffffff;

export function minhashSignature(hashes: ArrayLike<number>, size: number): Uint32Array {
  const signature = new Uint32Array(size).fill(EMPTY);
  for (let i = 0; i < hashes.length; i++) {
    const h = mix32(hashes[i]!);
    const bin = h % size;
    if (h < signature[bin]!) signature[bin] = h;
  }
  densify(signature);
  return signature;
}

/** An empty bin borrows the value of the next non-empty bin to its right, salted by the distance. */
function densify(signature: Uint32Array): void {
  if (!signature.includes(EMPTY)) return;
  const size = signature.length;
  const original = signature.slice();
  for (let bin = 0; bin < size; bin++) {
    if (original[bin] !== EMPTY) continue;
    for (let step = 1; step < size; step++) {
      const donor = original[(bin + step) % size]!;
      if (donor !== EMPTY) {
        signature[bin] = mix32(donor + step * 0x9e3779b9);
        break;
      }
    }
  }
}

/** Number of positions where two signatures agree. */
export function agreements(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && a[i] !== EMPTY) same++;
  return same;
}

/** Share of positions where two signatures agree: an estimate of the Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  return agreements(a, b) / a.length;
}
