// A general English number reader: finds number phrases in text ("2.8 million", "two hundred and
// five", "1.5k", "3 dozen", "one third", "15,569") and gives their value. It knows nothing about
// units or what is counted: figures.ts builds on it. It scans the raw text with small regexes, not a
// tokeniser, so that it stays cheap enough to run over every sentence.

import { wordTable } from '../util/word-table.js';
import { lexNumberTokens, type NumberToken } from './numbers/lexer.js';
import { WORD_VALUES } from './numbers/words.js';

export interface NumberMatch {
  start: number;
  end: number;
  text: string;
  value: number;
  /** True when any part was written in words ("two", "million", "dozen"). */
  words: boolean;
  /** True when the phrase is a fraction ("two thirds", "3/4"). */
  fraction: boolean;
}

// Where a number phrase may start: a digit, a leading decimal point, a minus sign before a digit, or a
// number word. "a"/"an" open one only before a scale, dozen, fraction or number word ("a million",
// "a third", "a twenty-first"). One precompiled scan finds these directly, so ordinary words cost
// nothing beyond the regex engine's own pass.
const ARTICLE_OPENS = [
  'hundred',
  'thousand',
  'lakh',
  'million',
  'crore',
  'billion',
  'trillion',
  'dozens?',
  'dozs?',
  'dzs?',
  ...Object.keys(WORD_VALUES),
  'half',
  'halves',
  'thirds?',
  'quarters?',
  '[a-z]+(?:th|ths)',
];
const CANDIDATE = new RegExp(
  `-[ ]?(?=\\d)|\\d|\\.(?=\\d)|\\b(?:${[...Object.keys(WORD_VALUES), 'minus', 'negative', 'half', 'quarter'].join('|')})\\b|\\ban?[ \\t\\u00a0\\u202f]+(?=(?:${ARTICLE_OPENS.join('|')})\\b)`,
  'gi',
);

const PLUS_OR = /plus[ -]or[ -]$/i;

/** Every number phrase between `from` and `to`, left to right, not overlapping. */
export function findNumbers(text: string, from = 0, to = text.length): NumberMatch[] {
  const found: NumberMatch[] = [];
  CANDIDATE.lastIndex = from;
  for (let m = CANDIDATE.exec(text); m && m.index < to; m = CANDIDATE.exec(text)) {
    const at = m.index;
    const first = text.charCodeAt(at);
    const before = text.charCodeAt(at - 1);
    if (first === 45 /* - */) {
      // A minus sign, not a hyphen: "-4", " - 1 4/5", but never "50-1,000" or "SCP-173".
      if (at > 0 && !/\s/.test(text[at - 1]!)) continue;
    } else if (first === 46 /* . */) {
      if (isDigitCode(before)) continue;
    } else if (
      (first === 109 || first === 77) /* m, M */ &&
      PLUS_OR.test(text.slice(Math.max(0, at - 8), at))
    ) {
      // "plus or minus 2 points": a margin either way, not a negative number; the number follows.
      continue;
    } else if (isDigitCode(first)) {
      // A digit glued to a word ("SCP173", "A4", "M23") is a code, not a number, and so are the
      // digits after it ("M23" holds no "3"); "SCP-173" is fine.
      // "magnitude-7.6" split by a sentence boundary after "7." still holds no "6".
      const decimalPart = at === from && before === 46 && isDigitCode(text.charCodeAt(at - 2));
      if (isLetterCode(before) || before === 95 || isDigitCode(before) || decimalPart) {
        CANDIDATE.lastIndex = endOfCode(text, at);
        continue;
      }
    }
    const match = readNumberAt(text, at, to);
    if (!match) continue;
    found.push(match);
    CANDIDATE.lastIndex = match.end;
  }
  return found;
}

/** Where a run of letters and digits that starts inside a code ends. */
function endOfCode(text: string, at: number): number {
  let end = at;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (!isDigitCode(c) && !isLetterCode(c)) break;
    end++;
  }
  return end;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The value of a whole phrase, or null when it is not exactly one number phrase. */
export function parseNumberPhrase(phrase: string): number | null {
  const trimmed = phrase.trim();
  const match = readNumberAt(trimmed, 0, trimmed.length);
  return match && match.end === trimmed.length ? match.value : null;
}

