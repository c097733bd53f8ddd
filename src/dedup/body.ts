// The key of a body for "identical": a hash of the text with whitespace, quote marks, dashes and case
// folded, computed in one loop (it runs on every article) and equal to hashing normalizeForCompare().
// Each character is folded by one lookup in a table built once. The word scan of a fingerprint
// (tokens.ts) computes the same hashes on its own pass over the text; bodyKey is the definition.
import { grownCopy } from '../util/typed-arrays.js';
import { EntryTable } from './entry-table.js';
import { mix32 } from './hash.js';

const SINGLE_QUOTES = [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x60];
const DOUBLE_QUOTES = [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xab, 0xbb];
/** Marks whitespace in FOLDED. */
export const BODY_SPACE = -1;
/** Seeds of the two hashes. */
export const BODY_SEED_1 = 0x811c9dc5;
export const BODY_SEED_2 = 0x1234567;
export const BODY_PRIME = 0x01000193;

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000
  );
}

/**
 * Every UTF-16 code unit's folded form: typographic quotes to ' and ", dashes to -, lower case; BODY_SPACE
 * for spaces. ASCII is only lower-cased (a backtick stays a backtick, as it always has in stored keys).
 */
export const FOLDED = (() => {
  const folded = new Int32Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (isSpace(code)) folded[code] = BODY_SPACE;
    else if (code < 128) folded[code] = code >= 65 && code <= 90 ? code + 32 : code;
    else if (SINGLE_QUOTES.includes(code)) folded[code] = 39;
    else if (DOUBLE_QUOTES.includes(code)) folded[code] = 34;
    else if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) folded[code] = 45;
    else folded[code] = String.fromCharCode(code).toLowerCase().charCodeAt(0);
  }
  return folded;
})();

/** "h1.h2.length" over the folded text; two 32-bit FNV-1a hashes make accidental equality negligible. */
export function bodyKey(text: string): string {
  let h1 = BODY_SEED_1;
  let h2 = BODY_SEED_2;
  let length = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const folded = FOLDED[text.charCodeAt(i)]!;
    if (folded === BODY_SPACE) {
      space = length > 0;
      continue;
    }
    if (space) {
      h1 = Math.imul(h1 ^ 32, BODY_PRIME);
      h2 = Math.imul(h2 ^ 32, BODY_PRIME);
      length++;
      space = false;
    }
    h1 = Math.imul(h1 ^ folded, BODY_PRIME);
    h2 = Math.imul(h2 ^ folded, BODY_PRIME);
    length++;
  }
  return formatBodyKey(h1, h2, length);
}

/**
 * A 30-bit hash of a body (its two hashes and length): a small integer, stored in the fingerprint
 * object itself, so that two fingerprints of different bodies differ at the first comparison.
 */
export function bodyHashOf(h1: number, h2: number, length: number): number {
  // Mixed through every bit: BodyIndex places bodies by the low bits.
  return mix32(h1 ^ Math.imul(h2 ^ length, 0x9e3779b1)) >>> 2;
}

/**
 * The hashes (signed 32-bit) and length that formatBodyKey wrote into a key. A key of another form
 * (none was ever written) gets two hashes of its own characters and a negative length, which no
 * text has: it stays identical to itself and to nothing else.
 */
export function bodyNumbers(key: string): [h1: number, h2: number, length: number] {
  const parts = key.split('.');
  if (parts.length === 3) {
    const [h1, h2, length] = [parseInt(parts[0]!, 36), parseInt(parts[1]!, 36), Number(parts[2])];
    if (formatBodyKey(h1, h2, length) === key) return [h1 | 0, h2 | 0, length];
  }
  let h1 = BODY_SEED_1;
  let h2 = BODY_SEED_2;
  for (let i = 0; i < key.length; i++) {
    h1 = Math.imul(h1 ^ key.charCodeAt(i), BODY_PRIME);
    h2 = Math.imul(h2 ^ key.charCodeAt(i), BODY_PRIME);
  }
  return [h1, h2, -1 - key.length];
}

/**
 * Bodies numbered in insertion order, by their two hashes and length: the numbers a key is made of,
 * in typed tables, rather than a key string per body for as long as the index lives (one per
 * article of a stream). Keys are formatted only for a state.
 */
export class BodyIndex {
  private h1s = new Int32Array(1024);
  private h2s = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  size = 0;
  private readonly table = new EntryTable();

  /** The entry of the body (whose bodyHashOf is `hash`), or -1. */
  find(h1: number, h2: number, length: number, hash: number): number {
    const table = this.table;
    for (let at = table.first(hash); ; at = table.next(at)) {
      const entry = table.entryAt(at);
      if (entry < 0) return -1;
      if (
        table.keyAt(at) === hash &&
        this.h1s[entry] === h1 &&
        this.h2s[entry] === h2 &&
        this.lengths[entry] === length
      )
        return entry;
    }
  }

  /** Adds a body not in the index (h1 and h2 as signed 32-bit integers); returns its entry. */
  add(h1: number, h2: number, length: number, hash: number): number {
    const entry = this.size++;
    if (entry === this.h1s.length) {
      this.h1s = grownCopy(this.h1s, entry + 1);
      this.h2s = grownCopy(this.h2s, entry + 1);
      this.lengths = grownCopy(this.lengths, entry + 1);
    }
    this.h1s[entry] = h1;
    this.h2s[entry] = h2;
    this.lengths[entry] = length;
    this.table.add(hash, entry, this.size);
    return entry;
  }

  /** The key of an entry, as bodyKey writes it. */
  key(entry: number): string {
    return formatBodyKey(this.h1s[entry]!, this.h2s[entry]!, this.lengths[entry]!);
  }
}

/** The key of a body whose folded characters hash to h1 and h2, and number `length`. */
export function formatBodyKey(h1: number, h2: number, length: number): string {
  // Joined rather than concatenated: a concatenation this long is a chain of string pieces, kept as
  // several heap objects for as long as the key is (forever, in DedupIndex's map of bodies).
  return [base36(h1 >>> 0), base36(h2 >>> 0), length].join('.');
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
/** Every two-digit base-36 string, "00" to "zz". */
const DIGIT_PAIRS = Array.from({ length: 36 * 36 }, (_, i) => DIGITS[Math.floor(i / 36)]! + DIGITS[i % 36]!);

/**
 * value.toString(36) for an unsigned 32-bit integer, two digits at a time: Number's toString with a
 * radix goes through a general floating-point conversion, three times slower on every article.
 */
export function base36(value: number): string {
  if (value < 36) return DIGITS[value]!;
  let digits = '';
  while (value >= 36 * 36) {
    const pair = value % (36 * 36);
    digits = DIGIT_PAIRS[pair]! + digits;
    value = (value - pair) / (36 * 36);
  }
  return (value < 36 ? DIGITS[value]! : DIGIT_PAIRS[value]!) + digits;
}
