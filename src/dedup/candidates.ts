// Choosing which earlier articles to verify against a new one, from the LSH hits. The rules
// (thresholds, how many, which first) are in DedupIndex; this module only ranks without allocating:
// a candidate's rank is packed into one double, (max − score) × 2³² + slot, so that comparing two
// numbers orders by score descending, then by slot (arrival order) ascending.

const SLOT_RANGE = 2 ** 32;

export class RankedSlots {
  private keys = new Float64Array(256);
  /** How many pushed slots have each score. */
  private readonly scoreCounts: Int32Array;
  size = 0;

  constructor(private readonly maxScore: number) {
    this.scoreCounts = new Int32Array(maxScore + 1);
  }

  clear(): void {
    this.size = 0;
    this.scoreCounts.fill(0);
  }

  /** `score` is an integer in [0, maxScore]. */
  push(slot: number, score: number): void {
    if (this.size === this.keys.length) {
      const bigger = new Float64Array(this.keys.length * 2);
      bigger.set(this.keys);
      this.keys = bigger;
    }
    this.keys[this.size++] = (this.maxScore - score) * SLOT_RANGE + slot;
    this.scoreCounts[score]!++;
  }

  /**
   * Keeps the best `limit`, best first. A bounded insertion: most candidates lose to the worst kept
   * one in a single comparison, so this is about linear for the few dozen kept here.
   */
  keepBest(limit: number): void {
    const keys = this.keys;
    this.dropBelowCutoff(limit);
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

  /**
   * Drops, keeping the order, every slot whose score is below the lowest score among the best
   * `limit`: at least `limit` others beat each of them. Most candidates go here in one comparison, so
   * the insertion in keepBest only sees the contenders.
   */
  private dropBelowCutoff(limit: number): void {
    if (this.size <= limit) return;
    let cutoff = this.maxScore;
    let better = this.scoreCounts[cutoff]!;
    while (better < limit && cutoff > 0) better += this.scoreCounts[--cutoff]!;
    const worstKey = (this.maxScore - cutoff + 1) * SLOT_RANGE;
    const keys = this.keys;
    let kept = 0;
    for (let i = 0; i < this.size; i++) if (keys[i]! < worstKey) keys[kept++] = keys[i]!;
    this.size = kept;
  }

  /** The score of the slot at `index`. */
  score(index: number): number {
    return this.maxScore - Math.floor(this.keys[index]! / SLOT_RANGE);
  }

  slot(index: number): number {
    // Not `key % SLOT_RANGE`: a floating-point remainder is a library call; this is exact for keys
    // below 2⁵³, since dividing by a power of two is.
    const key = this.keys[index]!;
    return key - Math.floor(key / SLOT_RANGE) * SLOT_RANGE;
  }
}
