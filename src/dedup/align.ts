// Sentence alignment between two texts: each sentence is paired with its most similar counterpart
// (Dice over stemmed content words). Rewrites are recognised by how much of the shorter text aligns,
// and `sitrep diff` prints the same alignment side by side.
//
// Everything is computed from the overlap matrix (shared terms of sentence i of A and sentence j of
// B) by one scorer, which dedup's verification reuses with a matrix it fills from a hash table: the
// same numbers either way.
import { intersectionSize } from './shingles.js';

/** Sentences with fewer content words than this are too short to judge (datelines, "He said."). */
export const MIN_SENTENCE_TERMS = 4;
/** Dice at or above which two sentences are taken as the same statement reworded. */
export const ALIGN_DICE = 0.5;
/**
 * Dice at or above which two sentences can be links of a chain: a heavy paraphrase (an outlet
 * rewording a wire story sentence by sentence) keeps 0.35–0.45 of each sentence's words, and the
 * order of its sentences.
 */
export const CHAIN_DICE = 0.3;

export interface AlignedPair {
  a: number;
  b: number;
  dice: number;
}

export interface Alignment {
  pairs: AlignedPair[];
  /** Sentences of A (resp. B) with no counterpart: what A dropped or B added. */
  onlyA: number[];
  onlyB: number[];
  /** Share of the shorter side's eligible sentences that align. */
  coverage: number;
  /** Mean best Dice over the shorter side's eligible sentences (unaligned ones count as their best). */
  similarity: number;
}

export function dice(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (2 * intersectionSize(a, b)) / (a.length + b.length);
}

/** Best counterpart of each sentence on one side: its index (-1 none, -2 too short) and Dice. */
class BestMatches {
  index = new Int32Array(64);
  dice = new Float64Array(64);
  eligible = 0;

  reset(count: number): void {
    if (count > this.index.length) {
      this.index = new Int32Array(count * 2);
      this.dice = new Float64Array(count * 2);
    }
  }
}

/** Alignment scores from an overlap matrix, with reused scratch space (no allocation per pair). */
export class AlignmentScorer {
  readonly fromA = new BestMatches();
  readonly fromB = new BestMatches();
  private alignedB = new Uint8Array(64);
  private chainRow = new Int32Array(64);
  pairCount = 0;
  coverage = 0;
  similarity = 0;

  /**
   * `sizesA[i]` (i < countA) is the number of terms of sentence i of A; overlap[i * countB + j] the
   * number of terms sentence i of A and sentence j of B share.
   */
  score(
    sizesA: ArrayLike<number>,
    countA: number,
    sizesB: ArrayLike<number>,
    countB: number,
    overlap: ArrayLike<number>,
  ): void {
    this.fromA.reset(countA);
    this.fromB.reset(countB);
    if (countB > this.alignedB.length) this.alignedB = new Uint8Array(countB * 2);
    this.fromA.eligible = bestMatches(sizesA, countA, sizesB, countB, overlap, countB, 1, this.fromA);
    this.fromB.eligible = bestMatches(sizesB, countB, sizesA, countA, overlap, 1, countB, this.fromB);
    this.alignedB.fill(0, 0, countB);
    let pairs = 0;
    for (let i = 0; i < countA; i++) {
      if (this.fromA.index[i]! < -1 || this.fromA.dice[i]! < ALIGN_DICE) continue;
      this.alignedB[this.fromA.index[i]!] = 1;
      pairs++;
    }
    for (let j = 0; j < countB; j++)
      if (this.fromB.index[j]! >= -1 && this.fromB.dice[j]! >= ALIGN_DICE && !this.alignedB[j]) pairs++;
    this.pairCount = pairs;
    const shorter = this.fromA.eligible <= this.fromB.eligible ? this.fromA : this.fromB;
    this.shorterSideScores(shorter, shorter === this.fromA ? countA : countB);
  }

  /**
   * The longest chain of sentence pairs (i, j) at Dice ≥ `dice` with i and j both increasing
   * (eligible sentences only), over the same matrix as the last `score`; the share of the shorter
   * side's eligible sentences it covers is `chainLength / shorterEligible`. An LCS over two short
   * lists of sentences, one row at a time.
   */
  chain(
    sizesA: ArrayLike<number>,
    countA: number,
    sizesB: ArrayLike<number>,
    countB: number,
    overlap: ArrayLike<number>,
    dice = CHAIN_DICE,
  ): number {
    // Dice 2·shared / (sizeA + sizeB) ≥ dice, in integers (exact at the boundary for whole percents).
    const percent = Math.round(dice * 100);
    if (countB + 1 > this.chainRow.length) this.chainRow = new Int32Array((countB + 1) * 2);
    const row = this.chainRow;
    row.fill(0, 0, countB + 1);
    for (let i = 0; i < countA; i++) {
      const sizeA = sizesA[i]!;
      if (sizeA < MIN_SENTENCE_TERMS) continue;
      // row[j + 1]: the longest chain using sentences up to i − 1 of A and up to j of B; `diagonal`
      // keeps row[j] of the previous sentence of A while the row is overwritten.
      let diagonal = 0;
      for (let j = 0; j < countB; j++) {
        const above = row[j + 1]!;
        const sizeB = sizesB[j]!;
        const link =
          sizeB >= MIN_SENTENCE_TERMS && 200 * overlap[i * countB + j]! >= percent * (sizeA + sizeB)
            ? diagonal + 1
            : 0;
        row[j + 1] = Math.max(above, row[j]!, link);
        diagonal = above;
      }
    }
    return row[countB]!;
  }

