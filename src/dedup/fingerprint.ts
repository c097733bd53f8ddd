// Everything dedup needs to remember about an article: compact hashes only, no text, so that an index
// over a month of news fits in memory and serialises to JSON.
import type { Article, Extraction } from '../types.js';
import { bodyKey } from './body.js';
import { hashString } from './hash.js';
import { minhashSignature } from './minhash.js';
import { type Scan, scanText } from './scan.js';
import { stem } from './sentences.js';
import { shingleHashes, sortedUnique } from './shingles.js';
import { contentWords, isContentWord, wordTokens } from './words.js';

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
  sentences: Uint32Array[];
  /** Hashes of the numbers and of the quotations the article reports. */
  figures: Uint32Array;
  quotes: Uint32Array;
  /** Hashes of the capitalised words inside sentences: the names a rewrite keeps. */
  names: Uint32Array;
}

export function dayNumber(date: string | null): number | null {
  if (!date) return null;
  const time = Date.parse(date.length === 7 ? `${date}-01` : date);
  return Number.isNaN(time) ? null : Math.floor(time / 86_400_000);
}

export function fingerprint(article: Article, extraction?: Extraction): Fingerprint {
  const scan = scanText(article.text);
  const { words } = scan;
  const shingles = shingleHashes(words, 5);
  const stems = words.map((word) => (isContentWord(word) ? hashString(stem(word)) : -1));
  const topicTerms = sortedUnique(Uint32Array.from(stems.filter((h) => h >= 0)));
  return {
    id: article.id,
    day: dayNumber(article.published),
    words: words.length,
    bodyKey: bodyKey(article.text),
    shingles,
    nearSignature: minhashSignature(shingles, SIGNATURE_SIZE),
    topicSignature: minhashSignature(topicTerms, SIGNATURE_SIZE),
    sentences: sentenceRanges(scan).map(([from, to]) =>
      sortedUnique(Uint32Array.from(stems.slice(from, to).filter((h) => h >= 0))),
    ),
    names: nameKeys(scan),
    figures: figureKeys(words, extraction),
    quotes: quoteKeys(article.text, extraction),
  };
}

/** [first word, end word) of each sentence. */
export function sentenceRanges(scan: Scan): [number, number][] {
  return scan.sentenceStarts.map((from, i) => [from, scan.sentenceStarts[i + 1] ?? scan.words.length]);
}

/** Capitalised words other than the first of a sentence: names, which a rewrite keeps. */
function nameKeys(scan: Scan): Uint32Array {
  const sentenceStart = new Set(scan.sentenceStarts);
  const names: number[] = [];
  scan.words.forEach((word, i) => {
    if (scan.capitalised[i] && !sentenceStart.has(i) && isContentWord(word)) names.push(hashString(word));
  });
  return sortedUnique(Uint32Array.from(names));
}

function figureKeys(words: string[], extraction?: Extraction): Uint32Array {
  const values = extraction
    ? extraction.figures
        .filter((figure) => figure.article === extraction.article)
        .map((f) => String(f.value ?? f.text))
    : words.filter((word) => /\d/.test(word) && word.length > 1);
  return sortedUnique(Uint32Array.from(values, (value) => hashString(value)));
}

const QUOTED = /["“]([^"“”]{20,400})["”]/g;

/** A quotation is keyed by its first six content words, which survive trimming and re-punctuation. */
export function quoteKey(quote: string): number {
  return hashString(contentWords(wordTokens(quote)).slice(0, 6).join(' '));
}

function quoteKeys(text: string, extraction?: Extraction): Uint32Array {
  const quotes = extraction?.quotes.length
    ? extraction.quotes.map((quote) => quote.text)
    : [...text.matchAll(QUOTED)].map((match) => match[1]!);
  const long = quotes.filter((quote) => contentWords(wordTokens(quote)).length >= 4);
  return sortedUnique(Uint32Array.from(long, quoteKey));
}
