// The words of a text as 32-bit hashes, computed in one pass over the character codes without creating
// a string per word (the fingerprint of every article in a stream starts here). It reproduces scan.ts
// exactly: same word boundaries, same sentence starts, and each word's hash equals
// hashString(scanText(text).words[i]), so fingerprints agree with anything hashed from scanText's words.
import { hashString } from './hash.js';
import { STOPWORDS } from './words.js';

/** Per-word flags. */
export const CAPITALISED = 1;
/** Not a stopword, longer than one letter (isContentWord). */
export const CONTENT = 2;
/** Contains an ASCII digit and is longer than one character (a figure when there is no extraction). */
export const FIGURE = 4;
export const SENTENCE_START = 8;

const FNV_SEED = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The result of one scan. Arrays are views into buffers the scanner reuses: read them before the next
 * scan of the same scanner.
 */
export interface WordHashes {
  count: number;
  /** hashString(word). */
  hashes: Uint32Array;
  /** hashString(stem(word)) (see sentences.ts). */
  stems: Uint32Array;
  flags: Uint8Array;
  /** Normalised characters of all words, back to back; word i is codes[codeStarts[i], codeStarts[i+1]). */
  codes: Uint16Array;
  codeStarts: Uint32Array;
}

/** Letters and digits: ASCII ones, and any code point outside the punctuation and symbol blocks. */
function isWordCode(code: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false;
  if (code >= 0x3000 && code <= 0x303f) return false;
  return code < 0xd800 || code > 0xdfff ? code < 0xfe00 : true;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isApostrophe = (code: number) => code === 39 || code === 0x2019;

function isUpperAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 65 && code <= 90;
  const char = text[i]!;
  return char !== char.toLowerCase();
}

function fnv(codes: Uint16Array, from: number, to: number): number {
  let h = FNV_SEED;
  for (let i = from; i < to; i++) h = Math.imul(h ^ codes[i]!, FNV_PRIME);
  return h >>> 0;
}

/** Open-addressing table of stopword hashes; a hit is confirmed against the word itself. */
const STOP_TABLE_SIZE = 1024;
const stopTable = new Int32Array(STOP_TABLE_SIZE).fill(-1);
const stopList = [...STOPWORDS];
stopList.forEach((word, index) => {
  let at = hashString(word) & (STOP_TABLE_SIZE - 1);
  while (stopTable[at] !== -1) at = (at + 1) & (STOP_TABLE_SIZE - 1);
  stopTable[at] = index;
});

function isStopword(hash: number, codes: Uint16Array, from: number, to: number): boolean {
  let at = hash & (STOP_TABLE_SIZE - 1);
  for (let index = stopTable[at]!; index !== -1; index = stopTable[at]!) {
    const word = stopList[index]!;
    if (word.length === to - from && hashString(word) === hash && sameCodes(word, codes, from)) return true;
    at = (at + 1) & (STOP_TABLE_SIZE - 1);
  }
  return false;
}

function sameCodes(word: string, codes: Uint16Array, from: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== codes[from + i]) return false;
  return true;
}

/** Length of stem(word) (sentences.ts) for the word in codes[from, to). */
function stemLength(codes: Uint16Array, from: number, to: number): number {
  const n = to - from;
  const last = codes[to - 1];
  if (n > 5 && codes[to - 3] === 105 && codes[to - 2] === 110 && last === 103) return n - 3; // -ing
  if (n > 4 && codes[to - 2] === 101 && last === 100) return n - 2; // -ed
  if (n > 3 && last === 115 && codes[to - 2] !== 115) return n - 1; // -s but not -ss
  return n;
}

export class WordScanner {
  private hashes = new Uint32Array(256);
  private stems = new Uint32Array(256);
  private flags = new Uint8Array(256);
  private codeStarts = new Uint32Array(257);
  private codes = new Uint16Array(2048);
  private count = 0;
  private used = 0;

