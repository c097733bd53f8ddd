// Everything dedup needs to remember about an article: hashes only, no text, packed into ONE typed
// array per article so that a month of news fits in memory, verification reads contiguous memory,
// and the state serialises as one base64 string. Built from one hashing pass over the text
// (tokens.ts) into reused scratch buffers, because it runs on every article of a stream.
import type { Article, Extraction } from '../types.js';
import { bodyHashOf, bodyKey, bodyNumbers, formatBodyKey } from './body.js';
import { hashString } from './hash.js';
import { HashTable32 } from './hashtable.js';
import { CAPITALISED, CONTENT, FIGURE, SENTENCE_START, type WordHashes, WordScanner } from './tokens.js';

export interface Fingerprint {
  id: string;
  /** Day number (days since 1970) of the published date, or null. */
  day: number | null;
  words: number;
  /**
   * The normalised body's two hashes (signed 32-bit) and length, what its key (bodyKey, see
   * bodyKeyOf) is made of: equal bodies mean identical copies. Numbers rather than the key string,
   * which only a state needs.
   */
  body1: number;
  body2: number;
  bodyLength: number;
  /** bodyHashOf the three: different hashes, different bodies (see sameBody). */
  bodyHash: number;
  /**
   * The hash lists, back to back (read them with the functions below):
   * [sentence count S, end of shingles, end of figures, end of quotes, end of names,
   *  S sentence ends, shingles, figures, quotes, names, each sentence's terms].
   * Shingles: hashes of the word 5-shingles, each once (exact near-duplicate Jaccard).
   * Figures, quotes, names (capitalised words inside sentences): sorted, each once.
   * Sentence terms: the sentence's stemmed content words, sorted, each once; together they are the
   * article's vocabulary (the MinHash that finds rewrites).
   */
  data: Uint32Array;
}

const SENTENCE_COUNT = 0;
const SHINGLES_END = 1;
const FIGURES_END = 2;
const QUOTES_END = 3;
const NAMES_END = 4;
const HEADER = 5;
const SHINGLE_SIZE = 5;
const SHINGLE_PRIME = 0x9e3779b1;
/** SHINGLE_PRIME^(SHINGLE_SIZE − 1) mod 2³²: the weight of the word that leaves a rolling run. */
const SHINGLE_PRIME_POWER = Array.from({ length: SHINGLE_SIZE - 1 }).reduce<number>(
  (power) => Math.imul(power, SHINGLE_PRIME),
  1,
);

export const sentenceCount = (f: Fingerprint) => f.data[SENTENCE_COUNT]!;
export const shinglesStart = (f: Fingerprint) => HEADER + sentenceCount(f);
export const shinglesEnd = (f: Fingerprint) => f.data[SHINGLES_END]!;
export const figuresEnd = (f: Fingerprint) => f.data[FIGURES_END]!;
export const quotesEnd = (f: Fingerprint) => f.data[QUOTES_END]!;
export const namesEnd = (f: Fingerprint) => f.data[NAMES_END]!;
/** Sentence i's terms are data[sentenceStart(f, i), sentenceEnd(f, i)). */
export const sentenceStart = (f: Fingerprint, i: number) => (i === 0 ? namesEnd(f) : f.data[HEADER + i - 1]!);
export const sentenceEnd = (f: Fingerprint, i: number) => f.data[HEADER + i]!;

export const shingles = (f: Fingerprint) => f.data.subarray(shinglesStart(f), shinglesEnd(f));
/** Every sentence's terms (views), for the alignment shown by `sitrep diff`. */
export function sentenceTerms(f: Fingerprint): Uint32Array[] {
  return Array.from({ length: sentenceCount(f) }, (_, i) =>
    f.data.subarray(sentenceStart(f, i), sentenceEnd(f, i)),
  );
}

/** The last date parsed: a stream brings many articles of the same day in a row. */
const lastDay = { date: '', day: null as number | null };

export function dayNumber(date: string | null): number | null {
  if (!date) return null;
  if (date === lastDay.date) return lastDay.day;
  const time = Date.parse(date.length === 7 ? `${date}-01` : date);
  lastDay.date = date;
  lastDay.day = Number.isNaN(time) ? null : Math.floor(time / 86_400_000);
  return lastDay.day;
}

