// Terms for story clustering: stemmed content words, proper nouns marked by their capital letter.
// Reuses the dedup stage's scanner and word list so that both stages agree on what a word is.
import { scanText } from '../dedup/scan.js';
import { STOPWORDS } from '../dedup/words.js';

/** Words that date or place a report rather than say what happened. */
const CALENDAR = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec january february march april june july august september october november december today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday'.split(
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
  const scan = scanText(text);
  const sentenceStarts = new Set(scan.sentenceStarts);
  const out: Term[] = [];
  scan.words.forEach((word, i) => {
    if (CALENDAR.has(word)) {
      // "4 October": the day number belongs to a date, not to a count.
      if (out.length && /^\d{1,2}$/.test(scan.words[i - 1] ?? '') && out.at(-1)!.term === scan.words[i - 1])
        out.pop();
      return;
    }
    if (word.length < 2 || STOPWORDS.has(word)) return;
    if (/^\d{1,2}$/.test(word) && CALENDAR.has(scan.words[i - 1] ?? '')) return; // "Oct 4"
    const proper = scan.capitalised[i] === 1 && !sentenceStarts.has(i) && !titleCase;
    out.push({ term: stemTerm(word), proper });
  });
  return out;
}