  scan(text: string): WordHashes {
    this.count = 0;
    this.used = 0;
    this.codeStarts[0] = 0;
    const n = text.length;
    let previousEnd = 0;
    let i = 0;
    while (i < n) {
      if (!isWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      const fullEnd = wordEnd(text, i);
      let end = fullEnd;
      // Possessive "'s" is not part of the name.
      if (
        end - start > 2 &&
        isApostrophe(text.charCodeAt(end - 2)) &&
        (text.charCodeAt(end - 1) | 32) === 115
      )
        end -= 2;
      const startsSentence = this.count === 0 || sentenceBreakBetween(text, previousEnd, start);
      this.pushWord(text, start, end, startsSentence);
      previousEnd = end;
      i = fullEnd;
    }
    return {
      count: this.count,
      hashes: this.hashes.subarray(0, this.count),
      stems: this.stems.subarray(0, this.count),
      flags: this.flags.subarray(0, this.count),
      codes: this.codes.subarray(0, this.used),
      codeStarts: this.codeStarts.subarray(0, this.count + 1),
    };
  }

  private pushWord(text: string, start: number, end: number, startsSentence: boolean): void {
    if (this.count + 1 >= this.hashes.length) this.growWords();
    if (this.used + (end - start) * 4 + 8 > this.codes.length) this.growCodes((end - start) * 4 + 8);
    const from = this.used;
    const to = this.writeNormalised(text, start, end);
    this.used = to;
    const codes = this.codes;
    const hash = fnv(codes, from, to);
    const stemTo = from + stemLength(codes, from, to);
    let flags = isUpperAt(text, start) ? CAPITALISED : 0;
    if (startsSentence) flags |= SENTENCE_START;
    if (to - from > 1 && !isStopword(hash, codes, from, to)) flags |= CONTENT;
    if (to - from > 1 && hasDigit(codes, from, to)) flags |= FIGURE;
    const k = this.count++;
    this.hashes[k] = hash;
    this.stems[k] = stemTo === to ? hash : fnv(codes, from, stemTo);
    this.flags[k] = flags;
    this.codeStarts[k + 1] = to;
  }

  /** Writes normalizeWord(text.slice(start, end)) (scan.ts) into codes; returns the end offset. */
  private writeNormalised(text: string, start: number, end: number): number {
    const codes = this.codes;
    let at = this.used;
    const numeric = isDigit(text.charCodeAt(start));
    for (let i = start; i < end; i++) {
      let code = text.charCodeAt(i);
      if (code >= 128) {
        if (code !== 0x2019) return this.writeUnicode(text, start, end);
        code = 39;
      } else if (code >= 65 && code <= 90) code += 32;
      else if (numeric && (code === 44 || code === 46)) continue;
      codes[at++] = code;
    }
    return at;
  }

  /** The rare word with letters beyond ASCII: lower case, diacritics folded (NFKD), as scan.ts does. */
  private writeUnicode(text: string, start: number, end: number): number {
    let word = text
      .slice(start, end)
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/\u2019/g, "'");
    if (isDigit(word.charCodeAt(0))) word = word.replace(/[.,]/g, '');
    if (this.used + word.length > this.codes.length) this.growCodes(word.length);
    let at = this.used;
    for (let i = 0; i < word.length; i++) this.codes[at++] = word.charCodeAt(i);
    return at;
  }

  private growWords(): void {
    const size = this.hashes.length * 2;
    this.hashes = grow(this.hashes, new Uint32Array(size));
    this.stems = grow(this.stems, new Uint32Array(size));
    this.flags = grow(this.flags, new Uint8Array(size));
    this.codeStarts = grow(this.codeStarts, new Uint32Array(size + 1));
  }

  private growCodes(extra: number): void {
    this.codes = grow(this.codes, new Uint16Array(Math.max(this.codes.length * 2, this.used + extra)));
  }
}

function grow<T extends Uint8Array | Uint16Array | Uint32Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}

function hasDigit(codes: Uint16Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isDigit(codes[i]!)) return true;
  return false;
}

/** End of the word starting at i: letters and digits, joined by an apostrophe or a digit separator. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n) {
    const code = text.charCodeAt(j);
    if (isWordCode(code)) {
      j++;
      continue;
    }
    const next = j + 1 < n ? text.charCodeAt(j + 1) : 0;
    const joins =
      (isApostrophe(code) && isWordCode(next) && !isDigit(next)) ||
      ((code === 44 || code === 46) && isDigit(next) && j > i && isDigit(text.charCodeAt(j - 1)));
    if (!joins) break;
    j += 2;
  }
  return j;
}

const isSpaceCode = (code: number) =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 0xa0 ||
  code === 0x1680 ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff ||
  (code >= 0x2000 && code <= 0x200a);

/**
 * Between two words (text[from, to)): a paragraph break, or . ! ? followed by whitespace, and the next
 * word starting with a capital or a digit (scan.ts sentenceBreakBefore).
 */
function sentenceBreakBetween(text: string, from: number, to: number): boolean {
  let newlines = 0;
  let stop = -1;
  let spaceAfterStop = false;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 10) newlines++;
    if (code === 46 || code === 33 || code === 63) {
      stop = k;
      spaceAfterStop = false;
    } else if (stop >= 0 && isSpaceCode(code)) spaceAfterStop = true;
  }
  if (newlines >= 2) return true;
  if (stop < 0 || !spaceAfterStop) return false;
  return isUpperAt(text, to) || isDigit(text.charCodeAt(to));
}
