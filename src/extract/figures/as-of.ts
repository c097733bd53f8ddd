// "as of 12:00, October 1": a figure's own reference date, stated in its sentence.

import { resolveDatePhrase } from '../dates.js';

const AS_OF = /\b(?:as of|as at|as on|valid as of|according to data (?:as )?of)\b/i;

/** The ISO date after "as of" in the sentence, or null when the sentence states none. */
export function asOfIn(text: string, start: number, end: number, published: string | null): string | null {
  const sentence = text.slice(start, end);
  const m = AS_OF.exec(sentence);
  if (!m) return null;
  const tail = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
  return resolveDatePhrase(tail, published)?.date ?? null;
}
