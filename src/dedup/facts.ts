// A second source of rewrite candidates: earlier articles that report the same figures and quotations.
// A rewrite that rewords every sentence shares too few content words with its source for the
// content-word LSH to offer it (a Jaccard of 0.3 collides in about one band draw in eight), yet it
// keeps the source's numbers (8,574 dead, 2,662 in Syria) and often its quotation. Each article is
// indexed under a few of its facts (hashes of figure values and quotation keys, see fingerprint.ts);
// a candidate must share at least three of them, and verification (classify.ts) still decides.

import { mix32 } from './hash.js';
import type { HitCounter } from './lsh.js';

/** Facts indexed per article: the same bottom-k of two fact sets keeps the facts they share. */
export const FACTS_PER_ARTICLE = 8;
/** A fact shared by more articles than this (a round number, a slogan) only points to the newest. */
const POSTINGS_LIMIT = 12;

export class FactIndex {
  /**
   * Fact key (as a signed 32-bit integer, which the map holds unboxed; an unsigned one above 2³¹
   * would be a heap number) → the newest slots indexed under it, oldest first.
   */
  private readonly postings = new Map<number, number[]>();
  private oldest = 0;
  /** Map size after the last sweep of forgotten postings. */
  private sweptAt = 1024;
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

  /** Counts into `hits`, per live earlier slot, the chosen facts it was indexed under. */
  query(hits: HitCounter): void {
    for (let k = 0; k < this.chosenCount; k++) {
      const slots = this.postings.get(this.chosen[k]! | 0);
      if (!slots) continue;
      for (let i = slots.length - 1; i >= 0 && slots[i]! >= this.oldest; i--) hits.hit(slots[i]!);
    }
  }

  /** Indexes `slot` (greater than every slot added before) under the chosen facts. */
  add(slot: number): void {
    for (let k = 0; k < this.chosenCount; k++) {
      const key = this.chosen[k]! | 0;
      const slots = this.postings.get(key);
      if (!slots) this.postings.set(key, [slot]);
      else {
        if (slots.length === POSTINGS_LIMIT) slots.shift();
        slots.push(slot);
      }
    }
    if (this.postings.size > 2 * this.sweptAt) this.sweep();
  }

  /** Slots below `slot` are forgotten. */
  expireBefore(slot: number): void {
    this.oldest = Math.max(this.oldest, slot);
  }

  /** Drops facts whose newest slot is forgotten, so the map holds the window's facts only. */
  private sweep(): void {
    for (const [key, slots] of this.postings) if (slots.at(-1)! < this.oldest) this.postings.delete(key);
    this.sweptAt = Math.max(1024, this.postings.size);
  }
}
