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

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
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
  'mr mrs ms dr st rev gov sen rep gen col lt sgt capt prof jr sr fr mt no inc co corp ltd vs jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k'.split(
    ' ',
  ),
);

/** A full stop after an abbreviation or a single initial ("George W. Bush") ends no sentence. */
export function endsSentence(text: string, dot: number): boolean {
  if (text[dot] !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  return !ABBREVIATIONS.has(word.toLowerCase()) && !/^\p{Lu}$/u.test(word);
}

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
export interface FoundWord {
  word: string;
  start: number;
  end: number;
}

/** Words of a clause, leaving out any quoted words inside it. */
export function wordsIn(text: string, base: number, spans: QuoteSpan[] = []): FoundWord[] {
  const out: FoundWord[] = [];
  for (const m of text.matchAll(WORD)) {
    if (spans.length > 0 && insideQuote(spans, base + m.index)) continue;
    const word = m[0].replace(/[.’']+$/, '');
    out.push({ word, start: base + m.index, end: base + m.index + word.length });
  }
  return out;
}

export function firstVerb(
  text: string,
  base: number,
  within = Number.POSITIVE_INFINITY,
  spans: QuoteSpan[] = [],
): FoundWord | null {
  const words = wordsIn(text, base, spans);
  for (const [k, w] of words.entries()) {
    if (k >= within) break;
    const lower = w.word.toLowerCase();
    if (SPEECH_VERBS.has(lower)) return w;
    if (lower === 'according' && words[k + 1]?.word.toLowerCase() === 'to') return w;
  }
  return null;
}
