// The words of a text as 32-bit hashes, computed in one pass over the character codes without creating
// a string per word (the fingerprint of every article in a stream starts here). It reproduces scan.ts
// exactly: same word boundaries, same sentence starts, and each word's hash equals
// hashString(scanText(text).words[i]), so fingerprints agree with anything hashed from scanText's words.
// Each character is classified by one table lookup; words with letters beyond ASCII (rare in English
// news) take a slower path through String.normalize. The same pass hashes the body for "identical"
// (bodyKey in body.ts), which would otherwise be a second loop over every character of the text.
import { BODY_PRIME, BODY_SEED_1, BODY_SEED_2, BODY_SPACE, FOLDED, formatBodyKey } from './body.js';
import { hashString } from './hash.js';
import { ABBREVIATIONS } from './scan.js';
import { STOPWORDS } from './words.js';

// Module-local copies of body.ts's constants for the per-character loops: measured 10% faster on the
// scan than reading the imported bindings there.
const BODY_FOLD = FOLDED;
const BODY_FNV_PRIME = BODY_PRIME;
const BODY_GAP = BODY_SPACE;

/** Per-word flags. */
export const CAPITALISED = 1;
/** Not a stopword, longer than one letter (isContentWord). */
export const CONTENT = 2;
/** Contains an ASCII digit and is longer than one character (a figure when there is no extraction). */
export const FIGURE = 4;
export const SENTENCE_START = 8;
/** The word was joined across an apostrophe ("o'neill", "don't"; not a dropped possessive "'s"). */
export const JOINED = 16;

const FNV_SEED = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The result of one scan: the scanner itself, whose buffers are reused (read them before the next
 * scan) and may be longer than `count`.
 */
export interface WordHashes {
  readonly count: number;
  /** hashString(word). */
  hashes: Uint32Array;
  /** hashString(stem(word)) (see sentences.ts). */
  stems: Uint32Array;
  flags: Uint8Array;
  /** Where each word starts in the text (a UTF-16 offset), to find the words of part of the text. */
  starts: Uint32Array;
  /** Normalised characters of all words, back to back; word i is codes[codeStarts[i], codeStarts[i+1]). */
  codes: Uint16Array;
  codeStarts: Uint32Array;
  /** Whether some word has letters beyond ASCII (folded by Unicode normalisation, see wideWord). */
  readonly wide: boolean;
  /** Offsets of the text's quotation marks (" “ ”), ascending: the first quoteMarkCount. */
  quoteMarks: Uint32Array;
  readonly quoteMarkCount: number;
}

// ── character classes ───────────────────────────────────────────────────────

const WORD = 1;
const UPPER = 2;
const DIGIT = 4;
const SPACE = 8;
const STOP = 16;
const APOSTROPHE = 32;
/** A word character outside ASCII: the word needs Unicode normalisation. */
const WIDE = 64;
/** " “ ”: where quotations open and close (see WordHashes.quoteMarks). */
const QUOTE = 128;

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

/** Class bits of every UTF-16 code unit (64 KB, built once). */
const CLASSES = (() => {
  const classes = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const char = String.fromCharCode(code);
    let bits = 0;
    if (isWordCode(code)) bits |= code < 128 ? WORD : WORD | WIDE;
    if (char !== char.toLowerCase()) bits |= UPPER;
    if (code >= 48 && code <= 57) bits |= DIGIT;
    if (/\s/.test(char)) bits |= SPACE;
    if (code === 46 || code === 33 || code === 63) bits |= STOP;
    if (code === 39 || code === 0x2019) bits |= APOSTROPHE;
    if (code === 34 || code === 0x201c || code === 0x201d) bits |= QUOTE;
    classes[code] = bits;
  }
  return classes;
})();

// ── stopwords ───────────────────────────────────────────────────────────────

/** Open-addressing table of stopwords by hash; a hit is confirmed against the word itself. */
const STOP_TABLE_SIZE = 1024;
const stopList = [...STOPWORDS];
const stopHashes = Uint32Array.from(stopList, (word) => hashString(word));
const stopTable = new Int32Array(STOP_TABLE_SIZE).fill(-1);
stopList.forEach((_, index) => {
  let at = stopHashes[index]! & (STOP_TABLE_SIZE - 1);
  while (stopTable[at] !== -1) at = (at + 1) & (STOP_TABLE_SIZE - 1);
  stopTable[at] = index;
});

