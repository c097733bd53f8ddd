// Exact verification of a candidate pair. Order of the tests matters: identical before near-duplicate
// before rewrite, so that each pair gets the strongest relation that holds.
import type { DuplicateRelation } from '../types.js';
import { alignSentences } from './align.js';
import type { Fingerprint } from './fingerprint.js';
import { intersectionSize, jaccard } from './shingles.js';

/** Bodies shorter than this (in words) are never called copies: "Read more" is not syndication. */
export const MIN_WORDS = 8;
export const NEAR_DUPLICATE_JACCARD = 0.8;
/** Share of the shorter text's sentences that must align for a rewrite... */
export const REWRITE_COVERAGE = 0.6;
/** ...or this share when the pair also shares a quotation or two figures. */
export const REWRITE_COVERAGE_SUPPORTED = 0.45;

export interface Verdict {
  relation: DuplicateRelation;
  similarity: number;
}

export function classifyPair(earlier: Fingerprint, later: Fingerprint): Verdict | null {
  if (earlier.words < MIN_WORDS || later.words < MIN_WORDS) return null;
  if (earlier.bodyKey === later.bodyKey) return { relation: 'identical', similarity: 1 };
  const shingleJaccard = jaccard(earlier.shingles, later.shingles);
  if (shingleJaccard >= NEAR_DUPLICATE_JACCARD)
    return { relation: 'near-duplicate', similarity: round(shingleJaccard) };
  return rewriteVerdict(earlier, later);
}

/** At least half of the shorter list recurs in the longer one (vacuously true when one is empty). */
function mostlyShared(a: Uint32Array, b: Uint32Array): boolean {
  const fewer = Math.min(a.length, b.length);
  return fewer === 0 || intersectionSize(a, b) >= fewer / 2;
}

/**
 * A rewrite keeps the facts: when both texts report figures (or names), most of the shorter list must
 * recur, and when both quote someone, one quotation at least must be shared. Reports of two different
 * events in the same formulaic wording ("At least N people were killed in X") differ exactly there.
 */
function keepsTheFacts(earlier: Fingerprint, later: Fingerprint): boolean {
  if (!mostlyShared(earlier.figures, later.figures) || !mostlyShared(earlier.names, later.names))
    return false;
  const bothQuote = earlier.quotes.length > 0 && later.quotes.length > 0;
  return !bothQuote || intersectionSize(earlier.quotes, later.quotes) > 0;
}

function rewriteVerdict(earlier: Fingerprint, later: Fingerprint): Verdict | null {
  if (!keepsTheFacts(earlier, later)) return null;
  const alignment = alignSentences(earlier.sentences, later.sentences);
  if (alignment.pairs.length < 2) return null;
  const supported =
    intersectionSize(earlier.quotes, later.quotes) >= 1 ||
    intersectionSize(earlier.figures, later.figures) >= 2;
  const needed = supported ? REWRITE_COVERAGE_SUPPORTED : REWRITE_COVERAGE;
  if (alignment.coverage < needed) return null;
  return { relation: 'rewrite', similarity: round(alignment.similarity) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