/** Reads the longest number phrase that starts exactly at `start`. */
export function readNumberAt(text: string, start: number, to = text.length): NumberMatch | null {
  const tokens = lexNumberTokens(text, start, to);
  const parsed = parseTokens(text, tokens);
  if (!parsed) return null;
  const last = tokens[parsed.used - 1]!;
  const first = tokens[0]!;
  return {
    start: first.start,
    end: last.end,
    text: text.slice(first.start, last.end),
    value: Number(parsed.value.toPrecision(15)),
    words: tokens.slice(0, parsed.used).some((t) => t.kind === 'word'),
    fraction: parsed.fraction,
  };
}

interface Parsed {
  value: number;
  used: number;
  fraction: boolean;
}

const SCALES: Record<string, number> = wordTable({
  hundred: 100,
  thousand: 1e3,
  lakh: 1e5,
  million: 1e6,
  crore: 1e7,
  billion: 1e9,
  trillion: 1e12,
});
const DOZEN = /^(?:dozens?|dozs?|dzs?)$/;

/**
 * An integer-words grammar with a running `total` (closed groups) and `group` (the open one), the
 * usual way to read "two hundred and two thousand": a larger scale multiplies everything so far.
 */
function parseTokens(text: string, tokens: NumberToken[]): Parsed | null {
  let sign = 1;
  let i = 0;
  const first = tokens[0];
  if (!first) return null;
  if (first.kind === 'word' && (first.lower === 'minus' || first.lower === 'negative')) {
    sign = -1;
    i = 1;
  } else if (first.kind === 'dash' && tokens[1]?.kind === 'digits') {
    sign = -1;
    i = 1;
  }
  const body = parseCompoundFraction(text, tokens, i) ?? parseMagnitude(tokens, i);
  if (!body) return null;
  let { value, used, fraction } = body;
  const ratio = parseRatio(text, tokens, used, value);
  if (ratio) ({ value, used, fraction } = ratio);
  return { value: sign * value, used, fraction };
}

/** "one over three", "1 out of 3": a numerator, a ratio word and a denominator. */
function parseRatio(text: string, tokens: NumberToken[], at: number, numerator: number): Parsed | null {
  const word = tokens[at];
  let next = at + 1;
  if (word?.lower === 'out' && tokens[at + 1]?.lower === 'of') next = at + 2;
  else if (word?.lower !== 'over') return null;
  const denominator = parseMagnitude(tokens, next);
  if (!denominator || denominator.value === 0 || denominator.fraction) return null;
  // "2000 over 3 years": a noun after "over N" makes N a count of its own, not a denominator.
  const end = tokens[denominator.used - 1]!.end;
  if (word.lower === 'over' && /^\s+[A-Za-z]/.test(text.slice(end, end + 2))) return null;
  return { value: numerator / denominator.value, used: denominator.used, fraction: true };
}

function parseMagnitude(tokens: NumberToken[], from: number): Parsed | null {
  const state = { total: 0, group: 0, started: false, lastScale: Number.POSITIVE_INFINITY };
  let used = from;
  let prev: NumberToken | undefined;
  let fraction = false;
  let i = from;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const step = applyToken(tokens, i, token, prev, state);
    if (step === 0) break;
    if (step < 0) {
      // A fraction ends the phrase: "two thirds", "one and a half".
      fraction = true;
      used = i - step;
      break;
    }
    i += step;
    prev = tokens[i - 1];
    if (state.started && prev && prev.kind !== 'dash' && prev.lower !== 'and' && prev.lower !== 'a') used = i;
  }
  if (!state.started || used === from) return null;
  // A lone "half" is a fraction: "half of the residents" is not a count of 0.5 things.
  if (used === from + 1 && tokens[from]!.lower === 'half') fraction = true;
  return { value: state.total + state.group, used, fraction };
}

interface State {
  total: number;
  group: number;
  started: boolean;
  lastScale: number;
}

