// DedupIndex state as compact JSON. A fingerprint's hashes are already one typed array (see
// Fingerprint.data); the state holds it as base64 of little-endian 32-bit words, about 1.4 bytes of
// JSON per byte of hashes. The MinHash signatures are not stored: they follow from the hashes and are
// recomputed on load. Version 1 states (plain number arrays, signatures included) are still read.
import { bodyNumbers } from './body.js';
import { bodyKeyOf, type Fingerprint, packLists, withBody } from './fingerprint.js';

/** Version 2: `hashes` is Fingerprint.data, base64 of little-endian uint32 words. */
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
  const hashes = Buffer.from(littleEndian(f.data)).toString('base64');
  return { id: f.id, day: f.day, words: f.words, bodyKey: bodyKeyOf(f), hashes };
}

export function loadFingerprint(stored: StoredFingerprint): Fingerprint {
  const { id, day, words, bodyKey } = stored;
  const data =
    'hashes' in stored ? fromLittleEndian(Buffer.from(stored.hashes, 'base64')) : packLists(stored);
  const [h1, h2, length] = bodyNumbers(bodyKey);
  return withBody(id, day, words, h1, h2, length, data);
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
