// DedupIndex state as compact JSON. A fingerprint's hash lists are packed into one base64 string of
// little-endian 32-bit words; the MinHash signatures are not stored (they follow from the shingles
// and the sentences' terms and are recomputed on load). Version 1 states (plain number arrays,
// signatures included) are still read.
import { type Fingerprint, type FingerprintCore, withSignatures } from './fingerprint.js';

/**
 * `hashes` decodes to uint32 words: [shingle count, sentence count, each sentence's term count,
 * figure count, quote count, name count], then the shingles, every sentence's terms, the figures,
 * the quotes and the names, each list sorted.
 */
export interface PackedFingerprint {
  id: string;
  day: number | null;
  words: number;
  bodyKey: string;
  hashes: string;
}

/** The version 1 layout: every list as a JSON number array. */
export interface LegacyFingerprint {
  id: string;
  day: number | null;
  words: number;
  bodyKey: string;
  shingles: number[];
  sentences: number[][];
  figures: number[];
  quotes: number[];
  names: number[];
}

export type StoredFingerprint = PackedFingerprint | LegacyFingerprint;

export interface DedupState {
  /** 2 since fingerprints are packed; 1 states are read too. */
  version: 1 | 2;
  windowDays: number;
  latestDay: number | null;
  /** Articles still inside the window, oldest first. */
  recent: StoredFingerprint[];
  /** Body key → ids of every article with that body, kept beyond the window (identical copies are cheap). */
  bodies: Record<string, string[]>;
}

export function storeFingerprint(f: Fingerprint): PackedFingerprint {
  const lists = [f.shingles, ...f.sentences, f.figures, f.quotes, f.names];
  const header = [f.shingles.length, f.sentences.length, ...f.sentences.map((terms) => terms.length)];
  header.push(f.figures.length, f.quotes.length, f.names.length);
  const words = new Uint32Array(header.length + lists.reduce((sum, list) => sum + list.length, 0));
  words.set(header);
  let at = header.length;
  for (const list of lists) {
    words.set(list, at);
    at += list.length;
  }
  const hashes = Buffer.from(littleEndian(words)).toString('base64');
  return { id: f.id, day: f.day, words: f.words, bodyKey: f.bodyKey, hashes };
}

export function loadFingerprint(stored: StoredFingerprint): Fingerprint {
  const { id, day, words, bodyKey } = stored;
  const lists = 'hashes' in stored ? unpack(stored.hashes) : legacyLists(stored);
  return withSignatures({ id, day, words, bodyKey, ...lists });
}

type HashLists = Pick<FingerprintCore, 'shingles' | 'sentences' | 'figures' | 'quotes' | 'names'>;

function unpack(hashes: string): HashLists {
  const bytes = Buffer.from(hashes, 'base64');
  const words = fromLittleEndian(bytes);
  let at = 0;
  const take = (count: number) => {
    at += count;
    return words.subarray(at - count, at);
  };
  const shingleCount = words[at++]!;
  const sentenceCounts = Array.from(take(words[at++]!));
  const [figureCount = 0, quoteCount = 0, nameCount = 0] = take(3);
  return {
    shingles: take(shingleCount),
    sentences: sentenceCounts.map(take),
    figures: take(figureCount),
    quotes: take(quoteCount),
    names: take(nameCount),
  };
}

function legacyLists(stored: LegacyFingerprint): HashLists {
  return {
    shingles: Uint32Array.from(stored.shingles),
    sentences: stored.sentences.map((terms) => Uint32Array.from(terms)),
    figures: Uint32Array.from(stored.figures),
    quotes: Uint32Array.from(stored.quotes),
    names: Uint32Array.from(stored.names),
  };
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

function littleEndian(words: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(words.buffer, words.byteOffset, words.byteLength);
  return LITTLE_ENDIAN ? bytes : swapped(bytes);
}

function fromLittleEndian(bytes: Uint8Array): Uint32Array {
  // A fresh copy: aligned for Uint32Array, and owned by the fingerprint rather than a shared pool.
  const copy = LITTLE_ENDIAN ? Uint8Array.from(bytes) : swapped(bytes);
  return new Uint32Array(copy.buffer, 0, copy.byteLength >>> 2);
}

function swapped(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 4) for (let k = 0; k < 4; k++) out[i + k] = bytes[i + 3 - k]!;
  return out;
}
