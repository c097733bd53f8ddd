// Sentences as sets of content words, the unit that rewrites are aligned on. A regex split is enough
// here: a wrong boundary moves a few words between neighbours, which the alignment tolerates.
import { ABBREVIATION_BEFORE_STOP } from '../util/text.js';
import { hashString } from './hash.js';
import { sortedUnique } from './shingles.js';
import { contentWords, wordTokens } from './words.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

const BOUNDARY = /[.!?]["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])|\n\s*\n/gu;

/** Character spans of the sentences in a text, paragraph breaks always ending one. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    // "St. Lucie County", "Gov. Ron DeSantis": a full stop after an abbreviation goes on.
    if (
      match[0][0] === '.' &&
      ABBREVIATION_BEFORE_STOP.test(text.slice(Math.max(0, match.index - 12), match.index))
    )
      continue;
    const end = match.index + match[0].trimEnd().length;
    pushTrimmed(text, start, end, spans);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

/** Light stemming so that "talks"/"talk" and "pulled"/"pull" meet; good enough for overlap. */
export function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Sorted hashes of a sentence's stemmed content words. */
export function sentenceTerms(sentence: string): Uint32Array {
  const words = contentWords(wordTokens(sentence));
  return sortedUnique(Uint32Array.from(words, (word) => hashString(stem(word))));
}
