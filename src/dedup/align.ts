// Sentence alignment between two texts: each sentence is paired with its most similar counterpart
// (Dice over stemmed content words). Rewrites are recognised by how much of the shorter text aligns,
// and `sitrep diff` prints the same alignment side by side.
import { intersectionSize } from './shingles.js';

/** Sentences with fewer content words than this are too short to judge (datelines, "He said."). */
export const MIN_SENTENCE_TERMS = 4;
/** Dice at or above which two sentences are taken as the same statement reworded. */
export const ALIGN_DICE = 0.5;

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

interface BestMatch {
  index: number;
  dice: number;
}

function bestMatches(from: Uint32Array[], to: Uint32Array[]): (BestMatch | null)[] {
  return from.map((terms) => {
    if (terms.length < MIN_SENTENCE_TERMS) return null;
    let best: BestMatch = { index: -1, dice: 0 };
    for (let j = 0; j < to.length; j++) {
      const other = to[j]!;
      if (other.length < MIN_SENTENCE_TERMS) continue;
      const score = dice(terms, other);
      if (score > best.dice) best = { index: j, dice: score };
    }
    return best;
  });
}

export function alignSentences(a: Uint32Array[], b: Uint32Array[]): Alignment {
  const fromA = bestMatches(a, b);
  const fromB = bestMatches(b, a);
  const pairs: AlignedPair[] = [];
  fromA.forEach((match, i) => {
    if (match && match.dice >= ALIGN_DICE) pairs.push({ a: i, b: match.index, dice: match.dice });
  });
  const alignedB = new Set<number>(pairs.map((pair) => pair.b));
  fromB.forEach((match, j) => {
    if (match && match.dice >= ALIGN_DICE && !alignedB.has(j))
      pairs.push({ a: match.index, b: j, dice: match.dice });
  });
  pairs.sort((x, y) => x.a - y.a || x.b - y.b);
  const alignedA = new Set(pairs.map((pair) => pair.a));
  const alignedBAll = new Set(pairs.map((pair) => pair.b));
  const onlyA = a.map((_, i) => i).filter((i) => !alignedA.has(i));
  const onlyB = b.map((_, j) => j).filter((j) => !alignedBAll.has(j));
  const shorter = eligibleCount(fromA) <= eligibleCount(fromB) ? fromA : fromB;
  return { pairs, onlyA, onlyB, ...shorterSideScores(shorter) };
}

function eligibleCount(matches: (BestMatch | null)[]): number {
  return matches.filter(Boolean).length;
}

function shorterSideScores(matches: (BestMatch | null)[]): { coverage: number; similarity: number } {
  const eligible = matches.filter((match): match is BestMatch => match !== null);
  if (eligible.length === 0) return { coverage: 0, similarity: 0 };
  const aligned = eligible.filter((match) => match.dice >= ALIGN_DICE).length;
  const total = eligible.reduce((sum, match) => sum + match.dice, 0);
  return { coverage: aligned / eligible.length, similarity: total / eligible.length };
}
