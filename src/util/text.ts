// Small pure text helpers shared by several stages.
import { wordTable } from './word-table.js';

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
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁđĐøØħĦı]/g, (c) => STROKED[c] ?? c);
}

/** How many diacritics a name writes: its combining marks and its stroked letters ("Kłodzko" has one). */
export function diacriticCount(name: string): number {
  return name.normalize('NFD').length - name.length + (name.match(/[łŁđĐøØħĦı]/g)?.length ?? 0);
}

/** Letters with a stroke or a slash, which Unicode does not decompose: "Kłodzko" is "Klodzko" folded. */
const STROKED: Record<string, string> = wordTable({
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ø: 'o',
  Ø: 'O',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
});

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
 * The end of a text before a full stop that does not end a sentence: a title, a month or another
 * abbreviation ("Gov.", "St. Lucie", "Sept."), an initial ("John F. Kennedy") or a dotted acronym ("U.S.").
 */
export const ABBREVIATION_BEFORE_STOP =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|Mt|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z])$/;

/**
 * "1 article", "3 articles", "2 stories", "1,204 figures": a count with its noun. Nouns ending in a
 * consonant and "y" take "ies"; others an "s" unless the plural is given.
 */
export function plural(count: number, noun: string, pluralNoun = regularPlural(noun)): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : pluralNoun}`;
}

function regularPlural(noun: string): string {
  return /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}
