// "this morning", "this afternoon", "this evening": a part of the published day. chrono reads them
// only with its time-of-day parser, which dates.ts leaves out (a time of day alone is no date), so
// they are read here, dated by the published day as "today" and "tonight" are.

import { guarded, matchesIn } from '../figures/scan.js';
import { isoDay } from './calendar.js';
import type { DateDraft } from './draft.js';

// Scanned only in a text that holds "this", which every match holds.
export const PART_OF_TODAY = guarded(/\bthis\s+(?:morning|afternoon|evening)\b/gi, /this/i);

export function findPartsOfToday(text: string, from: number, to: number, ref: Date): DateDraft[] {
  return matchesIn(PART_OF_TODAY, text, from, to).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    date: isoDay(ref),
    precision: 'day',
    chrono: null,
    fromPublished: true,
  }));
}