function isStopword(hash: number, codes: Uint16Array, from: number, to: number): boolean {
  let at = hash & (STOP_TABLE_SIZE - 1);
  for (let index = stopTable[at]!; index !== -1; index = stopTable[at]!) {
    if (stopHashes[index] === hash) {
      const word = stopList[index]!;
      return word.length === to - from && sameCodes(word, codes, from);
    }
    at = (at + 1) & (STOP_TABLE_SIZE - 1);
  }
  return false;
}

function sameCodes(word: string, codes: Uint16Array, from: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== codes[from + i]) return false;
  return true;
}

// ── helpers on normalised codes ─────────────────────────────────────────────

function fnv(codes: Uint16Array, from: number, to: number): number {
  let h = FNV_SEED;
  for (let i = from; i < to; i++) h = Math.imul(h ^ codes[i]!, FNV_PRIME);
  return h >>> 0;
}

/** How many characters stem(word) (sentences.ts) removes from the word in codes[from, to). */
function stemCut(codes: Uint16Array, from: number, to: number): number {
  const n = to - from;
  const last = codes[to - 1];
  if (n > 5 && codes[to - 3] === 105 && codes[to - 2] === 110 && last === 103) return 3; // -ing
  if (n > 4 && codes[to - 2] === 101 && last === 100) return 2; // -ed
  if (n > 3 && last === 115 && codes[to - 2] !== 115) return 1; // -s but not -ss
  return 0;
}

function hasDigit(codes: Uint16Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (codes[i]! >= 48 && codes[i]! <= 57) return true;
  return false;
}

/** End of the word starting at i: letters and digits, joined by an apostrophe or a digit separator. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n) {
    const bits = CLASSES[text.charCodeAt(j)]!;
    if (bits & WORD) {
      j++;
      continue;
    }
    const code = text.charCodeAt(j);
    const next = j + 1 < n ? CLASSES[text.charCodeAt(j + 1)]! : 0;
    const joins =
      (bits & APOSTROPHE && next & WORD && !(next & DIGIT)) ||
      ((code === 44 || code === 46) && next & DIGIT && j > i && CLASSES[text.charCodeAt(j - 1)]! & DIGIT);
    if (!joins) break;
    j += 2;
  }
  return j;
}

/**
 * The text's UTF-16 code units in a typed array shared by every scanner (valid until the next call),
 * followed by a 0, which is no word character: one native copy, after which the scanning loops read
 * the units as plain array elements rather than through charCodeAt, which checks the string's
 * representation on every call, and find a word's end without testing for the text's.
 */
function codeUnits(text: string): Uint16Array {
  if (unitArray.length < text.length + 1) {
    unitArray = new Uint16Array(text.length * 2 + 1);
    unitBytes = Buffer.from(unitArray.buffer);
  }
  unitBytes.write(text, 0, 'utf16le');
  unitArray[text.length] = 0;
  return unitArray;
}

let unitArray = new Uint16Array(4096);
let unitBytes = Buffer.from(unitArray.buffer);

// ── the scanner ─────────────────────────────────────────────────────────────

export class WordScanner implements WordHashes {
  hashes = new Uint32Array(256);
  stems = new Uint32Array(256);
  flags = new Uint8Array(256);
  starts = new Uint32Array(256);
  codeStarts = new Uint32Array(257);
  codes = new Uint16Array(2048);
  quoteMarks = new Uint32Array(16);
  count = 0;
  wide = false;
  quoteMarkCount = 0;
  private used = 0;
  // bodyKey's state over the text scanned so far: its two hashes, folded characters hashed (read
  // them, not more, once the scan is done: they are what bodyKey formats), and whether whitespace
  // waits to be hashed as one space before the next character.
  bodyHash1 = BODY_SEED_1;
  bodyHash2 = BODY_SEED_2;
  bodyLength = 0;
  private bodySpace = false;

