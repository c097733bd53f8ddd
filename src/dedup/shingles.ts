// Word shingles as sorted, de-duplicated 32-bit hashes, and exact Jaccard over them.
import { combine, hashString } from './hash.js';

/** Hashes of every run of `size` consecutive words (the whole text when it is shorter). */
export function shingleHashes(words: string[], size = 5): Uint32Array {
  const wordHashes = words.map((word) => hashString(word));
  const count = Math.max(1, words.length - size + 1);
  const out = new Uint32Array(words.length === 0 ? 0 : count);
  for (let start = 0; start < out.length; start++) {
    let h = 0;
    const end = Math.min(words.length, start + size);
    for (let i = start; i < end; i++) h = combine(h, wordHashes[i]!);
    out[start] = h;
  }
  return sortedUnique(out);
}

export function sortedUnique(values: Uint32Array): Uint32Array {
  values.sort();
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
