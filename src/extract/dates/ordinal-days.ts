// "on the 18th", "by the 4th": a day of the month named by its ordinal alone. chrono does not read
// these. The phrase is taken only after a date preposition and when no noun follows the ordinal ("the
// 18th round", "the 20th century" are not dates); it means the most recent such day, or the next one
// when the verb is future.

import { guarded, matchesIn } from '../figures/scan.js';
import { isoDay } from './calendar.js';
import type { DateDraft } from './draft.js';
import { pointsForward } from './tense.js';

// Scanned only in a text that holds a digit with an ordinal ending.
export const ORDINAL_DAY = guarded(
  /\b(?:on|by|since|until|till|from|before|after)\s+the\s+([12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s*(?:[-\w]|of\b))/gi,
  /\d(?:st|nd|rd|th)/i,
);

export function findOrdinalDays(text: string, from: number, to: number, ref: Date): DateDraft[] {
  const found: DateDraft[] = [];
  for (const m of matchesIn(ORDINAL_DAY, text, from, to)) {
    const day = Number(m[1]);
    if (day < 1) continue;
    const start = m.index + m[0].indexOf('the');
    const future = pointsForward(text, from, start);
    const date = dayOfNearMonth(ref, day, future);
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