/** `scanner`: where the text's words go (see lastWords), when the caller keeps them. */
export function fingerprint(article: Article, extraction?: Extraction, scanner?: WordScanner): Fingerprint {
  const words = builder.scan(article.text, scanner);
  const creditStart = creditLineStart(article.text);
  // The credit line says who wrote the report, not what it reports: two reports by one desk share it
  // ("Reporting by …; Editing by …") and would align on it. Its words stay out of shingles and sentences.
  const data = builder.build(article.text, extraction, wordsBefore(builder.words!, creditStart));
  const summaryEnd = summaryBulletsEnd(article.text);
  if (summaryEnd > 0 || creditStart < article.text.length) {
    const [h1, h2, length] = bodyNumbers(bodyKey(article.text.slice(summaryEnd, creditStart)));
    return withBody(article.id, dayNumber(article.published), words, h1 | 0, h2 | 0, length, data);
  }
  // bodyKey(article.text)'s numbers, hashed by the same pass as the words.
  const { bodyHash1, bodyHash2, bodyLength } = builder.scanner;
  return withBody(
    article.id,
    dayNumber(article.published),
    words,
    bodyHash1 | 0,
    bodyHash2 | 0,
    bodyLength,
    data,
  );
}

/** How many of the words start before `offset` (all of them when it is the text's end). */
function wordsBefore(words: WordHashes, offset: number): number {
  let n = words.count;
  while (n > 0 && words.starts[n - 1]! >= offset) n--;
  return n;
}

/**
 * Where the body starts after the summary bullets a clipping service puts above it ("• …" lines, the
 * first paragraph the reader writes), or 0. The bullets are the service's, not the article's: a copy
 * that comes without them is still the same body, identical.
 */
function summaryBulletsEnd(text: string): number {
  if (!text.startsWith('• ')) return 0;
  const end = text.indexOf('\n\n');
  return end > 0 && end + 2 < text.length ? end + 2 : 0;
}

/** "With information from Reuters", "with inputs from PTI": what a paper took from the wire. */
const FROM_WIRE = String.raw`(?:information|reporting|material|inputs?)\s+from\s+`;

/** Wire services, as a paper signs a report it runs from them. */
const SIGN_OFF =
  'AFP|Agence France-Presse|Reuters|AP|Associated Press|PA Media|PA|Press Association|AAP|dpa|EFE|ANSA|Anadolu(?: Agency)?|Xinhua|TASS|Interfax|Kyodo|Yonhap|Bernama|Antara|ANI|PTI|IANS|UPI|Bloomberg|agencies|wires';

/**
 * Where the wire's credit line closing the text starts ("Reporting by A in Baku; Editing by B", or a
 * paper's "AFP" under the report), else the text's length. Like the summary bullets it is a note on
 * who wrote the report, which one copy carries and another leaves out: the copy is still the same
 * body, identical.
 */
function creditLineStart(text: string): number {
  const start = text.lastIndexOf('\n\n') + 2;
  const tags = DESK_SIGN_OFF.exec(text.slice(-DESK_SIGN_OFF_CHARS));
  if (tags) return text.length - tags[1]!.length;
  if (start < 2 || text.length - start > CREDIT_LINE_CHARS) return text.length;
  return CREDIT_LINE.test(text.slice(start)) ? start - 2 : text.length;
}

/**
 * "… the official said. PTI KA NSK RT": an agency's name and its desk's initials after the last
 * sentence, on the same line (Indian agencies' copy); "… had not left. (Colombo Gazette with inputs
 * from Reuters)": a paper's credit in brackets there. Group 1: the sign-off, from the space before it.
 */
const DESK_SIGN_OFF = new RegExp(
  String.raw`[.!?]["”’]?(\s+(?:(?:${SIGN_OFF})(?:\s+[A-Z]{2,5}){0,5}|\((?:[^()]{0,40}\s)?(?:with\s+)?(?:${FROM_WIRE})?(?:${SIGN_OFF})\))\s*)$`,
);
const DESK_SIGN_OFF_CHARS = 80;

const CREDIT_LINE_CHARS = 240;
/**
 * "Reporting by …; Editing by …", and the sign-off a paper puts under a wire report it runs ("AFP",
 * "— Reuters", "(AFP)", "With AFP", "AFP/Reuters", "Agencies", "Source: Associated Press").
 */
const CREDIT_LINE = new RegExp(
  String.raw`^(?:\(?(?:additional )?(?:reporting|writing|editing|compiled) by\b|[\s(—–-]*(?:sources?\s*:\s*|with\s+)?(?:${FROM_WIRE})?(?:${SIGN_OFF})(?:\s*(?:[/,&]|and)\s*(?:${SIGN_OFF}))*[\s).]*$)`,
  'i',
);

