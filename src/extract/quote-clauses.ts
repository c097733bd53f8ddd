// Text-level helpers for quote attribution: words of a clause (quoted words left out), the first
// speech verb, and sentence ends that know abbreviations and initials ("the Rev. Larry Kroon").

import { SPEECH_VERBS, STOP_CAPS } from './lexicon.js';
import type { QuoteSpan } from './quote-scan.js';

/** Whether offset `at` lies between a quote's marks (spans are in text order: binary search). */
export function insideQuote(spans: QuoteSpan[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (at <= span.open) hi = mid - 1;
    else if (at >= span.close) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Whitespace-separated pieces of text that hold a letter or digit. */
export function wordCount(text: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceAt(text, i, code)) counted = false;
    else if (!counted && isLetterOrDigitAt(text, i, code)) {
      count++;
      counted = true;
    }
  }
  return count;
}

const SPACE = /\s/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

function isSpaceAt(text: string, i: number, code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[i]!);
}

function isLetterOrDigitAt(text: string, i: number, code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  // slice(i, i + 2): a letter outside the BMP is two code units.
  return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
}

/** "… ." Klitschko said: a name and a speech verb right after the marks still attribute the quote. */
export function startsWithSpeech(rest: string): boolean {
  const words = wordsIn(rest.slice(0, 80), 0).slice(0, 3);
  const first = words[0]?.word.toLowerCase() ?? '';
  // "The director denied …", "He said …" after a full stop open a new sentence instead.
  if (STOP_CAPS.has(first)) return false;
  return words.slice(1).some((w) => SPEECH_VERBS.has(w.word.toLowerCase()));
}

/** Words whose full stop does not end a sentence: "the Rev. Larry Kroon", "Mr. Aliyev", "Jan. 5". */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st rev gov sen rep gen col lt sgt capt adm cmdr maj brig supt det insp prof jr sr fr mt no inc co corp ltd vs jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k'.split(
    ' ',
  ),
);

/**
 * A full stop after an abbreviation or a single initial ("George W. Bush") ends no sentence; after a
 * single capital it does when a word that never starts a name follows ("wrote on X. The head …").
 */
export function endsSentence(text: string, dot: number): boolean {
  if (text[dot] !== '.') return true;
  const word = WORD_BEFORE_DOT.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (!SINGLE_CAPITAL.test(word)) return true;
  const next = WORD_AFTER_DOT.exec(text.slice(dot + 1, dot + 16))?.[1];
  return next !== undefined && STOP_CAPS.has(next.toLowerCase());
}

const WORD_BEFORE_DOT = /([\p{L}.]+)$/u;
const WORD_AFTER_DOT = /^\s+(\p{Lu}\p{Ll}*)\b/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;

/** Offset of the end of the first sentence (or the next opening quote mark) in `text`, or -1. */
export function clauseEnd(text: string): number {
  const re = /[.!?](?=\s|$)|[“"‘]|``/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    if (m[0] !== '.' || endsSentence(text, m.index)) return m.index;
  return -1;
}

/** Offset where the last sentence of `head` starts (0 when it has only one). */
export function lastSentenceStart(head: string): number {
  const re = /[.!?]["”’']?\s+(?=\S|$)/g;
  let cut = 0;
  for (let m = re.exec(head); m; m = re.exec(head))
    if (endsSentence(head, m.index)) cut = m.index + m[0].length;
  return cut;
}

const WORD = /\p{L}[\p{L}'’.-]*/gu;
/**
 * WORD for wordsIn and for firstVerb, one each, rather than a copy for every call (a regex copied
 * is built anew; quotes read a few hundred clauses an article). Each restarts its own at the
 * clause's start and reads to the end without the other being called meanwhile.
 */
const WORDS_IN = new RegExp(WORD);
const FIRST_VERB_WORD = new RegExp(WORD);
export interface FoundWord {
  word: string;
  start: number;
  end: number;
}

/** Words of a clause, leaving out any quoted words inside it. */
export function wordsIn(text: string, base: number, spans: QuoteSpan[] = []): FoundWord[] {
  const out: FoundWord[] = [];
  const re = WORDS_IN;
  re.lastIndex = 0;
  for (let word = nextWord(re, text, base, spans); word; word = nextWord(re, text, base, spans))
    out.push(word);
  return out;
}

/** The next word `re` (WORDS_IN or FIRST_VERB_WORD) finds, trailing dots and apostrophes cut off. */
function nextWord(re: RegExp, text: string, base: number, spans: QuoteSpan[]): FoundWord | null {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (spans.length > 0 && insideQuote(spans, base + m.index)) continue;
    let length = m[0].length;
    while (length > 1 && TRAILING.includes(m[0][length - 1]!)) length--;
    const word = length === m[0].length ? m[0] : m[0].slice(0, length);
    return { word, start: base + m.index, end: base + m.index + length };
  }
  return null;
}

const TRAILING = ".’'";

/** The first speech verb (or "according to") among the first `within` words of a clause. */
export function firstVerb(
  text: string,
  base: number,
  within = Number.POSITIVE_INFINITY,
  spans: QuoteSpan[] = [],
): FoundWord | null {
  const re = FIRST_VERB_WORD;
  re.lastIndex = 0;
  let word = nextWord(re, text, base, spans);
  let previous = '';
  for (let k = 0; word && k < within; k++) {
    const next = nextWord(re, text, base, spans);
    const lower = word.word.toLowerCase();
    // "the United States", "Said Hassan": a capital after the clause's first word is part of a name;
    // "in his first remarks", "the claims": after a determiner the word is a noun.
    if (SPEECH_VERBS.has(lower) && (k === 0 || !startsUpperCase(word.word)) && !DETERMINERS.has(previous))
      return word;
    if (lower === 'according' && next?.word.toLowerCase() === 'to') return word;
    previous = lower;
    word = next;
  }
  return null;
}

/** Words after which a verb of saying is a noun ("his remarks", "the claims", "first comments"). */
const DETERMINERS = new Set(
  'the a an his her its their our my your these those first last latest earlier recent such'.split(' '),
);

function startsUpperCase(word: string): boolean {
  const first = word[0]!;
  return first !== first.toLowerCase();
}
