// Sentences around a span, for summaries and examples. Built on the one annotation pass
// (extract/annotate.ts); each article text is annotated at most once per process thanks to a small cache.
import { type Annotated, annotate, sentenceAt } from '../extract/annotate.js';

const CACHE_LIMIT = 256;
const cache = new Map<string, Annotated>();

/** Annotates `text`, reusing the last results: analysis asks about the same article many times. */
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

/** The sentence containing offset `at`; falls back to the enclosing line when annotation found none. */
export function sentenceAround(text: string, at: number): SentenceSpan {
  const sentence = sentenceAt(annotated(text), at);
  if (sentence)
    return { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) };
  const start = text.lastIndexOf('\n', at) + 1;
  const newline = text.indexOf('\n', at);
  const end = newline < 0 ? text.length : newline;
  return { start, end, text: text.slice(start, end) };
}

/** Every sentence of the text, in order. */
export function sentencesOf(text: string): SentenceSpan[] {
  return annotated(text).sentences.map((s) => ({
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
  }));
}
