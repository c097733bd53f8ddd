// The logarithms of weighing (see Clusterer.weigh), remembered: a term's weight takes Math.log1p of
// its weighted count and Math.log of its inverse document frequency, two of the costlier calls per
// term of every article. Counts repeat from article to article (a word of the title counts 3, one of
// the lead 2, ...), and within an article many terms share a document frequency; a remembered value
// is the very number the call returns, so weights stay the same to the last bit.

/** Slots of each memo (a power of two). */
const SLOTS = 1024;
const SHIFT = 32 - Math.log2(SLOTS);

/** Math.log1p by argument, in a direct-mapped table (a clash replaces the older value). */
export class Log1pMemo {
  private readonly keys = new Float64Array(SLOTS).fill(Number.NaN);
  private readonly values = new Float64Array(SLOTS);
  /** One double and its two 32-bit halves, to hash the argument's bits. */
  private readonly bits = new Float64Array(1);
  private readonly halves = new Int32Array(this.bits.buffer);

  of(x: number): number {
    this.bits[0] = x;
    const slot = Math.imul(this.halves[0]! ^ Math.imul(this.halves[1]!, 0x85ebca6b), 0x9e3779b1) >>> SHIFT;
    // 0 and -0 are equal to ===, not to log1p: neither is remembered.
    if (this.keys[slot] === x && x !== 0) return this.values[slot]!;
    const value = Math.log1p(x);
    this.keys[slot] = x;
    this.values[slot] = value;
    return value;
  }
}

/**
 * Math.log((documents + 1) / (df + 1)) + 1, the IDF of a term found in `df` of `documents`
 * articles, by df and documents (each slot says which documents its value was for).
 */
export class IdfMemo {
  private readonly dfs = new Int32Array(SLOTS).fill(-1);
  private readonly documents = new Float64Array(SLOTS);
  private readonly values = new Float64Array(SLOTS);

  of(documents: number, df: number): number {
    const slot = df & (SLOTS - 1);
    if (this.dfs[slot] === df && this.documents[slot] === documents) return this.values[slot]!;
    const value = Math.log((documents + 1) / (df + 1)) + 1;
    this.dfs[slot] = df;
    this.documents[slot] = documents;
    this.values[slot] = value;
    return value;
  }
}
