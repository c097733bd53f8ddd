// "as of 12:00, October 1": a figure's own reference date, stated in its sentence.

import { resolveDatePhrase } from '../dates.js';

const AS_OF = /\b(?:as of|as at|as on|valid as of|according to data (?:as )?of)\b/i;

/** The ISO date after "as of" in the sentence, or null when the sentence states none. */
export function asOfIn(text: string, start: number, end: number, published: string | null): string | null {
  const sentence = text.slice(start, end);
  const m = AS_OF.exec(sentence);
  if (!m) return null;
  const tail = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
  // "As of October 1, 84,770 people": the figure after the comma is not the date's year.
  const cut = /,\s*(?=\d{1,3},\d{3}|\d{5,}|\d{1,3}\s+[a-z])/.exec(tail);
  return resolveDatePhrase(cut ? tail.slice(0, cut.index) : tail, published)?.date ?? null;
}
