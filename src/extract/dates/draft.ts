// The record a date passes through while chrono's result is refined into a DateMention.

import type { ParsedResult } from 'chrono-node';
import type { DatePrecision } from '../../types.js';
import type { AnchorShift } from './anchored.js';
import { isoDay } from './calendar.js';

export interface DateDraft {
  start: number;
  end: number;
  date: string;
  precision: DatePrecision;
  /** chrono's result, or null for dates our own parsers found (years, decades). */
  chrono: ParsedResult | null;
  /** A span counted from the date named before it in the sentence ("a day after"): resolved against it. */
  shift?: AnchorShift | undefined;
  /** Read from the published day by our own parsers ("overnight", "a day after" + its anchor). */
  fromPublished?: boolean;
}

/** A day our own parsers read, over `start` to `end`. */
export function dayDraft(start: number, end: number, date: Date): DateDraft {
  return { start, end, date: isoDay(date), precision: 'day', chrono: null };
}

export interface RefineContext {
  text: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** The article's published date at noon UTC: the reference clock. */
  ref: Date;
}

/** A refiner fixes, widens or drops one draft; null drops it. */
export type DateRefiner = (draft: DateDraft, ctx: RefineContext) => DateDraft | null;
