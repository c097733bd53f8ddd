// "on the 18th", "by the 4th": a day of the month named by its ordinal alone. chrono does not read
// these. The phrase is taken only after a date preposition and when no noun follows the ordinal ("the
// 18th round", "the 20th century" are not dates); it means the most recent such day, or the next one
// when the verb is future.

import { guarded, matchesIn } from '../figures/scan.js';
import { isoDay } from './calendar.js';
import type { DateDraft } from './draft.js';
import { pointsForward } from './tense.js';

// Scanned only in a text that holds a digit with an ordinal ending. A word may follow the ordinal when
// it cannot be the noun the ordinal counts: a verb or a linking word ("the satsang on the 2nd had been
// organised", "on the 9th and 10th", "by the 4th at noon").
export const ORDINAL_DAY = guarded(
  /\b(?:on|by|since|until|till|from|before|after)\s+the\s+([12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s*(?:-|of\b|(?!(?:had|has|have|was|were|is|are|will|would|could|and|or|but|when|as|at|in|to|with|after|before|until|if|which|that|he|she|it|they|we)\b)\w))/gi,
  /\d(?:st|nd|rd|th)/i,
);

/**
 * A day and month written before the ordinal in its sentence ("was due to end on August 2; it will now
 * end on the 9th"): the ordinal is a day of that month.
 */
const MONTH_DAY_BEFORE =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function findOrdinalDays(text: string, from: number, to: number, ref: Date): DateDraft[] {
  const found: DateDraft[] = [];
  for (const m of matchesIn(ORDINAL_DAY, text, from, to)) {
    const day = Number(m[1]);
    if (day < 1) continue;
    const start = m.index + m[0].indexOf('the');
    const future = pointsForward(text, from, start);
    const month = monthNamedBefore(text, from, start);
    const date = month === null ? dayOfNearMonth(ref, day, future) : dayOfMonth(ref, month, day, future);
    if (date)
      found.push({ start, end: m.index + m[0].length, date: isoDay(date), precision: 'day', chrono: null });
  }
  return found;
}

/** The `day` of the published month if it has passed (or is to come, when `future`), else the month beside it. */
function dayOfNearMonth(ref: Date, day: number, future: boolean): Date | null {
  const year = ref.getUTCFullYear();
  const month = ref.getUTCMonth();
  const today = ref.getUTCDate();
  const shift = future ? (day >= today ? 0 : 1) : day <= today ? 0 : -1;
  const date = new Date(Date.UTC(year, month + shift, day, 12));
  // "the 31st" in a 30-day month is no date.
  return date.getUTCDate() === day ? date : null;
}

/** The month of the last day-and-month date in text[from, at), or null. */
function monthNamedBefore(text: string, from: number, at: number): number | null {
  let month: number | null = null;
  MONTH_DAY_BEFORE.lastIndex = 0;
  const before = text.slice(from, at);
  for (let m = MONTH_DAY_BEFORE.exec(before); m; m = MONTH_DAY_BEFORE.exec(before))
    month = MONTHS.indexOf((m[1] ?? m[2] ?? '').toLowerCase());
  return month !== null && month >= 0 ? month : null;
}

/** The `day` of `month` in the published year, or the year beside it when that lies the wrong way. */
function dayOfMonth(ref: Date, month: number, day: number, future: boolean): Date | null {
  let date = new Date(Date.UTC(ref.getUTCFullYear(), month, day, 12));
  if (future && date < ref) date = new Date(Date.UTC(ref.getUTCFullYear() + 1, month, day, 12));
  return date.getUTCDate() === day ? date : null;
}
