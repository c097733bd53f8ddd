// Terms for story clustering: stemmed content words, proper nouns marked by their capital letter.
// Reuses the dedup stage's scanners and word list so that both stages agree on what a word is.
// Two readings of the same rules: extractTerms (strings, for the odd quotation) and TermScanner
// (term ids straight from dedup's WordScanner, for every paragraph of every article).
import { scanText } from '../dedup/scan.js';
import {
  CAPITALISED,
  CONTENT,
  FIGURE,
  SENTENCE_START,
  type WordHashes,
  WordScanner,
} from '../dedup/tokens.js';
import { STOPWORDS } from '../dedup/words.js';
import { countryOfAdjective } from './demonyms.js';
import { type Vocabulary, WordSet } from './vocabulary.js';

/** Words that date or place a report rather than say what happened. */
const CALENDAR = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec january february march april june july august september october november december today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);
const CALENDAR_WORDS = new WordSet(CALENDAR);

export interface Term {
  term: string;
  /** Capitalised inside a sentence: a name, which tells events apart better than a common noun. */
  proper: boolean;
}

/** How many characters stemming removes from a word of `length` characters ending in c3 c2 c1. */
function stemCut(
  length: number,
  c3: number | undefined,
  c2: number | undefined,
  c1: number | undefined,
): number {
  if (length > 5 && c3 === 105 && c2 === 110 && c1 === 103) return 3; // -ing
  if (length > 4 && c2 === 101 && c1 === 100) return 2; // -ed
  if (length > 3 && c1 === 115 && c2 !== 115) return 1; // -s but not -ss
  return 0;
}

export function stemTerm(word: string): string {
  const n = word.length;
  return word.slice(
    0,
    n - stemCut(n, word.charCodeAt(n - 3), word.charCodeAt(n - 2), word.charCodeAt(n - 1)),
  );
}

/** "Gabonese" → "gabon", "Afghan" → "afghanistan": the story stage's aliases (see demonyms.ts). */
export const COUNTRY_OF_ADJECTIVE = countryOfAdjective(stemTerm);

const isDayNumber = (word: string) => /^\d{1,2}$/.test(word);

/** Content terms of a text. `titleCase` texts (headlines) do not mark proper nouns by capitals. */
export function extractTerms(text: string, titleCase = false): Term[] {
  const scan = scanText(text);
  const sentenceStarts = new Set(scan.sentenceStarts);
  const out: Term[] = [];
  scan.words.forEach((word, i) => {
    if (CALENDAR.has(word)) {
      // "4 October": the day number belongs to a date, not to a count.
      if (out.length && isDayNumber(scan.words[i - 1] ?? '') && out.at(-1)!.term === scan.words[i - 1])
        out.pop();
      return;
    }
    if (word.length < 2 || STOPWORDS.has(word)) return;
    if (isDayNumber(word) && CALENDAR.has(scan.words[i - 1] ?? '')) return; // "Oct 4"
    const proper = scan.capitalised[i] === 1 && !sentenceStarts.has(i) && !titleCase;
    out.push({ term: stemTerm(word), proper });
  });
  return out;
}

/** The terms of one text as ids; valid until the next scan. */
export interface TermList {
  readonly length: number;
  ids: Int32Array;
  /** 1 for a proper noun. */
  proper: Uint8Array;
  /** 1 for a term with a digit. */
  figure: Uint8Array;
}

/** extractTerms as term ids of a Vocabulary, without a string per word. */
export class TermScanner implements TermList {
  length = 0;
  ids = new Int32Array(256);
  proper = new Uint8Array(256);
  figure = new Uint8Array(256);
  /** The first word the last `read` left unread. */
  next = 0;
  private readonly words = new WordScanner();

  constructor(private readonly vocabulary: Vocabulary) {}

  scan(text: string, titleCase = false): TermList {
    const words = this.words.scan(text);
    return this.read(words, 0, words.count, titleCase);
  }

  /**
   * The terms of words [first, end) of an earlier scan, as `scan` would find them in the text those
   * words span: a paragraph of a text scanned whole (its first word is a sentence start either way,
   * since a paragraph break is one). Stops early at the first word that starts at or after the text
   * offset `before` (then `next` says where).
   */
  read(scan: WordHashes, first: number, end: number, titleCase = false, before = Infinity): TermList {
    const { codes, codeStarts, flags, hashes, starts, stems } = scan;
    this.length = 0;
    if (this.ids.length < end - first) {
      this.ids = new Int32Array((end - first) * 2);
      this.proper = new Uint8Array((end - first) * 2);
      this.figure = new Uint8Array((end - first) * 2);
    }
    // Locals for the loop over every word of every article (`length` is written back at the end).
    const { ids, proper, figure, vocabulary } = this;
    let length = 0;
    let previousCalendar = false;
    let i = first;
    for (; i < end; i++) {
      if (starts[i]! >= before) break;
      const from = codeStarts[i]!;
      const to = codeStarts[i + 1]!;
      const calendar = CALENDAR_WORDS.has(hashes[i]!, codes, from, to);
      const afterCalendar = previousCalendar;
      previousCalendar = calendar;
      if (calendar) {
        // "4 October": the day number belongs to a date, not to a count.
        if (length > 0 && i > first && this.lastIsWord(scan, i - 1, ids[length - 1]!)) length--;
        continue;
      }
      const flag = flags[i]!;
      if (!(flag & CONTENT)) continue;
      if (afterCalendar && isDayCodes(codes, from, to)) continue; // "Oct 4"
      const stemTo = to - stemCut(to - from, codes[to - 3], codes[to - 2], codes[to - 1]);
      ids[length] = vocabulary.internCodes(stems[i]!, codes, from, stemTo);
      proper[length] = flag & CAPITALISED && !(flag & SENTENCE_START) && !titleCase ? 1 : 0;
      figure[length] = flag & FIGURE ? 1 : 0;
      length++;
    }
    this.length = length;
    this.next = i;
    return this;
  }

  /** Whether word w is a day number and the last term kept (`last`) is that very word. */
  private lastIsWord(scan: WordHashes, w: number, last: number): boolean {
    const { codes, codeStarts, hashes } = scan;
    const from = codeStarts[w]!;
    const to = codeStarts[w + 1]!;
    if (!isDayCodes(codes, from, to)) return false;
    return last === this.vocabulary.internCodes(hashes[w]!, codes, from, to, false);
  }
}

/** One or two ASCII digits. */
function isDayCodes(codes: Uint16Array, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let i = from; i < to; i++) if (codes[i]! < 48 || codes[i]! > 57) return false;
  return true;
}
