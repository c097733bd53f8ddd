// Small collection helpers shared by several stages.

/** Groups items by a key, keeping first-seen order of keys and items. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The first index in [0, length) whose value is at or after `at`, for values ascending with the
 * index (binary search); `length` when there is none.
 */
export function firstAtOrAfter(length: number, valueAt: (index: number) => number, at: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (valueAt(mid) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
