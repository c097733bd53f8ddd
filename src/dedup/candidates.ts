// Choosing which earlier articles to verify against a new one, from the LSH hits. The rules
// (thresholds, how many, which first) are in DedupIndex; this module only ranks without allocating:
// a candidate's rank is packed into one double, (max − score) × 2³² + slot, so that comparing two
// numbers orders by score descending, then by slot (arrival order) ascending.

const SLOT_RANGE = 2 ** 32;

export class RankedSlots {
  private keys = new Float64Array(256);
  size = 0;

  constructor(private readonly maxScore: number) {}

  clear(): void {
    this.size = 0;
  }

  /** `score` is an integer in [0, maxScore]. */
  push(slot: number, score: number): void {
    if (this.size === this.keys.length) {
      const bigger = new Float64Array(this.keys.length * 2);
      bigger.set(this.keys);
      this.keys = bigger;
    }
    this.keys[this.size++] = (this.maxScore - score) * SLOT_RANGE + slot;
  }

  /**
   * Keeps the best `limit`, best first. A bounded insertion: most candidates lose to the worst kept
   * one in a single comparison, so this is about linear for the few dozen kept here.
   */
  keepBest(limit: number): void {
    const keys = this.keys;
    let kept = 0;
    for (let i = 0; i < this.size; i++) {
      const key = keys[i]!;
      if (kept === limit && key >= keys[kept - 1]!) continue;
      let j = kept < limit ? kept++ : kept - 1;
      while (j > 0 && keys[j - 1]! > key) {
        keys[j] = keys[j - 1]!;
        j--;
      }
      keys[j] = key;
    }
    this.size = kept;
  }

  slot(index: number): number {
    // Not `key % SLOT_RANGE`: a floating-point remainder is a library call; this is exact for keys
    // below 2⁵³, since dividing by a power of two is.
    const key = this.keys[index]!;
    return key - Math.floor(key / SLOT_RANGE) * SLOT_RANGE;
  }
}
