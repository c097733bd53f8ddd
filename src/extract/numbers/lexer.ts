// Splits the text after a candidate start into the few token kinds the number grammar needs. It stops
// at the first token that cannot belong to a number, so a scan costs a handful of steps per number.

import { wordTable } from '../../util/word-table.js';
import { NUMBER_VOCABULARY } from './words.js';

export interface NumberToken {
  kind: 'digits' | 'word' | 'dash';
  /** Lower-cased text, for word lookups. */
  lower: string;
  start: number;
  end: number;
  /** Numeric value of a digits token (suffixes such as "k" and "1/2" applied). */
  value: number;
}

// Digits with thousands separators (1,234 / 1 234 / Indian 12,34,567), a decimal part, an exponent,
// then an optional simple fraction ("2 1/4", "4/5") and a glued scale suffix ("10k", "1.2b", "10M").
const DIGITS = new RegExp(
  [
    '(?<int>\\d{1,3}(?:,\\d{3})+(?![\\d])|\\d{1,2}(?:,\\d{2})+,\\d{3}(?![\\d])',
    '|\\d{1,3}(?:[ \\u202f\\u00a0]\\d{3})+(?![\\d]|,\\d|\\.\\d{3})|(?<!,)\\d+,\\d{1,2}(?![\\d,])|\\d+)',
    '(?<dec>\\.\\d+(?![\\d]|\\.\\d))?',
    '(?<exp>[eE][+-]?\\d+|\\^[+-]*\\d+)?',
    '(?<frac>(?:[ ]{1,2}\\d+)?\\/\\d+)?',
    '(?<suffix>MM|mm|mil|bn|k|K|M|G|B|b|T)?',
  ].join(''),
  'y',
);
const LEADING_DECIMAL = /\.\d+/y;
const WORD = /[A-Za-z]+/y;
const SPACED_SCALE_LETTER = /^[KMGTB]$/;
const SPACE = /[ \t\u00a0\u202f]*/y;

const SUFFIX_SCALE: Record<string, number> = wordTable({
  k: 1e3,
  K: 1e3,
  M: 1e6,
  MM: 1e6,
  mm: 1e6,
  mil: 1e6,
  G: 1e9,
  B: 1e9,
  b: 1e9,
  bn: 1e9,
  T: 1e12,
  tn: 1e12,
  trn: 1e12,
});

/** Up to `limit` number-ish tokens starting at `start` (nothing before `start` is looked at). */
export function lexNumberTokens(text: string, start: number, to: number, limit = 40): NumberToken[] {
  const tokens: NumberToken[] = [];
  let at = start;
  while (at < to && tokens.length < limit) {
    if (tokens.length > 0) {
      SPACE.lastIndex = at;
      SPACE.exec(text);
      at = SPACE.lastIndex;
    }
    const token = lexOne(text, at);
    if (!token || token.end > to) break;
    tokens.push(token);
    at = token.end;
  }
  return tokens;
}

function lexOne(text: string, at: number): NumberToken | null {
  const ch = text[at] ?? '';
  if (ch === '-' || ch === '\u2212') return { kind: 'dash', lower: '-', start: at, end: at + 1, value: 0 };
  if (ch >= '0' && ch <= '9') return lexDigits(text, at);
  if (ch === '.') {
    LEADING_DECIMAL.lastIndex = at;
    const m = LEADING_DECIMAL.exec(text);
    if (!m || /[\w]/.test(text[at + m[0].length] ?? '')) return null;
    return { kind: 'digits', lower: m[0], start: at, end: at + m[0].length, value: Number(`0${m[0]}`) };
  }
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  if (!m) return null;
  // "1,674.5 G", "3 M": a capital scale letter standing alone after the digits ("3 T-72" is a tank).
  if (SPACED_SCALE_LETTER.test(m[0]) && !/[-\w]/.test(text[at + 1] ?? ''))
    return { kind: 'word', lower: m[0], start: at, end: at + 1, value: 0 };
  const lower = m[0].toLowerCase();
  if (!NUMBER_VOCABULARY.has(lower)) return null;
  return { kind: 'word', lower, start: at, end: at + m[0].length, value: 0 };
}

function lexDigits(text: string, at: number): NumberToken | null {
  // Inside a dotted chain ("192.168.1.2", "v1.2.3") each part is a separate integer.
  if (text[at - 1] === '.' && isDigit(text[at - 2])) return chainedInteger(text, at);
  DIGITS.lastIndex = at;
  const m = DIGITS.exec(text);
  if (!m?.groups) return null;
  let end = at + m[0].length;
  let { suffix, frac } = m.groups;
  // A glued suffix must end the word: "10k" yes, "180ml" and "10km" no.
  if (suffix && /[A-Za-z]/.test(text[end] ?? '')) {
    return null;
  }
  if (!suffix && /[A-Za-z]/.test(text[end] ?? '')) {
    // "29km", "180ml", "4th": a number glued to a unit or ordinal suffix is not a bare number.
    return null;
  }
  if (frac && !/^(?:\s+\d+)?\/\d+$/.test(frac)) frac = undefined;
  const intPart = parseInteger(m.groups.int ?? '0');
  let value = intPart + (m.groups.dec ? Number(`0${m.groups.dec}`) : 0);
  const exp = m.groups.exp;
  if (exp?.startsWith('^')) value **= signedPower(exp.slice(1));
  else if (exp) value *= 10 ** Number(exp.slice(1));
  if (frac) value = applyFraction(value, frac, m.groups.dec !== undefined);
  if (suffix) value *= SUFFIX_SCALE[suffix] ?? 1;
  if (Number.isNaN(value)) return null;
  end = Math.max(end, at);
  return { kind: 'digits', lower: text.slice(at, end).toLowerCase(), start: at, end, value };
}

function parseInteger(raw: string): number {
  // "5,00" and "1,3": a comma followed by one or two digits is a decimal comma.
  if (/^\d+,\d{1,2}$/.test(raw)) return Number(raw.replace(',', '.'));
  return Number(raw.replace(/[,\s\u202f\u00a0]/g, ''));
}

/** "2 1/4" adds a proper fraction; "4/5" alone divides. */
function applyFraction(value: number, frac: string, hasDecimal: boolean): number {
  const mixed = /^\s+(\d+)\/(\d+)$/.exec(frac);
  if (mixed) return value + Number(mixed[1]) / Number(mixed[2]);
  const simple = /^\/(\d+)$/.exec(frac);
  if (simple && !hasDecimal && Number(simple[1]) !== 0) return value / Number(simple[1]);
  return value;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

const INTEGER = /\d+/y;

function chainedInteger(text: string, at: number): NumberToken | null {
  INTEGER.lastIndex = at;
  const m = INTEGER.exec(text);
  if (!m || /[A-Za-z]/.test(text[at + m[0].length] ?? '')) return null;
  const end = at + m[0].length;
  return { kind: 'digits', lower: m[0], start: at, end, value: Number(m[0]) };
}

/** "^--23" is 23: each minus flips the sign. */
function signedPower(raw: string): number {
  const signs = /^[+-]*/.exec(raw)![0];
  const minuses = signs.split('-').length - 1;
  return (minuses % 2 ? -1 : 1) * Number(raw.slice(signs.length));
}
