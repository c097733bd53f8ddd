// Qualifiers written before a figure, normalised to the few the Figure record names.

import { wordTable } from '../../util/word-table.js';
import { wordBefore } from './filters.js';

const QUALIFIER_BEFORE =
  /\b(more than|just over|well over|over|upwards of|in excess of|nearly|almost|close to|about|around|roughly|approximately|approx\.|some|an estimated|estimated|up to|as many as|at least|at most|no more than|less than|fewer than|just under|under)\s+$/i;

/** A qualifier at the start of a figure's text, as written. */
export const QUALIFIER_AT_START =
  /^(?:more than|just over|well over|over|upwards of|in excess of|nearly|almost|close to|about|around|roughly|approximately|approx\.|some|an estimated|estimated|up to|as many as|at least|at most|no more than|less than|fewer than|just under|under)\s+/i;

/** "hand over two soldiers", "took over 40 shops": here "over" belongs to the verb, not the count. */
const PARTICLE_VERB =
  /\b(?:hand|hands|handed|handing|turn|turns|turned|turning|take|takes|took|taking|taken|pass|passes|passed|passing|give|gives|gave|giving|given|sign|signs|signed|signing)\s+$/i;

const LAST_WORDS = new Set([
  'than',
  'over',
  'of',
  'nearly',
  'almost',
  'to',
  'about',
  'around',
  'roughly',
  'approximately',
  'approx.',
  'some',
  'estimated',
  'as',
  'least',
  'most',
  'under',
]);

const NORMAL: Record<string, string> = wordTable({
  'more than': 'more than',
  'just over': 'more than',
  'well over': 'more than',
  over: 'more than',
  'upwards of': 'more than',
  'in excess of': 'more than',
  nearly: 'nearly',
  'close to': 'nearly',
  almost: 'almost',
  about: 'about',
  around: 'about',
  roughly: 'about',
  approximately: 'about',
  'approx.': 'about',
  some: 'about',
  'an estimated': 'about',
  estimated: 'about',
  'up to': 'up to',
  'as many as': 'up to',
  'at least': 'at least',
  'at most': 'at most',
  'no more than': 'at most',
  'less than': 'less than',
  'fewer than': 'less than',
  'just under': 'less than',
  under: 'less than',
});

/** Verbs by which a tally goes beyond a number: "the toll passed 500", "the number of arrivals topped 2,000". */
const TALLY_PASSED = new Set(['passed', 'topped', 'surpassed', 'exceeded', 'past']);

/**
 * Whether the number at `at` is one a tally named earlier in its sentence went beyond ("the number of
 * arrivals had passed 100,400", "the toll went past 500"): more than the number, which the verb
 * leaves out of the figure's words. "Parliament passed 12 laws" names no tally.
 */
function passedTally(text: string, at: number, floor: number): boolean {
  const before = text.slice(Math.max(floor, at - 120), at);
  if (/\bpast\s+$/i.test(before) && !/\b(?:went|gone|go|goes|going)\s+past\s+$/i.test(before)) return false;
  return /\b(?:number|toll|tally|count|total)\b/i.test(before);
}

/** The qualifier that ends right before `at`, with where it starts; null when there is none. */
/** A verb of rising right before "up to": "went up to", "has gone up to", "shot up to". */
const RISE_VERB = /\b(?:went|gone|go|goes|going|shot|shoots|climbed|moved|jumped|rose)\s+$/i;

export function qualifierBefore(
  text: string,
  at: number,
  floor: number,
): { qualifier: string; start: number } | null {
  if (!/\s/.test(text[at - 1] ?? '')) return null;
  const last = wordBefore(text, at).toLowerCase();
  if (TALLY_PASSED.has(last) && passedTally(text, at, floor)) return { qualifier: 'more than', start: at };
  // Cheap pre-check: every qualifier ends in one of a few words, right before the number.
  if (!LAST_WORDS.has(last)) return null;
  const from = Math.max(floor, at - 24);
  const m = QUALIFIER_BEFORE.exec(text.slice(from, at));
  if (!m?.[1]) return null;
  if (
    m[1].toLowerCase() === 'over' &&
    PARTICLE_VERB.test(text.slice(Math.max(floor, from - 16), from + m.index))
  )
    return null;
  // "the number of dead went up to 43": a count that rose, not a ceiling.
  if (
    m[1].toLowerCase() === 'up to' &&
    RISE_VERB.test(text.slice(Math.max(floor, from - 16), from + m.index))
  )
    return null;
  return { qualifier: NORMAL[m[1].toLowerCase()] ?? m[1].toLowerCase(), start: from + m.index };
}