/** A fingerprint of the body with those numbers (h1 and h2 as signed 32-bit integers). */
export function withBody(
  id: string,
  day: number | null,
  words: number,
  body1: number,
  body2: number,
  bodyLength: number,
  data: Uint32Array,
): Fingerprint {
  return { id, day, words, body1, body2, bodyLength, bodyHash: bodyHashOf(body1, body2, bodyLength), data };
}

/** bodyKey of the fingerprint's text. */
export function bodyKeyOf(f: Fingerprint): string {
  return formatBodyKey(f.body1, f.body2, f.bodyLength);
}

/** Whether two fingerprints are of identical bodies. */
export function sameBody(x: Fingerprint, y: Fingerprint): boolean {
  return (
    x.bodyHash === y.bodyHash && x.body1 === y.body1 && x.body2 === y.body2 && x.bodyLength === y.bodyLength
  );
}

/**
 * The shingles of the text last fingerprinted, as a set (the builder's, in which it made them unique):
 * valid until the next fingerprint.
 */
export function lastShingleSet(): HashTable32 {
  return builder.seen;
}

/** The words of the text last fingerprinted (valid until the next fingerprint scans into the same scanner). */
export function lastWords(): WordHashes {
  return builder.words!;
}

/** The hash lists of a fingerprint (each sorted and unique except the shingles, which are unique). */
export interface HashLists {
  shingles: ArrayLike<number>;
  figures: ArrayLike<number>;
  quotes: ArrayLike<number>;
  names: ArrayLike<number>;
  sentences: ArrayLike<number>[];
}

/** Packs hash lists into a fingerprint's `data` (for states written before the packed layout). */
export function packLists(lists: HashLists): Uint32Array {
  const { shingles, figures, quotes, names, sentences } = lists;
  const shinglesAt = HEADER + sentences.length;
  const figuresAt = shinglesAt + shingles.length;
  const quotesAt = figuresAt + figures.length;
  const namesAt = quotesAt + quotes.length;
  const termsAt = namesAt + names.length;
  const total = sentences.reduce((sum, terms) => sum + terms.length, termsAt);
  const data = new Uint32Array(total);
  data.set([sentences.length, figuresAt, quotesAt, namesAt, termsAt]);
  data.set(shingles, shinglesAt);
  data.set(figures, figuresAt);
  data.set(quotes, quotesAt);
  data.set(names, namesAt);
  let at = termsAt;
  sentences.forEach((terms, i) => {
    data.set(terms, at);
    at += terms.length;
    data[HEADER + i] = at;
  });
  return data;
}

/** A growable list of 32-bit values, reused from article to article. */
class Scratch {
  values = new Uint32Array(1024);
  size = 0;

  push(value: number): void {
    if (this.size === this.values.length) {
      const bigger = new Uint32Array(this.size * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.size++] = value;
  }

  copyTo(target: Uint32Array, at: number): void {
    for (let i = 0; i < this.size; i++) target[at + i] = this.values[i]!;
  }

  /** Sorts values[from, size) and drops repeats. */
  sortUniqueFrom(from: number): void {
    this.size = from + sortUnique(this.values, from, this.size);
  }
}

/**
 * Calls `found` with the span [from, to) of each quotation of 20 to 400 characters between an opening
 * " or “ and a closing " or ”, in order: what /["“]([^"“”]{20,400})["”]/g matches, without the
 * regular expression engine and without reading the text again: `words` is its scan, which noted
 * where the quotation marks are. A quotation closes at the first mark after its opening one.
 */
function forEachQuoted(text: string, words: WordHashes, found: (from: number, to: number) => void): void {
  const { quoteMarks, quoteMarkCount } = words;
  let next = 0;
  // The last mark has none after it to close a quotation.
  for (let k = 0; k + 1 < quoteMarkCount; k++) {
    const open = quoteMarks[k]!;
    if (open < next || text.charCodeAt(open) === 0x201d) continue; // ” opens nothing
    const close = quoteMarks[k + 1]!;
    const length = close - open - 1;
    if (length >= 20 && length <= 400 && text.charCodeAt(close) !== 0x201c) {
      found(open + 1, close);
      next = close + 1;
    }
  }
}
/** Where the second and later sentences of a quotation start ("…mobilised. I am thinking…"). */
function laterSentenceStarts(quote: string): number[] {
  const starts: number[] = [];
  for (const match of quote.matchAll(QUOTE_SENTENCE_END)) starts.push(match.index + match[0].length);
  return starts;
}

const QUOTE_SENTENCE_END = /[.!?]\s+(?=\p{Lu})/gu;

const QUOTE_KEY_WORDS = 6;
const MIN_QUOTE_WORDS = 4;

class FingerprintBuilder {
  private readonly textScanner = new WordScanner();
  private readonly quoteScanner = new WordScanner();
  /** The shingles of the last text, each once (their values are unused). */
  readonly seen = new HashTable32();
  words: WordHashes | null = null;
  /** The scanner that read the last text. */
  scanner = this.textScanner;
  private readonly shingles = new Scratch();
  /** Figures, quotes and names one after the other; `ends` marks where each stops. */
  private readonly keys = new Scratch();
  private readonly terms = new Scratch();
  private readonly names = new Scratch();
  private readonly sentenceEnds = new Scratch();

