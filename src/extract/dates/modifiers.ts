// Words around a date that chrono leaves out of its span but that belong to the date phrase:
// "this coming Friday", "this September", "earlier this month", "28 June in 2020", "the end of this
// year". Each refiner widens the span and, where the word changes the date, resolves it again.

import { addDays, isoDay, nearestWeekday } from './calendar.js';
import type { DateDraft, DateRefiner, RefineContext } from './draft.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// chrono keeps "past" in its span ("past Wednesday"), so "this" may come before it.
const WEEKDAY_NAME = /^(?:past\s+)?(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?$/i;

// Longest first: "this coming" must win over "coming".
const WEEKDAY_MODIFIER =
  /\b(this coming|this upcoming|this past|coming|upcoming|following|previous|this)\s+$/i;

/**
 * "coming/upcoming/following Friday" is the next one after the published day, "this past Friday"
 * the last one before it, "previous Friday" the one a week before the most recent; "this Friday"
 * keeps the tense rule's reading.
 */
export const weekdayModifier: DateRefiner = (draft, ctx) => {
  const result = draft.chrono;
  if (!result || result.start.isCertain('day') || !result.start.isCertain('weekday')) return draft;
  const name = WEEKDAY_NAME.exec(result.text.replace(/[\s,.;:()]+$/, '').trim());
  if (!name?.[1]) return draft;
  const before = ctx.text.slice(Math.max(ctx.sentenceStart, draft.start - 16), draft.start);
  const m = WEEKDAY_MODIFIER.exec(before);
  if (!m?.[1]) return draft;
  // "following Tuesday's attack": "following" means "after" there, and the day is the event's.
  if (m[1].toLowerCase() === 'following' && /^['’]s\b/.test(ctx.text.slice(draft.end, draft.end + 3)))
    return draft;
  const weekday = WEEKDAYS.findIndex((d) => d.startsWith(name[1]!.toLowerCase()));
  const word = m[1].toLowerCase();
  const start = draft.start - (before.length - m.index);
  let date = draft.date;
  if (/coming|upcoming|following/.test(word))
    date = isoDay(nearestWeekday(addDays(ctx.ref, 1), weekday, true));
  else if (word === 'this past') date = isoDay(nearestWeekday(addDays(ctx.ref, -1), weekday, false));
  else if (word === 'previous') date = isoDay(addDays(nearestWeekday(ctx.ref, weekday, false), -7));
  return { ...draft, start, date };
};

/** "this September", "this spring's" month: the span takes "this"; chrono's month is kept. */
export const thisMonth: DateRefiner = (draft, ctx) => {
  if (draft.precision !== 'month' || !draft.chrono || /^(?:this|last|next)\b/i.test(draft.chrono.text))
    return draft;
  const before = ctx.text.slice(Math.max(ctx.sentenceStart, draft.start - 6), draft.start);
  const m = /\bthis\s+$/i.exec(before);
  return m ? { ...draft, start: draft.start - (before.length - m.index) } : draft;
};

/** "28 June in 2020", "July 4th of 1995": a year joined by "in" or "of" after a day or month without one. */
export const yearJoined: DateRefiner = (draft, ctx) => {
  const result = draft.chrono;
  if (!result || result.start.isCertain('year') || !result.start.isCertain('month')) return draft;
  const after = ctx.text.slice(draft.end, Math.min(ctx.sentenceEnd, draft.end + 10));
  const m = /^\s+(?:in|of)\s+((?:1[6-9]|20)\d\d)\b/.exec(after);
  if (!m?.[1]) return draft;
  const date = `${m[1]}${draft.date.slice(4)}`;
  return { ...draft, date, end: draft.end + m[0].length };
};

/**
 * "January last year", "March of next year": a month without a year, then the year said relative to
 * the published one. The span takes the year words (the separate "last year" then lies inside it).
 */
export const relativeYearJoined: DateRefiner = (draft, ctx) => {
  const result = draft.chrono;
  if (!result || result.start.isCertain('year') || !result.start.isCertain('month')) return draft;
  const after = ctx.text.slice(draft.end, Math.min(ctx.sentenceEnd, draft.end + 14));
  const m = /^,?\s+(?:of\s+)?(last|this|next)\s+year\b/i.exec(after);
  if (!m?.[1]) return yearOfEventBefore(draft, ctx);
  const year = ctx.ref.getUTCFullYear() + ({ last: -1, this: 0, next: 1 }[m[1].toLowerCase()] ?? 0);
  return { ...draft, date: `${year}${draft.date.slice(4)}`, end: draft.end + m[0].length };
};

/**
 * "after next year's elections, set for June", "last year's summit in May": the month of an event
 * whose year the words right before it give.
 */
const EVENT_OF_RELATIVE_YEAR_BEFORE =
  /\b(last|next)\s+year['’]s\s+(?:[\w-]+\s+){0,1}[\w-]+,?\s+(?:(?:set|due|scheduled|planned|expected|held)\s+)?(?:for|in)\s+$/i;

function yearOfEventBefore(draft: DateDraft, ctx: RefineContext): DateDraft {
  const before = ctx.text.slice(Math.max(ctx.sentenceStart, draft.start - 60), draft.start);
  const m = EVENT_OF_RELATIVE_YEAR_BEFORE.exec(before);
  if (!m?.[1]) return draft;
  const year = ctx.ref.getUTCFullYear() + (m[1].toLowerCase() === 'next' ? 1 : -1);
  return { ...draft, date: `${year}${draft.date.slice(4)}` };
}

/**
 * "on Friday night", "Saturday evening", "Tuesday morning": the part of the day belongs to the phrase
 * (chrono's time-of-day parser is off, so its span stops at the day); the date is the day's.
 */
export const partOfDay: DateRefiner = (draft, ctx) => {
  if (draft.precision !== 'day') return draft;
  const m = /^\s+(?:morning|afternoon|evening|night)\b/i.exec(ctx.text.slice(draft.end, draft.end + 12));
  return m && draft.end + m[0].length <= ctx.sentenceEnd ? { ...draft, end: draft.end + m[0].length } : draft;
};

/** "the end of this month" is a month, "the end of the year" a year: chrono gives their last day. */
export const endOfPeriod: DateRefiner = (draft) => {
  // "since the end of December", "by the end of March": the month's last days, as "late December" is
  // the month (chrono gives its last day).
  if (
    draft.precision === 'day' &&
    /^end of [A-Za-z]+\.?$/i.test(draft.chrono?.text.replace(/[\s,;:]+$/, '') ?? '')
  )
    return draft.chrono?.start.isCertain('month')
      ? { ...draft, date: draft.date.slice(0, 7), precision: 'month' }
      : draft;
  const m = /\bend of (?:(?:this|the|next|last)\s+)?(month|year)\b/i.exec(draft.chrono?.text ?? '');
  if (!m?.[1] || draft.precision !== 'day') return draft;
  return m[1].toLowerCase() === 'month'
    ? { ...draft, date: draft.date.slice(0, 7), precision: 'month' }
    : { ...draft, date: draft.date.slice(0, 4), precision: 'year' };
};
