// Numbers that are not figures: years, dates, times, ages, durations, phone numbers, codes and
// anaphoric counts ("the two countries"). Each rule looks only at the number and its close context.

import type { NumberMatch } from '../numbers.js';
import { currencyAfter } from './currencies.js';
import { MONTH, TIME_UNIT } from './units.js';

const WORD_BEFORE = /([A-Za-z][A-Za-z.'’]*)[\s,]*$/;
const WORD_AFTER = /^[\s,]*([A-Za-z][A-Za-z.]*)/;

export function wordBefore(text: string, at: number): string {
  return WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
}

export function wordAfter(text: string, at: number): string {
  return WORD_AFTER.exec(text.slice(at, at + 30))?.[1] ?? '';
}

/** True when the number is a year, a date, a time, an age, a duration, a phone number or a code. */
export function isNotAFigure(text: string, n: NumberMatch): boolean {
  return (
    isYear(n) ||
    isDatePart(text, n) ||
    isTime(text, n) ||
    isAge(text, n) ||
    isDuration(text, n) ||
    isPhoneOrCode(text, n) ||
    isAnaphoric(text, n)
  );
}

export function isYear(n: NumberMatch): boolean {
  return !n.words && /^\d{4}$/.test(n.text) && n.value >= 1800 && n.value <= 2100;
}

function isDatePart(text: string, n: NumberMatch): boolean {
  if (n.words) return false;
  if (/\//.test(n.text)) return true;
  const isMonth = (word: string) => /^[A-Z]/.test(word) && MONTH.test(word);
  return isMonth(wordBefore(text, n.start)) || isMonth(wordAfter(text, n.end));
}

function isTime(text: string, n: NumberMatch): boolean {
  if (/^[:.]\d/.test(text.slice(n.end, n.end + 2)) && !n.text.includes('.')) return true;
  if (text[n.start - 1] === ':') return true;
  return /^(?:a\.?m\.?|p\.?m\.?|gmt|utc|cet|o'clock|hours?\s+(?:gmt|local))$/i.test(wordAfter(text, n.end));
}

function isAge(text: string, n: NumberMatch): boolean {
  if (/^(?:aged|age|ages)$/i.test(wordBefore(text, n.start))) return true;
  return /^(?:-|\s)years?(?:-|\s)old\b/i.test(text.slice(n.end, n.end + 12));
}

/** "30 years", "44-day war", "six weeks of fighting": a span of time, not a count. */
function isDuration(text: string, n: NumberMatch): boolean {
  const compound = /^-([A-Za-z]+)/.exec(text.slice(n.end, n.end + 16));
  if (compound?.[1]) return TIME_UNIT.test(compound[1]);
  return TIME_UNIT.test(wordAfter(text, n.end));
}

function isPhoneOrCode(text: string, n: NumberMatch): boolean {
  if (n.words) return false;
  const before = text.slice(Math.max(0, n.start - 4), n.start);
  // "+374", "F-16", "Su-25", "COVID-19", "No. 5", "#3": identifiers, not quantities.
  if (/[A-Za-z]-$|\+$|#$|\bNo\.?\s$/.test(before)) return true;
  const around = text.slice(Math.max(0, n.start - 12), n.end + 12);
  return /\d{2,4}[-. ]\d{2,4}[-. ]\d{2,4}/.test(around) && /\d[-.]\d/.test(around) && !/,\d{3}/.test(n.text);
}

/** "the two countries", "both sides": a reference back to things already named, not a new count. */
function isAnaphoric(text: string, n: NumberMatch): boolean {
  if (!n.words) return false;
  // "the five-sided meeting" counts its parties even after "the".
  if (/^-(?:sided|way|party|nation|member|power)\b/i.test(text.slice(n.end, n.end + 10))) return false;
  const before = wordBefore(text, n.start).toLowerCase();
  if (/^(?:the|these|those|its|their|his|her|our|your|my|both|all|every|each|no|any|another)$/.test(before))
    return true;
  // "one of its goals", "one another", "one day", "one side": "one" as a pronoun or determiner, but
  // "one penny", "a one-yen bid" are amounts.
  if (n.value === 1) return currencyAfter(text, n.end) === null;
  return false;
}