/** How many tokens this one consumes: 0 = stop before it, negative = fraction that ends at i - n. */
function applyToken(
  tokens: NumberToken[],
  i: number,
  token: NumberToken,
  prev: NumberToken | undefined,
  state: State,
): number {
  const next = tokens[i + 1];
  if (token.kind === 'digits') {
    if (state.started && !(prev && (prev.lower === 'and' || prev.kind === 'dash') && state.group === 0))
      return 0;
    state.group = token.value;
    state.started = true;
    return 1;
  }
  if (token.kind === 'dash') {
    // A hyphen joins words ("twenty-one", "one-eighth") and digits to their scale when a compound
    // modifies a noun ("the 20-million-yuan aid package"), never digits to digits ("50-1,000" is a range).
    if (!state.started || next?.kind !== 'word') return 0;
    return prev?.kind === 'word' || (prev?.kind === 'digits' && SCALES[next.lower] !== undefined) ? 1 : 0;
  }
  if (token.kind !== 'word') return 0;
  const word = token.lower;
  const unit = WORD_VALUES[word];
  if (unit !== undefined) {
    if (state.started && prev?.kind === 'digits') return 0;
    // "three-nought-four": digits read out one by one; nothing follows a zero inside one number.
    if (state.started && lastWordValue(tokens, i) === 0) return 0;
    // After a joining "and" that is not "hundred and …", a new part starts ("twenty and three fifths").
    const freshPart = prev?.lower === 'and' && SCALES[tokens[i - 2]?.lower ?? ''] === undefined;
    if (freshPart) {
      state.group += unit;
      return 1;
    }
    const lastUnits = state.group % 100;
    if (state.started && unit < 10 && lastUnits % 10 !== 0) return 0;
    if (state.started && unit >= 10 && lastUnits !== 0) return 0;
    if (state.started && prev && WORD_VALUES[prev.lower] !== undefined && unit >= 10) return 0;
    state.group += unit;
    state.started = true;
    return 1;
  }
  const scale = SCALES[word] ?? (prev?.kind === 'digits' ? DIGIT_SCALE_WORDS[word] : undefined);
  if (scale !== undefined) return applyScale(state, scale, prev);
  if (DOZEN.test(word)) {
    // "three hundred and two dozens" is 300 + 2 × 12: a dozen multiplies only the count before it.
    const small = state.group % 100 || state.group || 1;
    state.group = state.group - (state.group % 100 ? small : state.group) + small * 12;
    state.started = true;
    return 1;
  }
  if (word === 'and') return andContinues(tokens, i, state) ? 1 : 0;
  if (word === 'a' || word === 'an') return articleContinues(tokens, i, state) ? 1 : 0;
  if (word === 'point' && state.started) return readDecimalWords(tokens, i, state);
  const denominator = DENOMINATORS[word];
  if (denominator !== undefined) return applyDenominator(state, denominator, prev, tokens, i);
  return 0;
}

// Abbreviated scales written after digits with a space: "2.33 k", "10 bln", "- 10  k".
const DIGIT_SCALE_WORDS: Record<string, number> = wordTable({
  k: 1e3,
  K: 1e3,
  M: 1e6,
  G: 1e9,
  B: 1e9,
  T: 1e12,
  bn: 1e9,
  bln: 1e9,
  mln: 1e6,
  mn: 1e6,
  tn: 1e12,
  tln: 1e12,
});

function applyScale(state: State, scale: number, prev: NumberToken | undefined): number {
  if (!state.started && prev?.lower !== 'a' && prev?.lower !== 'an') return 0;
  // "three lakh crore": a scale right after a scale multiplies what is there, not an implied one.
  const group = state.group || (state.total ? 0 : 1);
  if (scale === 100) {
    state.group = group * 100;
  } else if (scale > state.lastScale || state.lastScale === Number.POSITIVE_INFINITY) {
    state.total = (state.total + group) * scale;
    state.group = 0;
    state.lastScale = scale;
  } else {
    state.total += group * scale;
    state.group = 0;
    state.lastScale = scale;
  }
  state.started = true;
  return 1;
}

/** "and" belongs to the number only between its parts: "hundred and six", "one and a half". */
function andContinues(tokens: NumberToken[], i: number, state: State): boolean {
  if (!state.started) return false;
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.lower === 'a' || next.lower === 'an' || next.lower === 'one')
    return DENOMINATORS[tokens[i + 2]?.lower ?? ''] !== undefined || isNumberWord(tokens[i + 2]);
  const prev = tokens[i - 1];
  // Not after digits: "in 2001 and two killings in 2010" is a year and a count, not 2003.
  const afterScale = prev !== undefined && SCALES[prev.lower] !== undefined;
  if (afterScale && (next.kind === 'word' ? WORD_VALUES[next.lower] !== undefined : false)) return true;
  // "twenty and three fifths": a fraction added to the integer.
  return isNumberWord(next) && fractionAhead(tokens, i + 1);
}

