// Sentences around a span, for summaries and examples. Analysis asks for one sentence in each of many
// thousands of articles, so `sentenceAround` scans outwards from the span for sentence ends instead of
// annotating whole articles; summaries, which read every sentence of a few articles, use the one
// annotation pass (extract/annotate.ts) through a small cache.
import { type Annotated, annotate } from '../extract/annotate.js';
import { ABBREVIATION_BEFORE_STOP } from '../util/text.js';

const CACHE_LIMIT = 256;
const cache = new Map<string, Annotated>();

/** Annotates `text`, reusing recent results: a report asks about the same article several times. */
export function annotated(text: string): Annotated {
  const hit = cache.get(text);
  if (hit) return hit;
  const fresh = annotate(text);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(text, fresh);
  return fresh;
}

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** Every sentence of the text, in order, as the annotation pass splits them. */
export function sentencesOf(text: string): SentenceSpan[] {
  return annotated(text).sentences.map((s) => ({
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
  }));
}

/** The sentence containing offset `at`; never crosses a line break. */
export function sentenceAround(text: string, at: number): SentenceSpan {
  const start = sentenceStart(text, at);
  const end = sentenceEnd(text, at);
  return { start, end, text: text.slice(start, end) };
}

/** What may open a sentence: a capital, a digit, an opening quote or bracket. */
const OPENER = /[\p{Lu}\d"“‘(]/u;

/** Whether the text ending at index `i` (exclusive) ends a sentence: ".", "!", "?", maybe a closer. */
function endsSentence(text: string, i: number): boolean {
  let j = i;
  if (/["”’)]/.test(text[j - 1] ?? '')) j--;
  const mark = text[j - 1];
  if (mark !== '.' && mark !== '!' && mark !== '?') return false;
  return !(mark === '.' && ABBREVIATION_BEFORE_STOP.test(text.slice(Math.max(0, j - 12), j - 1)));
}

/**
 * Whether a sentence ends at the space at index `space`. After a clock time's "a.m." or "p.m." only
 * a capital or a quotation opens the next: "at 8:30 a.m. (0630 GMT), but …" goes on.
 */
function breaksAt(text: string, space: number): boolean {
  if (!endsSentence(text, space)) return false;
  const next = text[space + 1] ?? '';
  if (!OPENER.test(next)) return false;
  return !CLOCK_ABBREVIATION.test(text.slice(Math.max(0, space - 5), space)) || /[\p{Lu}"“‘]/u.test(next);
}

const CLOCK_ABBREVIATION = /\b[ap]\.m\.$/i;

function sentenceStart(text: string, at: number): number {
  for (let i = Math.min(at, text.length); i > 0; i--) {
    const c = text[i - 1];
    if (c === '\n') return i;
    if (c === ' ' && breaksAt(text, i - 1)) return i;
  }
  return 0;
}

function sentenceEnd(text: string, at: number): number {
  for (let i = Math.max(at, 0); i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return i;
    if (c === ' ' && breaksAt(text, i)) return i;
  }
  return text.length;
}
