// DedupIndex state as plain JSON: typed arrays become number arrays.
import type { Fingerprint } from './fingerprint.js';

export interface StoredFingerprint {
  id: string;
  day: number | null;
  words: number;
  bodyKey: string;
  shingles: number[];
  nearSignature: number[];
  topicSignature: number[];
  sentences: number[][];
  figures: number[];
  quotes: number[];
  names: number[];
}

export interface DedupState {
  version: 1;
  windowDays: number;
  latestDay: number | null;
  /** Articles still inside the window, oldest first. */
  recent: StoredFingerprint[];
  /** Body key → ids of every article with that body, kept beyond the window (identical copies are cheap). */
  bodies: Record<string, string[]>;
}

export function storeFingerprint(f: Fingerprint): StoredFingerprint {
  return {
    id: f.id,
    day: f.day,
    words: f.words,
    bodyKey: f.bodyKey,
    shingles: Array.from(f.shingles),
    nearSignature: Array.from(f.nearSignature),
    topicSignature: Array.from(f.topicSignature),
    sentences: f.sentences.map((terms) => Array.from(terms)),
    figures: Array.from(f.figures),
    quotes: Array.from(f.quotes),
    names: Array.from(f.names),
  };
}

export function loadFingerprint(s: StoredFingerprint): Fingerprint {
  return {
    ...s,
    shingles: Uint32Array.from(s.shingles),
    nearSignature: Uint32Array.from(s.nearSignature),
    topicSignature: Uint32Array.from(s.topicSignature),
    sentences: s.sentences.map((terms) => Uint32Array.from(terms)),
    figures: Uint32Array.from(s.figures),
    quotes: Uint32Array.from(s.quotes),
    names: Uint32Array.from(s.names),
  };
}