function isNumberWord(token: NumberToken | undefined): boolean {
  return token?.kind === 'word' && WORD_VALUES[token.lower] !== undefined;
}

function fractionAhead(tokens: NumberToken[], from: number): boolean {
  for (let j = from; j < tokens.length && j < from + 6; j++) {
    const t = tokens[j]!;
    if (DENOMINATORS[t.lower] !== undefined) return true;
    if (!isNumberWord(t) && t.kind !== 'dash' && t.lower !== 'and') return false;
  }
  return false;
}

/** "a" inside a number: "a million", "half a dozen", "and a half". */
function articleContinues(tokens: NumberToken[], i: number, state: State): boolean {
  const next = tokens[i + 1]?.lower ?? '';
  const opens = SCALES[next] !== undefined || DOZEN.test(next) || DENOMINATORS[next] !== undefined;
  if (!opens) return false;
  if (state.started) {
    const prev = tokens[i - 1]?.lower;
    return prev === 'and' || prev === 'half' || prev === 'quarter';
  }
  state.started = false;
  return true;
}

function readDecimalWords(tokens: NumberToken[], i: number, state: State): number {
  let digits = '';
  let j = i + 1;
  while (j < tokens.length) {
    const t = tokens[j]!;
    const v = WORD_VALUES[t.lower];
    if (t.kind === 'dash' && digits) {
      j++;
      continue;
    }
    if (v === undefined || v >= 100) break;
    // "seventy-one" → "71": a tens word followed by a unit joins into one two-digit piece.
    if (v >= 20 && v % 10 === 0) {
      const unitTok = tokens[j + 1]?.kind === 'dash' ? tokens[j + 2] : tokens[j + 1];
      const u = WORD_VALUES[unitTok?.lower ?? ''];
      if (u !== undefined && u > 0 && u < 10) {
        digits += String(v + u);
        j += tokens[j + 1]?.kind === 'dash' ? 3 : 2;
        continue;
      }
    }
    digits += String(v);
    j++;
  }
  if (!digits) return 0;
  state.group += Number(`0.${digits}`);
  return j - i;
}

const DENOMINATORS: Record<string, number> = wordTable({
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  fourth: 4,
  fourths: 4,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
  twentieth: 20,
  twentieths: 20,
  hundredth: 100,
  hundredths: 100,
  thousandth: 1e3,
  thousandths: 1e3,
  millionth: 1e6,
  millionths: 1e6,
  billionth: 1e9,
  billionths: 1e9,
  trillionth: 1e12,
  trillionths: 1e12,
});

/** "two thirds" (numerator = the open group), "one and a half" (added), "a fifth" (one). */
function applyDenominator(
  state: State,
  denominator: number,
  prev: NumberToken | undefined,
  tokens: NumberToken[],
  i: number,
): number {
  const singular = !/s$/.test(tokens[i]!.lower) || tokens[i]!.lower === 'halves';
  const afterArticle = prev?.lower === 'a' || prev?.lower === 'an';
  if (tokens[i]!.lower === 'half' && !state.started && !afterArticle) {
    // "half" alone, or "half a dozen".
    if (tokens[i + 1]?.lower === 'a' && DOZEN.test(tokens[i + 2]?.lower ?? '')) {
      state.group = 6;
      state.started = true;
      return 3;
    }
    state.group = 0.5;
    state.started = true;
    return 1;
  }
  if (afterArticle) {
    state.group += 1 / denominator;
    state.started = true;
    return -1;
  }
  if (!state.started) return 0;
  if (prev?.kind === 'digits') return 0;
  if (singular && state.total + state.group !== 1) {
    // "two millionth" is an ordinal, not a fraction; keep the number before it.
    return 0;
  }
  const numerator = splitNumerator(tokens, i, state);
  state.group = numerator.keep + numerator.over / denominator;
  state.total = numerator.total;
  return -1;
}

