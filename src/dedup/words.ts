// Word-level views of a text shared by dedup and the story features: one regex pass, lower case,
// diacritics and typographic variants folded, so that copies with curly or straight quotes compare equal.
import { normalizeForCompare } from '../util/text.js';
import { scanText } from './scan.js';

/** The body as it must match for "identical": whitespace, quotes, dashes and case folded. */
export function normalizeBody(text: string): string {
  return normalizeForCompare(text);
}

/** Lower-case word tokens; "100,000" and "U.S." stay one token, possessive "'s" is dropped. */
export function wordTokens(text: string): string[] {
  return scanText(text).words;
}

/** Function words that say nothing about which event a text reports. */
export const STOPWORDS = new Set(
  (
    'a an the and or but nor of in on at to for from by with without about as into onto over under after ' +
    'before between through during against among within upon off out up down than then so if while because ' +
    'is are was were be been being am has have had having do does did done will would shall should can could ' +
    'may might must it its it’s this that these those there here he she they we you i me him her them us our ' +
    'your his their my who whom whose which what when where why how all any both each few more most other some ' +
    'such no not only own same too very just also said says say told according s t new one two three last ' +
    'week year years month day days monday tuesday wednesday thursday friday saturday sunday mr mrs ms'
  ).split(' '),
);

/** Tokens that carry content: not stopwords, not one-letter. */
export function contentWords(tokens: string[]): string[] {
  return tokens.filter(isContentWord);
}

export function isContentWord(word: string): boolean {
  return word.length > 1 && !STOPWORDS.has(word);
}
