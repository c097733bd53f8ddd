// A second source of rewrite candidates: earlier articles that report the same figures and quotations.
// A rewrite that rewords every sentence shares too few content words with its source for the
// content-word LSH to offer it (a Jaccard of 0.3 collides in about one band draw in eight), yet it
// keeps the source's numbers (8,574 dead, 2,662 in Syria) and often its quotation. Each article is
// indexed under a few of its facts (hashes of figure values and quotation keys, see fingerprint.ts);
// a candidate must share at least three of them, and verification (classify.ts) still decides.

import { RingBuckets } from './buckets.js';
import { mix32 } from './hash.js';
import type { HitCounter } from './lsh.js';

/** Facts indexed per article: the same bottom-k of two fact sets keeps the facts they share. */
export const FACTS_PER_ARTICLE = 8;
/** A fact shared by more articles than this (a round number, a slogan) only points to the newest. */
const POSTINGS_LIMIT = 12;

export class FactIndex {
  /** Fact key → the newest slots indexed under it (see buckets.ts; keys as signed integers). */
  private readonly postings = new RingBuckets(POSTINGS_LIMIT);
  private oldest = 0;
  /** The facts chosen for the article being added (see `choose`). */
  private readonly chosen = new Uint32Array(FACTS_PER_ARTICLE);
  private chosenCount = 0;

  /**
   * Chooses the article's indexed facts from data[from, to) (figure and quotation hashes): the
   * FACTS_PER_ARTICLE smallest after mixing, a bottom-k sketch, so that two articles with mostly the
   * same facts choose mostly the same ones.
   */
  choose(data: Uint32Array, from: number, to: number): void {
    const chosen = this.chosen;
    let count = 0;
    for (let i = from; i < to; i++) {
      const key = mix32(data[i]!);
      if (count < FACTS_PER_ARTICLE) {
        chosen[count++] = key;
        continue;
      }
      let largest = 0;
      for (let k = 1; k < count; k++) if (chosen[k]! > chosen[largest]!) largest = k;
      if (key < chosen[largest]!) chosen[largest] = key;
    }
    this.chosenCount = count;
  }

  /** How many facts `choose` chose (fewer than FACTS_PER_ARTICLE when the article has fewer). */
  get chosenSize(): number {
    return this.chosenCount;
  }

  /** Counts into `hits`, per live earlier slot, the chosen facts it was indexed under. */
  query(hits: HitCounter): void {
    const { postings } = this;
    for (let k = 0; k < this.chosenCount; k++)
      postings.count(postings.position(this.chosen[k]! | 0), this.oldest, 0, 0, 0, hits);
  }

  /** Indexes `slot` (not below any slot added before) under the chosen facts. */
  add(slot: number): void {
    const { postings } = this;
    postings.reserve(this.chosenCount, this.oldest);
    for (let k = 0; k < this.chosenCount; k++) {
      const key = this.chosen[k]! | 0;
      postings.add(postings.position(key), key, slot, this.oldest);
    }
  }

  /** Slots below `slot` are forgotten. */
  expireBefore(slot: number): void {
    this.oldest = Math.max(this.oldest, slot);
  }
}