  /** Scans the text (into `scanner`, or the builder's own); returns its number of words. */
  scan(text: string, scanner = this.textScanner): number {
    this.scanner = scanner;
    this.words = scanner.scan(text);
    return this.words.count;
  }

  /** `end`: how many of the scanned words to take (the credit line's are left out, see fingerprint). */
  build(text: string, extraction: Extraction | undefined, end = this.words!.count): Uint32Array {
    const words = this.words!;
    this.collectShingles(words, end);
    this.keys.size = 0;
    this.collectWordLists(words, !extraction, end);
    if (extraction) this.collectExtractedFigures(extraction);
    else this.keys.sortUniqueFrom(0);
    const figuresSize = this.keys.size;
    this.collectQuotes(text, extraction);
    const quotesSize = this.keys.size;
    for (let i = 0; i < this.names.size; i++) this.keys.push(this.names.values[i]!);
    this.keys.sortUniqueFrom(quotesSize);
    const sentences = this.sentenceEnds.size;
    const shinglesStart = HEADER + sentences;
    const listsStart = shinglesStart + this.shingles.size;
    const termsStart = listsStart + this.keys.size;
    const data = arena.allocate(termsStart + this.terms.size);
    data[SENTENCE_COUNT] = sentences;
    data[SHINGLES_END] = listsStart;
    data[FIGURES_END] = listsStart + figuresSize;
    data[QUOTES_END] = listsStart + quotesSize;
    data[NAMES_END] = termsStart;
    for (let i = 0; i < sentences; i++) data[HEADER + i] = termsStart + this.sentenceEnds.values[i]!;
    this.shingles.copyTo(data, shinglesStart);
    this.keys.copyTo(data, listsStart);
    this.terms.copyTo(data, termsStart);
    return data;
  }

  /**
   * Hashes of every run of five words (the whole text when it is shorter), each once. A run's hash is
   * the polynomial Σ word × P^(4−k) mod 2³², rolled from one run to the next in two multiplications.
   */
  private collectShingles(words: WordHashes, count: number): void {
    const { hashes } = words;
    this.shingles.size = 0;
    this.seen.clear(count);
    if (count === 0) return;
    const first = Math.min(count, SHINGLE_SIZE);
    let h = 0;
    for (let i = 0; i < first; i++) h = (Math.imul(h, SHINGLE_PRIME) + hashes[i]!) | 0;
    this.addShingle(h);
    for (let end = SHINGLE_SIZE; end < count; end++) {
      const dropped = Math.imul(hashes[end - SHINGLE_SIZE]!, SHINGLE_PRIME_POWER);
      h = (Math.imul(h - dropped, SHINGLE_PRIME) + hashes[end]!) | 0;
      this.addShingle(h);
    }
  }

  private addShingle(h: number): void {
    if (this.seen.set(h >>> 0, 0) === -1) this.shingles.push(h >>> 0);
  }

  private collectExtractedFigures(extraction: Extraction): void {
    for (const figure of extraction.figures)
      if (figure.article === extraction.article)
        this.keys.push(hashString(String(figure.value ?? figure.text)));
    this.keys.sortUniqueFrom(0);
  }

