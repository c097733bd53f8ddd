// Regex matches within one sentence, from a single pass over the whole text. Scanning each sentence
// on its own would restart every pattern per sentence (and slice the text for each); instead each
// pattern runs once per text, and a sentence takes its matches by binary search.
import { firstAtOrAfter } from '../../util/collections.js';

interface Scan {
  text: string;
  matches: RegExpExecArray[];
}

// The last text each pattern scanned: the figures and dates of one article reuse it for every sentence.
const scans = new WeakMap<RegExp, Scan>();

/**
 * A full scan tries the pattern at every offset of the text, which costs about as much for a text
 * without a single match as for one full of them. A guard is a plain shape that every match holds
 * (a digit with an ordinal ending, say), which the regex engine finds faster: a text without it is
 * not scanned at all. Most articles hold no money, ordinal day or holiday: in a profile of the
 * ingest bench's extraction, the money scan alone took 1.5% of the time, and its guard costs about
 * a fifth of that.
 */
const guards = new WeakMap<RegExp, RegExp>();

/**
 * `pattern`, scanned only in texts where `guard` (not global) matches: the guard must match in every
 * text that holds a match of the pattern, so that skipping the others changes nothing.
 */
export function guarded(pattern: RegExp, guard: RegExp): RegExp {
  guards.set(pattern, guard);
  return pattern;
}

/** Matches of a global regex that lie wholly within text[from, to), with indexes into the whole text. */
export function matchesIn(pattern: RegExp, text: string, from: number, to: number): RegExpExecArray[] {
  const { matches } = scanOf(pattern, text);
  const found: RegExpExecArray[] = [];
  for (let i = firstAtOrAfter(matches.length, (i) => matches[i]!.index, from); i < matches.length; i++) {
    const m = matches[i]!;
    if (m.index >= to) break;
    if (m.index + m[0].length <= to) found.push(m);
  }
  return found;
}

/** True when a global regex matches somewhere wholly within text[from, to). */
export function matchesWithin(pattern: RegExp, text: string, from: number, to: number): boolean {
  const { matches } = scanOf(pattern, text);
  const m = matches[firstAtOrAfter(matches.length, (i) => matches[i]!.index, from)];
  return m !== undefined && m.index + m[0].length <= to;
}

function scanOf(pattern: RegExp, text: string): Scan {
  let scan = scans.get(pattern);
  if (scan && scan.text === text) return scan;
  scan = { text, matches: guards.get(pattern)?.test(text) === false ? [] : allMatches(pattern, text) };
  scans.set(pattern, scan);
  return scan;
}

function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    matches.push(m);
    // An empty match must not stop the scan on the same spot.
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return matches;
}
