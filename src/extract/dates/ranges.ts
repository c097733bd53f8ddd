// "from Monday to Wednesday", "from 29 January to 11 February": chrono reads a range as one result, but
// a report names two dates there, the first day and the last. The start keeps chrono's reading and the
// refiners'; the end is the start moved by chrono's own distance between the two, so that a start the
// tense rule moves to last week or last year takes its end along. "5-7 June" stays one phrase: its
// start names no month or weekday of its own.

import type { ParsedResult } from 'chrono-node';
import { addDays, isoDay, isoMonth, parseIsoDay } from './calendar.js';
import type { DateDraft } from './draft.js';

/** A month or weekday name: what makes each end a date phrase of its own (not "from 6 a.m."). */
const NAMED =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\s|$)/i;
const SEPARATOR = /\s+(?:to|until|till|through|thru)\s+|\s*[-–—]\s*/gi;

/** Where the start's span ends and the end's draft, for a range result; null for a single date. */
export function splitRange(
  result: ParsedResult,
  offset: number,
  start: DateDraft,
): { startEnd: number; end: DateDraft } | null {
  if (!result.end) return null;
  const text = result.text.replace(/[\s,.;:]+$/, '');
  let last: RegExpExecArray | null = null;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(text); m; m = SEPARATOR.exec(text)) last = m;
  if (!last || last.index === 0) return null;
  const endText = text.slice(last.index + last[0].length);
  if (!NAMED.test(endText) || !NAMED.test(text.slice(0, last.index))) return null;
  const date = movedBy(start, result);
  if (!date) return null;
  const at = offset + result.index + last.index + last[0].length;
  return {
    startEnd: offset + result.index + last.index,
    end: {
      start: at,
      end: at + endText.length,
      date,
      precision: start.precision,
      chrono: null,
      // Read from the published day when the start was ("from Monday to Wednesday").
      fromPublished: start.fromPublished === true || !result.start.isCertain('year'),
    },
  };
}

/** The start's date moved by the distance chrono puts between the range's two ends, at the start's precision. */
function movedBy(start: DateDraft, result: ParsedResult): string | null {
  const from = result.start.date();
  const to = result.end!.date();
  const day = parseIsoDay(start.precision === 'day' ? start.date : null);
  // Calendar days apart, not hours: "from 6 a.m. to 6 p.m. on Wednesday" is one day.
  const days = Math.round((calendarDay(to) - calendarDay(from)) / 86_400_000);
  if (day && result.end!.isCertain('month') && result.end!.isCertain('day'))
    return result.end!.isCertain('year') ? isoDay(to) : namedEnd(day, to);
  if (day) return days > 0 ? isoDay(addDays(day, days)) : null;
  if (start.precision === 'month') {
    const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
    const [y, m] = start.date.split('-').map(Number) as [number, number];
    return isoMonth(new Date(Date.UTC(y, m - 1 + months, 15)));
  }
  if (start.precision === 'year')
    return String(Number(start.date) + to.getUTCFullYear() - from.getUTCFullYear());
  return null;
}

/**
 * "from Monday until March 31": an end that names its month and day is that day, in the start's year
 * (or the next, for "from 20 December to 5 January"), however far the start was moved from chrono's.
 */
function namedEnd(start: Date, to: Date): string | null {
  const end = new Date(Date.UTC(start.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate()));
  if (end < start) end.setUTCFullYear(end.getUTCFullYear() + 1);
  return end > start ? isoDay(end) : null;
}

function calendarDay(d: Date): number {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}
