// Word shingles as sorted, de-duplicated 32-bit hashes, and exact Jaccard over them.
import { combine } from './hash.js';

/** Hashes of every run of `size` consecutive words (the whole text when it is shorter). */
export function shingleHashes(wordHashes: ArrayLike<number>, size = 5): Uint32Array {
  const words = wordHashes.length;
  const out = new Uint32Array(words === 0 ? 0 : Math.max(1, words - size + 1));
  for (let start = 0; start < out.length; start++) {
    let h = 0;
    const end = Math.min(words, start + size);
    for (let i = start; i < end; i++) h = combine(h, wordHashes[i]!);
    out[start] = h;
  }
  return sortedUnique(out);
}

/** Sorts in place and returns the prefix view holding each value once. */
export function sortedUnique(values: Uint32Array): Uint32Array {
  if (values.length > 1) values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++)
    if (i === 0 || values[i] !== values[n - 1]) values[n++] = values[i]!;
  return values.subarray(0, n);
}

/** Size of the intersection of two sorted hash arrays. */
export function intersectionSize(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

export function jaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 && b.length === 0) return 0;
  const shared = intersectionSize(a, b);
  return shared / (a.length + b.length - shared);
}
