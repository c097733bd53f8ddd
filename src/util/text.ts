// Small pure text helpers shared by several stages.

/** Folds typographic variants so that copies compare equal: quotes, dashes, spaces, case. */
export function normalizeForCompare(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Removes diacritics: "Türkiye" → "Turkiye". */
export function foldDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** Word count as a reader would count it: runs of non-space characters. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/**
 * The same text, stored by V8 one byte a character when every character is Latin-1. A string cut
 * from a text that holds a single character beyond Latin-1 (a curly quote, "ı") is stored two bytes
 * a character, and so is every string cut from it in turn, even when none of those characters is
 * left. Such strings cost more wherever they are compared or looked up: the tagger's lexicon
 * lookups of tokens cut from them (every token is hashed into V8's string table) took twice the
 * time. Costs one copy of the text.
 */
export function narrowed(text: string): string {
  return BEYOND_LATIN1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;