  /** Eligible sentences of the shorter side in the last `score`. */
  get shorterEligible(): number {
    return Math.min(this.fromA.eligible, this.fromB.eligible);
  }

  private shorterSideScores(matches: BestMatches, count: number): void {
    this.coverage = 0;
    this.similarity = 0;
    if (matches.eligible === 0) return;
    let aligned = 0;
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (matches.index[i]! < -1) continue;
      if (matches.dice[i]! >= ALIGN_DICE) aligned++;
      total += matches.dice[i]!;
    }
    this.coverage = aligned / matches.eligible;
    this.similarity = total / matches.eligible;
  }
}

/**
 * For each sentence of `from`, its best counterpart in `to`; overlap of (f, t) is at
 * overlap[f * fromStride + t * toStride]. Returns the number of eligible sentences.
 */
function bestMatches(
  from: ArrayLike<number>,
  fromCount: number,
  to: ArrayLike<number>,
  toCount: number,
  overlap: ArrayLike<number>,
  fromStride: number,
  toStride: number,
  out: BestMatches,
): number {
  let eligible = 0;
  for (let f = 0; f < fromCount; f++) {
    const size = from[f]!;
    if (size < MIN_SENTENCE_TERMS) {
      out.index[f] = -2;
      continue;
    }
    eligible++;
    // The best Dice 2·shared / (size + other), compared as fractions (exact, and one division per
    // sentence instead of one per pair): a/b > c/d ⇔ a·d > c·b.
    let bestIndex = -1;
    let bestShared = 0;
    let bestTotal = 1;
    for (let t = 0; t < toCount; t++) {
      const other = to[t]!;
      if (other < MIN_SENTENCE_TERMS) continue;
      const shared = 2 * overlap[f * fromStride + t * toStride]!;
      if (shared * bestTotal > bestShared * (size + other)) {
        bestIndex = t;
        bestShared = shared;
        bestTotal = size + other;
      }
    }
    out.index[f] = bestIndex;
    out.dice[f] = bestShared / bestTotal;
  }
  return eligible;
}

export function alignSentences(a: Uint32Array[], b: Uint32Array[]): Alignment {
  const overlap = new Int32Array(a.length * b.length);
  a.forEach((terms, i) => {
    b.forEach((other, j) => {
      overlap[i * b.length + j] = intersectionSize(terms, other);
    });
  });
  const scorer = new AlignmentScorer();
  const sizesA = a.map((terms) => terms.length);
  const sizesB = b.map((terms) => terms.length);
  scorer.score(sizesA, a.length, sizesB, b.length, overlap);
  const pairs: AlignedPair[] = [];
  const { fromA, fromB } = scorer;
  const pairedB = new Set<number>();
  a.forEach((_, i) => {
    if (fromA.index[i]! >= -1 && fromA.dice[i]! >= ALIGN_DICE) {
      pairs.push({ a: i, b: fromA.index[i]!, dice: fromA.dice[i]! });
      pairedB.add(fromA.index[i]!);
    }
  });
  b.forEach((_, j) => {
    if (fromB.index[j]! >= -1 && fromB.dice[j]! >= ALIGN_DICE && !pairedB.has(j))
      pairs.push({ a: fromB.index[j]!, b: j, dice: fromB.dice[j]! });
  });
  pairShortSentences(a, b, pairs);
  pairs.sort((x, y) => x.a - y.a || x.b - y.b);
  const alignedA = new Set(pairs.map((pair) => pair.a));
  const alignedB = new Set(pairs.map((pair) => pair.b));
  return {
    pairs,
    onlyA: a.map((_, i) => i).filter((i) => !alignedA.has(i)),
    onlyB: b.map((_, j) => j).filter((j) => !alignedB.has(j)),
    coverage: scorer.coverage,
    similarity: scorer.similarity,
  };
}

/** Dice at or above which two short sentences are one statement: 2 of 2 terms against 3, or all shared. */
const SHORT_DICE = 0.8;

/**
 * Pairs, for display only (the scores above never count them), the sentences too short to judge that
 * say the same thing in both texts: "We will not let this be forgotten." and "We will not let this be
 * forgotten," he said. A diff that lists them as dropped on one side and added on the other says the
 * two texts differ where they do not.
 */
function pairShortSentences(a: Uint32Array[], b: Uint32Array[], pairs: AlignedPair[]): void {
  const usedA = new Set(pairs.map((pair) => pair.a));
  const usedB = new Set(pairs.map((pair) => pair.b));
  a.forEach((terms, i) => {
    if (usedA.has(i)) return;
    let best = -1;
    let bestDice = SHORT_DICE;
    b.forEach((other, j) => {
      if (usedB.has(j) || Math.min(terms.length, other.length) < 2) return;
      if (Math.max(terms.length, other.length) >= MIN_SENTENCE_TERMS + 2) return;
      const value = dice(terms, other);
      if (value >= bestDice) {
        best = j;
        bestDice = value;
      }
    });
    if (best < 0) return;
    pairs.push({ a: i, b: best, dice: bestDice });
    usedA.add(i);
    usedB.add(best);
  });
}