  /** bodyKey(text) of the text last scanned. */
  bodyKey(): string {
    return formatBodyKey(this.bodyHash1, this.bodyHash2, this.bodyLength);
  }

  /**
   * One pass over the text's characters. Words are read in this loop rather than in a method called
   * for each (the call, and saving and reloading the body's hashes around it, cost as much as reading
   * a short word); the body's hashes live in locals until the end.
   */
  scan(text: string): WordHashes {
    this.count = 0;
    this.wide = false;
    this.quoteMarkCount = 0;
    this.used = 0;
    this.codeStarts[0] = 0;
    if (this.codes.length < text.length + 16) this.codes = new Uint16Array(text.length * 2 + 16);
    const n = text.length;
    const units = codeUnits(text);
    // The tables in locals: the optimiser reloads module-level bindings on every use in the loops.
    const classes = CLASSES;
    const fold = BODY_FOLD;
    let body1 = BODY_SEED_1;
    let body2 = BODY_SEED_2;
    let bodyLength = 0;
    let bodySpace = false;
    // What lies between the previous word and the next: a sentence break is a paragraph break, or
    // . ! ? followed by whitespace, with the next word starting with a capital or a digit.
    let newlines = 0;
    let sawStop = false;
    let spaceAfterStop = false;
    let i = 0;
    while (i < n) {
      const code = units[i]!;
      if (code === 32) {
        // The commonest character between words: what the branch below does with a space.
        spaceAfterStop = sawStop;
        bodySpace = bodyLength > 0;
        i++;
        continue;
      }
      const bits = classes[code]!;
      if (!(bits & WORD)) {
        if (code === 10) newlines++;
        if (bits & STOP) {
          sawStop = true;
          spaceAfterStop = false;
        } else if (bits & SPACE) spaceAfterStop = sawStop;
        else if (bits & QUOTE) this.pushQuoteMark(i);
        // Into the body's hashes, whitespace runs as one space (see hashIntoBody).
        const folded = fold[code]!;
        if (folded === BODY_GAP) bodySpace = bodyLength > 0;
        else {
          if (bodySpace) {
            body1 = Math.imul(body1 ^ 32, BODY_FNV_PRIME);
            body2 = Math.imul(body2 ^ 32, BODY_FNV_PRIME);
            bodyLength++;
            bodySpace = false;
          }
          body1 = Math.imul(body1 ^ folded, BODY_FNV_PRIME);
          body2 = Math.imul(body2 ^ folded, BODY_FNV_PRIME);
          bodyLength++;
        }
        i++;
        continue;
      }
      if (bodySpace) {
        body1 = Math.imul(body1 ^ 32, BODY_FNV_PRIME);
        body2 = Math.imul(body2 ^ 32, BODY_FNV_PRIME);
        bodyLength++;
        bodySpace = false;
      }
      const startsSentence =
        this.count === 0 ||
        newlines >= 2 ||
        (spaceAfterStop && (bits & (UPPER | DIGIT)) !== 0 && !this.lastIsAbbreviation(units, i));
      const capitalised = (bits & UPPER) !== 0;
      if (this.count + 1 >= this.hashes.length) this.growWords();
      this.starts[this.count] = i;
      newlines = 0;
      sawStop = false;
      spaceAfterStop = false;

      // The word starting at i: lower case; "100,000" → "100000"; possessive "'s" dropped. Every
      // character it takes is ASCII, or a ’ read as ', so its body fold is its lower case.
      const codes = this.codes;
      const start = i;
      const from = this.used;
      const numeric = (bits & DIGIT) !== 0;
      let wordBody1 = body1;
      let wordBody2 = body2;
      let at = from;
      let h = FNV_SEED;
      // Hashes before the last one, two and three characters: the stems' hashes.
      let h1 = h;
      let h2 = h;
      let h3 = h;
      let digit = false;
      let apostrophes = 0;
      let wide = false;
      let j = start;
      // No test of j against the text's length: the unit after the text is 0, which ends the word.
      for (;;) {
        const unit = units[j]!;
        const unitBits = classes[unit]!;
        let lower = unit;
        // Most characters are lower-case ASCII letters, whose class is WORD alone: one test for them.
        if (unitBits !== WORD) {
          if (unitBits & WORD) {
            if (unitBits & WIDE) {
              wide = true;
              break;
            }
            if (unitBits & UPPER) lower = unit + 32;
            else if (unitBits & DIGIT) digit = true;
          } else {
            const next = classes[units[j + 1]!]!;
            if (unitBits & APOSTROPHE && next & WORD && !(next & DIGIT)) {
              lower = 39;
              apostrophes++;
            } else if (
              (unit === 44 || unit === 46) &&
              next & DIGIT &&
              j > start &&
              classes[units[j - 1]!]! & DIGIT
            ) {
              // A digit separator: part of the word, dropped when the word is a number (not from the body).
              if (numeric) {
                wordBody1 = Math.imul(wordBody1 ^ unit, BODY_FNV_PRIME);
                wordBody2 = Math.imul(wordBody2 ^ unit, BODY_FNV_PRIME);
                j++;
                continue;
              }
            } else break;
          }
        }
        codes[at++] = lower;
        h3 = h2;
        h2 = h1;
        h1 = h;
        h = Math.imul(h ^ lower, FNV_PRIME);
        wordBody1 = Math.imul(wordBody1 ^ lower, BODY_FNV_PRIME);
        wordBody2 = Math.imul(wordBody2 ^ lower, BODY_FNV_PRIME);
        j++;
      }
      if (wide) {
        // Read again from its start by the slower path, which hashes it into the body itself.
        this.bodyHash1 = body1;
        this.bodyHash2 = body2;
        this.bodyLength = bodyLength;
        this.bodySpace = false;
        i = this.wideWord(text, start, startsSentence, capitalised);
        body1 = this.bodyHash1;
        body2 = this.bodyHash2;
        bodyLength = this.bodyLength;
        continue;
      }
      body1 = wordBody1;
      body2 = wordBody2;
      bodyLength += j - start;
      i = j;
      // Possessive "'s" is not part of the name.
      if (j - start > 2 && classes[units[j - 2]!]! & APOSTROPHE && (units[j - 1]! | 32) === 115)
        this.push(from, at - 2, startsSentence, capitalised, apostrophes > 1);
      else {
        const cut = stemCut(codes, from, at);
        const stem = cut === 0 ? h : cut === 1 ? h1 : cut === 2 ? h2 : h3;
        this.pushHashed(from, at, h >>> 0, stem >>> 0, digit, startsSentence, capitalised, apostrophes > 0);
      }
    }
    this.bodyHash1 = body1;
    this.bodyHash2 = body2;
    this.bodyLength = bodyLength;
    this.bodySpace = bodySpace;
    return this;
  }