  private collectQuotes(text: string, extraction: Extraction | undefined): void {
    const from = this.keys.size;
    if (extraction?.quotes.length)
      for (const quote of extraction.quotes) {
        const words = this.quoteScanner.scan(quote.text);
        this.addQuote(words, 0, words.count);
        // Outlets join and split quotations at sentence ends: each later sentence is keyed too.
        for (const at of laterSentenceStarts(quote.text)) {
          const rest = this.quoteScanner.scan(quote.text.slice(at));
          this.addQuote(rest, 0, rest.count);
        }
      }
    else {
      // The quotation's words are the text's words that start inside it: quotation marks neither
      // belong to nor join words, so the text's scan has them already.
      const words = this.words!;
      let word = 0;
      forEachQuoted(text, words, (from, to) => {
        while (word < words.count && words.starts[word]! < from) word++;
        const first = word;
        while (word < words.count && words.starts[word]! < to) word++;
        this.addQuote(words, first, word);
      });
    }
    this.keys.sortUniqueFrom(from);
  }

  /**
   * A quotation is keyed by its first six content words, which survive trimming and re-punctuation:
   * the hash of those words joined by spaces. Quotations of fewer than four content words are skipped.
   */
  private addQuote(words: WordHashes, first: number, end: number): void {
    let h = 0x811c9dc5;
    let taken = 0;
    for (let i = first; i < end && taken < QUOTE_KEY_WORDS; i++) {
      if (!(words.flags[i]! & CONTENT)) continue;
      if (taken > 0) h = Math.imul(h ^ 32, 0x01000193);
      for (let c = words.codeStarts[i]!; c < words.codeStarts[i + 1]!; c++)
        h = Math.imul(h ^ words.codes[c]!, 0x01000193);
      taken++;
    }
    if (taken >= MIN_QUOTE_WORDS) this.keys.push(h >>> 0);
  }

  /**
   * In one pass over the words: each sentence's stemmed content words, sorted, each once per
   * sentence (`terms`, ending at `sentenceEnds`); the names, capitalised content words inside
   * sentences (`names`, unsorted); and, when `figures`, the words with a digit (pushed to `keys`,
   * unsorted).
   */
  private collectWordLists(words: WordHashes, figures: boolean, count: number): void {
    const { flags, hashes, stems } = words;
    this.terms.size = 0;
    this.sentenceEnds.size = 0;
    this.names.size = 0;
    let sentenceFrom = 0;
    for (let i = 0; i <= count; i++) {
      if (i === count ? i > 0 : i > 0 && flags[i]! & SENTENCE_START) {
        this.terms.sortUniqueFrom(sentenceFrom);
        this.sentenceEnds.push(this.terms.size);
        sentenceFrom = this.terms.size;
      }
      if (i === count) break;
      const flag = flags[i]!;
      if (flag & CONTENT) {
        this.terms.push(stems[i]!);
        if (flag & CAPITALISED && !(flag & SENTENCE_START)) this.names.push(hashes[i]!);
      }
      if (figures && flag & FIGURE) this.keys.push(hashes[i]!);
    }
  }
}

/**
 * Fingerprints' arrays are carved out of large shared buffers: one typed array with a buffer of its
 * own per article would cost an off-heap allocation and garbage-collector bookkeeping each. Indexes
 * forget fingerprints oldest first, so a buffer is released soon after the window has moved past it.
 */
class Arena {
  private static readonly CHUNK = 1 << 16;
  private chunk = new Uint32Array(Arena.CHUNK);
  private used = 0;

  allocate(size: number): Uint32Array {
    if (size > Arena.CHUNK / 8) return new Uint32Array(size);
    if (this.used + size > Arena.CHUNK) {
      this.chunk = new Uint32Array(Arena.CHUNK);
      this.used = 0;
    }
    const view = new Uint32Array(this.chunk.buffer, this.used * 4, size);
    this.used += size;
    return view;
  }
}

const arena = new Arena();
const builder = new FingerprintBuilder();

/** Sorts values[from, to) and moves each distinct value once to its front; returns how many. */
export function sortUnique(values: Uint32Array, from: number, to: number): number {
  if (to - from > 24) values.subarray(from, to).sort();
  else insertionSort(values, from, to);
  let n = 0;
  for (let i = from; i < to; i++)
    if (n === 0 || values[i] !== values[from + n - 1]) values[from + n++] = values[i]!;
  return n;
}

function insertionSort(values: Uint32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const value = values[i]!;
    let j = i - 1;
    while (j >= from && values[j]! > value) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = value;
  }
}
