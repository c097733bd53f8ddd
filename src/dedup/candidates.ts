// Choosing which earlier articles to verify against a new one, from the LSH hits. The rules
// (thresholds, how many, which first) are in DedupIndex; this module only ranks without allocating:
// a candidate's rank is packed into one double, (max − score) × 2³² + slot, so that one numeric
// typed-array sort orders by score descending, then by slot (arrival order) ascending.

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

  /** Sorts best first and keeps at most `limit`. */
  keepBest(limit: number): void {
    const ranked = this.keys.subarray(0, this.size);
    ranked.sort();
    this.size = Math.min(this.size, limit);
  }

  slot(index: number): number {
    return this.keys[index]! % SLOT_RANGE;
  }

  /** The kept slots, best first, as a copy (the ranking can then be reused). */
  slots(): number[] {
    return Array.from({ length: this.size }, (_, i) => this.slot(i));
  }
}