  private pushQuoteMark(at: number): void {
    if (this.quoteMarkCount === this.quoteMarks.length)
      this.quoteMarks = grow(this.quoteMarks, new Uint32Array(this.quoteMarks.length * 2));
    this.quoteMarks[this.quoteMarkCount++] = at;
  }

  /** Adds a character outside words to the body's hashes (whitespace runs count as one space). */
  private hashIntoBody(code: number): void {
    const folded = BODY_FOLD[code]!;
    if (folded === BODY_GAP) {
      this.bodySpace = this.bodyLength > 0;
      return;
    }
    if (this.bodySpace) this.hashBodySpace();
    this.bodyHash1 = Math.imul(this.bodyHash1 ^ folded, BODY_FNV_PRIME);
    this.bodyHash2 = Math.imul(this.bodyHash2 ^ folded, BODY_FNV_PRIME);
    this.bodyLength++;
  }

  /** Hashes the one space that stands for the whitespace before the next character. */
  private hashBodySpace(): void {
    this.bodyHash1 = Math.imul(this.bodyHash1 ^ 32, BODY_FNV_PRIME);
    this.bodyHash2 = Math.imul(this.bodyHash2 ^ 32, BODY_FNV_PRIME);
    this.bodyLength++;
    this.bodySpace = false;
  }

