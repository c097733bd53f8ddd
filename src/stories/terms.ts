// Terms for story clustering: stemmed content words, proper nouns marked by their capital letter.
// Reuses the dedup stage's word list so that both stages agree on what a function word is.
import { STOPWORDS } from '../dedup/words.js';
import { foldDiacritics } from '../util/text.js';

const WORD = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;
/** Words that date or place a report rather than say what happened. */
const CALENDAR = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec january february march april june july august september october november december today yesterday tomorrow'.split(
    ' ',
  ),
);

export interface Term {
  term: string;
  /** Capitalised inside a sentence: a name, which tells events apart better than a common noun. */
  proper: boolean;
}

export function stemTerm(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Content terms of a text. `titleCase` texts (headlines) do not mark proper nouns by capitals. */
export function extractTerms(text: string, titleCase = false): Term[] {
  const out: Term[] = [];
  let sentenceStart = true;
  for (const match of foldDiacritics(text).matchAll(WORD)) {
    const raw = match[0];
    const before = text[match.index - 1];
    const after = text[match.index + raw.length];
    const atStart = sentenceStart || before === '\n';
    sentenceStart = after === '.' || after === '!' || after === '?';
    let word = raw.toLowerCase().replace(/['’]s$/, '');
    if (/\d/.test(word)) word = word.replace(/[.,](?=\d{3}\b)/g, '');
    if (word.length < 2 || STOPWORDS.has(word) || CALENDAR.has(word)) continue;
    if (/^\d{1,2}$/.test(word)) continue; // day numbers and small counts say little about the event
    const capital = raw[0] !== raw[0]!.toLowerCase();
    out.push({ term: stemTerm(word), proper: capital && !atStart && !titleCase });
  }
  return out;
}
