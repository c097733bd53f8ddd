// Sorted, de-duplicated 32-bit hash lists and their intersections (sentence terms, alignment).

/** Sorts in place and returns the prefix view holding each value once. */
export function sortedUnique(values: Uint32Array): Uint32Array {
  if (values.length > 1) values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++)
    if (i === 0 || values[i] !== values[n - 1]) values[n++] = values[i]!;
  return values.subarray(0, n);
}

/**
 * Size of the intersection of two sorted hash arrays, or of the sorted ranges a[aFrom, aTo) and
 * b[bFrom, bTo) when given (packed fingerprints keep several lists in one array).
 */
export function intersectionSize(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  aFrom = 0,
  aTo = a.length,
  bFrom = 0,
  bTo = b.length,
): number {
  let i = aFrom;
  let j = bFrom;
  let shared = 0;
  while (i < aTo && j < bTo) {
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
