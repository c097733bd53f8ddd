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

/**
 * A pure function of a string, remembered: the same names come back in file after file, and the
 * folding and skeletons computed from them are the same every time. At most `limit` answers are
 * kept (all forgotten at once when full), so a long run holds bounded memory.
 */
export function memoized<T>(compute: (key: string) => T, limit = 50_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) {
      if (known.size >= limit) known.clear();
      value = compute(key);
      known.set(key, value);
    }
    return value as T;
  };
}

/**
 * items.map(f), built by push. V8 gives the arrays that Array.prototype.map makes another elements
 * kind in optimised code (where it inlines map) than in the interpreter, so the code that reads such
 * an array, compiled for the one kind, was thrown away and compiled again the first time it met the
 * other ("wrong map"): once per thread for prefetch, extract and linkCorpus, 50-170 ms of a compiler
 * thread each. An array grown by push has the same kind in every tier.
 */
export function mapped<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
  return out;
}