  /** A word with characters beyond ASCII: lower case, diacritics folded (NFKD), as scan.ts does. */
  private wideWord(text: string, start: number, startsSentence: boolean, capitalised: boolean): number {
    const fullEnd = wordEnd(text, start);
    for (let k = start; k < fullEnd; k++) this.hashIntoBody(text.charCodeAt(k));
    let end = fullEnd;
    if (
      end - start > 2 &&
      CLASSES[text.charCodeAt(end - 2)]! & APOSTROPHE &&
      (text.charCodeAt(end - 1) | 32) === 115
    )
      end -= 2;
    let word = text
      .slice(start, end)
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/\u2019/g, "'");
    if (word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57) word = word.replace(/[.,]/g, '');
    if (this.used + word.length > this.codes.length) {
      const bigger = new Uint16Array((this.used + word.length) * 2);
      bigger.set(this.codes);
      this.codes = bigger;
    }
    for (let k = 0; k < word.length; k++) this.codes[this.used + k] = word.charCodeAt(k);
    this.wide = true;
    this.push(this.used, this.used + word.length, startsSentence, capitalised, word.includes("'"));
    return fullEnd;
  }

  /** Adds the word in codes[from, to), hashing it from the codes. */
  private push(
    from: number,
    to: number,
    startsSentence: boolean,
    capitalised: boolean,
    joined: boolean,
  ): void {
    const codes = this.codes;
    const stemTo = to - stemCut(codes, from, to);
    const digit = hasDigit(codes, from, to);
    this.pushHashed(
      from,
      to,
      fnv(codes, from, to),
      fnv(codes, from, stemTo),
      digit,
      startsSentence,
      capitalised,
      joined,
    );
  }

  private pushHashed(
    from: number,
    to: number,
    hash: number,
    stem: number,
    digit: boolean,
    startsSentence: boolean,
    capitalised: boolean,
    joined: boolean,
  ): void {
    let flags = capitalised ? CAPITALISED : 0;
    if (startsSentence) flags |= SENTENCE_START;
    if (joined) flags |= JOINED;
    if (to - from > 1) {
      if (!isStopword(hash, this.codes, from, to)) flags |= CONTENT;
      if (digit) flags |= FIGURE;
    }
    const k = this.count++;
    this.hashes[k] = hash;
    this.stems[k] = stem;
    this.flags[k] = flags;
    this.codeStarts[k + 1] = to;
    this.used = to;
  }

  /**
   * Whether the word before the stop that precedes position `at` is an abbreviation or an initial
   * ("St. Lucie", "Gov. DeSantis", "John F. Kennedy"), after which a full stop ends no sentence.
   * Asked only at a stop before a capital, so it costs nothing on other words.
   */
  private lastIsAbbreviation(units: Uint16Array, at: number): boolean {
    const k = this.count - 1;
    const from = this.codeStarts[k]!;
    const to = this.codeStarts[k + 1]!;
    // The word must end at the full stop: "St." but not "St. ." nor "ST ." nor "99.".
    if (!isAbbreviation(this.codes, from, to, (this.flags[k]! & CAPITALISED) !== 0)) return false;
    const stop = this.starts[k]! + (to - from);
    if (units[stop] !== 46) return false;
    for (let j = stop + 1; j < at; j++)
      if (units[j] !== 32 && units[j] !== 10 && units[j] !== 9) return false;
    return true;
  }

  private growWords(): void {
    const size = this.hashes.length * 2;
    this.hashes = grow(this.hashes, new Uint32Array(size));
    this.stems = grow(this.stems, new Uint32Array(size));
    this.flags = grow(this.flags, new Uint8Array(size));
    this.starts = grow(this.starts, new Uint32Array(size));
    this.codeStarts = grow(this.codeStarts, new Uint32Array(size + 1));
  }
}

function grow<T extends Uint8Array | Uint32Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}

/** A capitalised abbreviation or a one-letter initial, the word codes[from, to) (lower case). */
function isAbbreviation(codes: Uint16Array, from: number, to: number, capitalised: boolean): boolean {
  if (!capitalised || to - from > 4) return false;
  // "said on X." ends a sentence: the platform, not an initial.
  if (to - from === 1) return codes[from] !== 120;
  return ABBREVIATIONS.has(String.fromCharCode(...codes.subarray(from, to)));
}
