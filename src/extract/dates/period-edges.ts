// "by the end of the year", "since the start of the year", "before the end of the month": a part of
// the current period named with "the" alone. chrono reads "the end of this year" (through "this year")
// but nothing in "the end of the year", which news writes for the year of publication as often.

import { guarded, matchesIn } from '../figures/scan.js';
import { isoDay, isoMonth, mondayOf } from './calendar.js';
import type { DateDraft } from './draft.js';
import { pointsForward } from './tense.js';

/**
 * The edge word, "of the", then the period. Not "the end of the year before" (another year), "the end
 * of the month of Ramadan" (a named month) nor "the end of the year's first half" (a part of it); not
 * "for the rest of the week" either, a stretch of time as "over the past week" is (see dropDurations).
 * Scanned only in a text that holds "of the year", "of the month" or "of the week".
 */
export const PERIOD_EDGE = guarded(
  /\b(?:end|start|beginning|middle)\s+of\s+the\s+(year|month|week)\b(?!['’]|\s+(?:before|after|of|in)\b)/gi,
  /of the (?:year|month|week)/i,
);

/** A year written out before the phrase: "In 2019, … by the end of the year" is that year's end. */
const YEAR_WRITTEN = /\b(?:1[6-9]|20)\d\d\b/;

export function findPeriodEdges(text: string, from: number, to: number, ref: Date): DateDraft[] {
  const found: DateDraft[] = [];
  for (const m of matchesIn(PERIOD_EDGE, text, from, to)) {
    if (YEAR_WRITTEN.test(text.slice(from, m.index))) continue;
    const end = m.index + m[0].length;
    const period = m[1]!.toLowerCase();
    if (period === 'year') {
      // Told of the past in January, "by the end of the year" is the year just ended.
      const lastYear = ref.getUTCMonth() === 0 && !pointsForward(text, from, m.index);
      const year = ref.getUTCFullYear() - (lastYear ? 1 : 0);
      found.push({ start: m.index, end, date: String(year), precision: 'year', chrono: null });
    } else if (period === 'month') {
      found.push({ start: m.index, end, date: isoMonth(ref), precision: 'month', chrono: null });
    } else {
      found.push({ start: m.index, end, date: isoDay(mondayOf(ref)), precision: 'week', chrono: null });
    }
  }
  return found;
}
