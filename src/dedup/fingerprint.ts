// Everything dedup needs to remember about an article: compact hashes only, no text, so that an index
// over a month of news fits in memory and serialises compactly. Built from one hashing pass over the
// text (tokens.ts) with a few typed arrays per article, because it runs on every article of a stream.
import type { Article, Extraction } from '../types.js';
import { bodyKey } from './body.js';
import { hashString } from './hash.js';
import { minhashSignature } from './minhash.js';
import { shingleHashes, sortedUnique } from './shingles.js';
import { CAPITALISED, CONTENT, FIGURE, SENTENCE_START, type WordHashes, WordScanner } from './tokens.js';

export const SIGNATURE_SIZE = 64;

export interface Fingerprint {
  id: string;
  /** Day number (days since 1970) of the published date, or null. */
  day: number | null;
  words: number;
  /** Hash of the normalised body: equal keys mean identical copies. */
  bodyKey: string;
  /** Word 5-shingles, for exact near-duplicate Jaccard. */
  shingles: Uint32Array;
  /** MinHash of the 5-shingles (near-duplicate candidates). */
  nearSignature: Uint32Array;
  /** MinHash of the stemmed content words (rewrite candidates: reworded text keeps its vocabulary). */
  topicSignature: Uint32Array;
  /** Each sentence's stemmed content words, sorted; together they cover every content word. */
  sentences: Uint32Array[];
  /** Hashes of the numbers and of the quotations the article reports. */
  figures: Uint32Array;
  quotes: Uint32Array;
  /** Hashes of the capitalised words inside sentences: the names a rewrite keeps. */
  names: Uint32Array;
}

/** The parts of a fingerprint that cannot be recomputed from the others (what the state stores). */
export type FingerprintCore = Omit<Fingerprint, 'nearSignature' | 'topicSignature'>;

export function dayNumber(date: string | null): number | null {
  if (!date) return null;
  const time = Date.parse(date.length === 7 ? `${date}-01` : date);
  return Number.isNaN(time) ? null : Math.floor(time / 86_400_000);
}

const textScanner = new WordScanner();
const quoteScanner = new WordScanner();

export function fingerprint(article: Article, extraction?: Extraction): Fingerprint {
  const words = textScanner.scan(article.text);
  return withSignatures({
    id: article.id,
    day: dayNumber(article.published),
    words: words.count,
    bodyKey: bodyKey(article.text),
    shingles: shingleHashes(words.hashes, 5),
    sentences: sentenceTerms(words),
    names: selectHashes(words, CAPITALISED | CONTENT, SENTENCE_START),
    figures: extraction ? extractedFigureKeys(extraction) : selectHashes(words, FIGURE, 0),
    quotes: quoteKeys(article.text, extraction),
  });
}

/** Adds the MinHash signatures, which follow from the shingles and the sentences' terms. */
export function withSignatures(core: FingerprintCore): Fingerprint {
  return {
    ...core,
    nearSignature: minhashSignature(core.shingles, SIGNATURE_SIZE),
    topicSignature: minhashSignature(topicTerms(core.sentences), SIGNATURE_SIZE),
  };
}

/** Every content word of the text once: the union of the sentences' terms. */
function topicTerms(sentences: Uint32Array[]): Uint32Array {
  let total = 0;
  for (const terms of sentences) total += terms.length;
  const all = new Uint32Array(total);
  let at = 0;
  for (const terms of sentences) {
    all.set(terms, at);
    at += terms.length;
  }
  return sortedUnique(all);
}

/** Sorted unique content stems per sentence, as views into one buffer. */
function sentenceTerms(words: WordHashes): Uint32Array[] {
  const buffer = new Uint32Array(countFlagged(words, CONTENT));
  const sentences: Uint32Array[] = [];
  let sentenceFrom = 0;
  let at = 0;
  for (let i = 0; i <= words.count; i++) {
    if (i === words.count || (i > 0 && words.flags[i]! & SENTENCE_START)) {
      sentences.push(sortedUnique(buffer.subarray(sentenceFrom, at)));
      sentenceFrom = at;
    }
    if (i < words.count && words.flags[i]! & CONTENT) buffer[at++] = words.stems[i]!;
  }
  return words.count === 0 ? [] : sentences;
}

function countFlagged(words: WordHashes, flag: number): number {
  let n = 0;
  for (let i = 0; i < words.count; i++) if (words.flags[i]! & flag) n++;
  return n;
}

/** Sorted unique hashes of the words that have every flag of `all` and none of `none`. */
function selectHashes(words: WordHashes, all: number, none: number): Uint32Array {
  const picked: number[] = [];
  for (let i = 0; i < words.count; i++) {
    const flags = words.flags[i]!;
    if ((flags & all) === all && (flags & none) === 0) picked.push(words.hashes[i]!);
  }
  return sortedUnique(Uint32Array.from(picked));
}

function extractedFigureKeys(extraction: Extraction): Uint32Array {
  const values = extraction.figures
    .filter((figure) => figure.article === extraction.article)
    .map((f) => String(f.value ?? f.text));
  return sortedUnique(Uint32Array.from(values, (value) => hashString(value)));
}

const QUOTED = /["“]([^"“”]{20,400})["”]/g;
const QUOTE_KEY_WORDS = 6;
const MIN_QUOTE_WORDS = 4;

/**
 * A quotation is keyed by its first six content words, which survive trimming and re-punctuation:
 * the hash of those words joined by spaces. Null when it has fewer than four content words.
 */
function quoteKey(quote: string): number | null {
  const words = quoteScanner.scan(quote);
  let h = 0x811c9dc5;
  let taken = 0;
  for (let i = 0; i < words.count; i++) {
    if (!(words.flags[i]! & CONTENT)) continue;
    if (taken >= QUOTE_KEY_WORDS) return h >>> 0;
    if (taken > 0) h = Math.imul(h ^ 32, 0x01000193);
    for (let c = words.codeStarts[i]!; c < words.codeStarts[i + 1]!; c++)
      h = Math.imul(h ^ words.codes[c]!, 0x01000193);
    taken++;
  }
  return taken >= MIN_QUOTE_WORDS ? h >>> 0 : null;
}

function quoteKeys(text: string, extraction?: Extraction): Uint32Array {
  const keys: number[] = [];
  const add = (quote: string) => {
    const key = quoteKey(quote);
    if (key !== null) keys.push(key);
  };
  if (extraction?.quotes.length) for (const quote of extraction.quotes) add(quote.text);
  else for (const match of text.matchAll(QUOTED)) add(match[1]!);
  return sortedUnique(Uint32Array.from(keys));
}