/** After "and" the numerator is only what follows it: "twenty and three fifths" = 20 + 3/5. */
function splitNumerator(
  tokens: NumberToken[],
  i: number,
  state: State,
): { total: number; keep: number; over: number } {
  let andAt = -1;
  for (let j = i - 1; j >= 0; j--) {
    if (tokens[j]!.lower === 'and') {
      // "one hundred and three quarters" is 100 + 3/4, but "one hundred and thirty fifths" is 130/5:
      // after a scale, only a single unit word is a numerator of its own.
      const afterScale = SCALES[tokens[j - 1]?.lower ?? ''] !== undefined;
      if (!afterScale || (i - j === 2 && (WORD_VALUES[tokens[j + 1]!.lower] ?? 10) < 10)) andAt = j;
      break;
    }
  }
  if (andAt < 0) return { total: 0, keep: 0, over: state.total + state.group };
  let over = 0;
  for (let j = andAt + 1; j < i; j++) over += WORD_VALUES[tokens[j]!.lower] ?? 0;
  return { total: 0, keep: state.total + state.group - over, over };
}

function lastWordValue(tokens: NumberToken[], i: number): number | undefined {
  const prev = tokens[i - 1]?.kind === 'dash' ? tokens[i - 2] : tokens[i - 1];
  return prev?.kind === 'word' ? WORD_VALUES[prev.lower] : undefined;
}

/** Ordinal units that end a compound denominator: "twenty-first", "thirty fifths", "hundred and fifth". */
const ORDINAL_UNITS: Record<string, number> = wordTable({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
});

/**
 * A fraction whose denominator is itself a compound number: "three twenty-firsts" (3/21), "one hundred
 * thirty fifths" (100/35), "one one hundred and fifth" (1/105). The denominator takes the tens word or
 * the "N hundred/thousand (and)" right before the ordinal; the numerator is everything before that,
 * and must be there ("twenty fifths" stays 20/5). Simpler fractions are left to the integer grammar.
 */
function parseCompoundFraction(text: string, tokens: NumberToken[], from: number): Parsed | null {
  let j = from;
  while (tokens[j] && (tokens[j]!.kind === 'dash' || isIntegerWord(tokens[j]!.lower))) j++;
  const ordinal = tokens[j];
  if (!ordinal || j === from) return null;
  const plural = ordinal.lower.endsWith('s');
  const unit = ORDINAL_UNITS[plural ? ordinal.lower.slice(0, -1) : ordinal.lower];
  if (unit === undefined) return null;
  const denominator = compoundDenominator(tokens, j, unit);
  if (!denominator || denominator.start <= from) return null;
  const numerator = integerValue(tokens, from, denominator.start);
  if (numerator === null) return null;
  // "a twenty-first" is 1/21; "two twenty-first" and "a twenty-first-century…" are ordinals.
  if (!plural && (numerator !== 1 || /^(?:-|\s+centur)/i.test(text.slice(ordinal.end, ordinal.end + 9))))
    return null;
  return { value: numerator / denominator.value, used: j + 1, fraction: true };
}

function isIntegerWord(word: string): boolean {
  return (
    WORD_VALUES[word] !== undefined ||
    SCALES[word] !== undefined ||
    word === 'and' ||
    word === 'a' ||
    word === 'an'
  );
}

/** The compound denominator ending at the ordinal `tokens[j]`, or null when it is a lone ordinal. */
function compoundDenominator(
  tokens: NumberToken[],
  j: number,
  unit: number,
): { start: number; value: number } | null {
  let p = j - 1;
  if (tokens[p]?.kind === 'dash') p--;
  const tens = WORD_VALUES[tokens[p]?.lower ?? ''];
  if (tens !== undefined && tens >= 20 && tens % 10 === 0) return { start: p, value: tens + unit };
  if (tokens[p]?.lower === 'and') p--;
  const scale = SCALES[tokens[p]?.lower ?? ''];
  if (scale === undefined || scale > 1e3) return null;
  const times = WORD_VALUES[tokens[p - 1]?.lower ?? ''];
  if (times === undefined || times === 0 || times >= 10) return null;
  return { start: p - 1, value: times * scale + unit };
}

/** The integer written by tokens[from, to) as a whole ("a" alone is one), or null. */
function integerValue(tokens: NumberToken[], from: number, to: number): number | null {
  if (to - from === 1 && (tokens[from]!.lower === 'a' || tokens[from]!.lower === 'an')) return 1;
  const parsed = parseMagnitude(tokens.slice(0, to), from);
  return parsed && parsed.used === to && !parsed.fraction ? parsed.value : null;
}
