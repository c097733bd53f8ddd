// The key of a body for "identical": a hash of the text with whitespace, quote marks, dashes and case
// folded, computed in one loop (it runs on every article) and equal to hashing normalizeForCompare().
// Each character is folded by one lookup in a table built once. The word scan of a fingerprint
// (tokens.ts) computes the same hashes on its own pass over the text; bodyKey is the definition.

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
 * A 30-bit hash of a body key: a small integer, stored in the fingerprint object itself, so that
 * comparing two fingerprints' bodies reads the key strings (objects of their own, elsewhere in memory)
 * only when the hashes agree.
 */
export function bodyKeyHash(key: string): number {
  let h = BODY_SEED_1;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), BODY_PRIME);
  return h & 0x3fffffff;
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
