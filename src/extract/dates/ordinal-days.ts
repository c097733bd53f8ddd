// "on the 18th", "by the 4th": a day of the month named by its ordinal alone. chrono does not read
// these. The phrase is taken only after a date preposition and when no noun follows the ordinal ("the
// 18th round", "the 20th century" are not dates); it means the most recent such day, or the next one
// when the verb is future.

import { guarded, matchesIn } from '../figures/scan.js';
import { type DateDraft, dayDraft } from './draft.js';
import { pointsForward } from './tense.js';

// Scanned only in a text that holds a digit with an ordinal ending. A word may follow the ordinal when
// it cannot be the noun the ordinal counts: a verb or a linking word ("the satsang on the 2nd had been
// organised", "on the 9th and 10th", "by the 4th at noon").
export const ORDINAL_DAY = guarded(
  /\b(?:on|by|since|until|till|from|before|after)\s+the\s+([12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s*(?:-|of\b|(?!(?:had|has|have|was|were|is|are|will|would|could|and|or|but|when|as|at|in|to|with|after|before|until|if|which|that|he|she|it|they|we)\b)\w))/gi,
  /\d(?:st|nd|rd|th)/i,
);

/**
 * "from the 14th of next month", "by the 3rd of this month": the ordinal's month is named relative to
 * the article's. No preposition is needed before it: the "of … month" says it is a day.
 */
const ORDINAL_OF_MONTH = guarded(
  /\bthe\s+([12]?\d|3[01])(?:st|nd|rd|th)\s+of\s+(next|this|last|the\s+(?:next|following|previous|same))\s+month\b/gi,
  /\d(?:st|nd|rd|th)\s+of\s/i,
);
const MONTH_SHIFT: Record<string, number> = {
  next: 1,
  following: 1,
  this: 0,
  same: 0,
  last: -1,
  previous: -1,
};

/**
 * A day and month written before the ordinal in its paragraph ("was due to end on August 2; it will now
 * end on the 9th", "landing around August 23 or 24. 'We will try on the 23rd,' he said"): the ordinal is
 * a day of that month when it does not come before the day named ("the eruption that began on December
 * 27 … before the explosions began on the 9th" is not 9 December: the paragraph has moved on).
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
    const named = monthNamedBefore(text, paragraphStart(text, from), start);
    const date =
      named === null || day < named.day
        ? dayOfNearMonth(ref, day, future)
        : dayOfMonth(ref, named.month, day, future);
    if (date) found.push(dayDraft(start, m.index + m[0].length, date));
  }
  for (const m of matchesIn(ORDINAL_OF_MONTH, text, from, to)) {
    const shift = MONTH_SHIFT[(m[2] ?? '').split(/\s+/).pop()?.toLowerCase() ?? ''] ?? 0;
    const day = Number(m[1]);
    const date = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + shift, day, 12));
    if (day >= 1 && date.getUTCDate() === day) found.push(dayDraft(m.index, m.index + m[0].length, date));
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

/** Where the paragraph holding `at` starts (the line after the last line break before it). */
function paragraphStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** The month and day of the last day-and-month date in text[from, at), or null. */
function monthNamedBefore(text: string, from: number, at: number): { month: number; day: number } | null {
  let named: { month: number; day: number } | null = null;
  MONTH_DAY_BEFORE.lastIndex = 0;
  const before = text.slice(from, at);
  for (let m = MONTH_DAY_BEFORE.exec(before); m; m = MONTH_DAY_BEFORE.exec(before)) {
    const month = MONTHS.indexOf((m[1] ?? m[2] ?? '').toLowerCase());
    const day = Number(/\d{1,2}/.exec(m[0])?.[0]);
    if (month >= 0) named = { month, day };
  }
  return named;
}

/** The `day` of `month` in the published year, or the year beside it when that lies the wrong way. */
function dayOfMonth(ref: Date, month: number, day: number, future: boolean): Date | null {
  let date = new Date(Date.UTC(ref.getUTCFullYear(), month, day, 12));
  if (future && date < ref) date = new Date(Date.UTC(ref.getUTCFullYear() + 1, month, day, 12));
  return date.getUTCDate() === day ? date : null;
}
