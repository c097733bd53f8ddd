// Refiners for chrono's results, in news terms. Order matters: time-only and duration results are
// dropped first so that later refiners never widen a span that is about to go; weekday and week
// resolution run before the span is widened by part-of-month words, which only touch month dates.

import { anchorShiftOf } from './anchored.js';
import { addDays, isoDay, isoMonth, mondayOf, nearestWeekday } from './calendar.js';
import type { DateDraft, DateRefiner, RefineContext } from './draft.js';
import {
  endOfPeriod,
  partOfDay,
  relativeYearJoined,
  thisMonth,
  weekdayModifier,
  yearJoined,
} from './modifiers.js';
import { pointsForward } from './tense.js';

/** "at 13:36", "this morning": a time of day with no date of its own is not a date mention. */
const dropTimeOnly: DateRefiner = (draft) => {
  const start = draft.chrono?.start;
  if (!start) return draft;
  const dated = ['day', 'weekday', 'month', 'year'].some((c) => start.isCertain(c as 'day'));
  const relativeDay = /\b(?:today|tonight|yesterday|tomorrow|now|ago|earlier|later|last|next|this|past)\b/i;
  return dated || relativeDay.test(draft.chrono!.text) ? draft : null;
};

/** "over the past week", "during last month", "within the next year" (chrono's text may leave out "the"). */
const STRETCH =
  /\b(?:over|during|in|throughout|for|within)\s+(?:(?:the\s+)?(?:past|last)|the\s+(?:next|coming))\s+(?:day|week|month|year)$/i;

/** "the first mission in 30 years", "within 24 hours": a span of time, not a point in it. */
const THE_DAY_ASIDE = /^the\s+day\s+(before|after)$/i;

const dropDurations: DateRefiner = (draft, ctx) => {
  const text = draft.chrono?.text ?? '';
  if (/^(?:within|for|after|over|now)\b/i.test(text)) return null;
  // "six days after an earthquake", "51 hours after the crash": counted from an event, not from the
  // day of publication; "on Saturday, a day after the strikes" is counted from the date the sentence
  // has just named, and is resolved against it once the sentence's dates are known (anchored.ts).
  if (
    /(?:^|\s)(?!the\s)(?:\d+|[a-z]+)\s+(?:minute|hour|day|week|month|year)s?\s+(?:after|before)$/i.test(
      text.trim(),
    )
  ) {
    const shift = anchorShiftOf(text);
    return shift ? { ...draft, shift } : null;
  }
  // "the past 30 years", "the next two weeks", "over the past months", "the next 72 hours": a stretch
  // of time counted back or forward ("will last 72 hours" is a verb and a span).
  if (
    /\b(?:past|last|next|coming)\s+(?:\S+\s+)?(?:years|months|weeks|days|decades|hours|minutes)\b/i.test(text)
  )
    return null;
  // "over the past week", "during the last month": the stretch up to the day of publication; "over
  // the next year", "within the coming month": the stretch after it ("planned for next week" is a week).
  const lead = ctx.text.slice(Math.max(ctx.sentenceStart, draft.start - 20), draft.start);
  // Not "in last month's election": a possessive names an event of that month.
  if (STRETCH.test(lead + text.trim()) && !/^['’]s\b/.test(ctx.text.slice(draft.end, draft.end + 3)))
    return null;
  // "in a year like this one", "in a week when prices doubled": a kind of period, not one from now.
  if (
    /^in\s+an?\s+(?:day|week|month|year)$/i.test(text.trim()) &&
    /^\s+(?:like|when|where|that|which|of|such)\b/i.test(ctx.text.slice(draft.end, draft.end + 8))
  )
    return null;
  // "six months earlier than planned", "a year later than scheduled": a gap between two times, neither
  // of them the day of publication.
  if (
    /\b(?:earlier|later|sooner)$/i.test(text.trim()) &&
    /^\s+than\b/i.test(ctx.text.slice(draft.end, draft.end + 6))
  )
    return null;
  // "a bridge collapsed a few hours later", "minutes later": a moment of the story, no day of its own.
  if (
    /\b(?:\d+|a|an|one|two|three|four|five|six|a few|several|a couple of)\s+(?:minutes?|hours?)\s+later$/i.test(
      text.trim(),
    )
  )
    return null;
  // "Five weeks later", "a week later": counted from a moment of the story, not from the day of
  // publication; "The dam broke on Monday; a day later …" is counted from the day just named.
  if (
    /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)\s+(?:days?|weeks?|months?|years?)\s+later$/i.test(
      text.trim(),
    )
  ) {
    const span = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+later$/i.exec(
      text.trim(),
    );
    const shift = span ? anchorShiftOf(span[0]) : null;
    return shift ? { ...draft, shift } : null;
  }
  // "prices had doubled in a week", "held a second meeting on Congo in two days", "has dumped a
  // month's rain in a few days": in a sentence told in the past, "in a week" is how long something
  // took, not a day to come.
  if (
    /^in\s+(?:a|one|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a couple of)\s+(?:days?|weeks?|months?|years?)$/i.test(
      text.trim(),
    ) &&
    (pastVerbRightBefore(ctx.text.slice(Math.max(ctx.sentenceStart, draft.start - 24), draft.start)) ||
      toldInThePast(ctx, draft.start) ||
      NEGATED_PERFECT.test(clauseBefore(ctx, draft.start)) ||
      PERFECT_SPAN.test(clauseBefore(ctx, draft.start)) ||
      NEGATED_FUTURE.test(clauseBefore(ctx, draft.start)) ||
      AMOUNT_VERB_BEFORE.test(ctx.text.slice(Math.max(ctx.sentenceStart, draft.start - 16), draft.start)))
  )
    return null;
  // "in the year after MINUSMA left", "the day before the vote": counted from the event named after it,
  // not from the day of publication ("cited a bird strike the day before." is the day before the
  // report; "the day after tomorrow" and "the year before last" are dates).
  if (
    /^the\s+(?:day|week|month|year)\s+(?:after|before)$/i.test(text.trim()) &&
    /^\s+\p{L}/u.test(ctx.text.slice(draft.end, draft.end + 3)) &&
    !/^\s+(?:tomorrow|yesterday|last|next)\b/i.test(ctx.text.slice(draft.end, draft.end + 12))
  )
    return null;
  // "rose to 4,418 on Monday night from 3,906 the day before": the day before the day the sentence has
  // just named (anchored.ts), and the day before the report only when it names none.
  const aside = THE_DAY_ASIDE.exec(text.trim());
  if (aside)
    return {
      ...draft,
      shift: { unit: 'day', amount: aside[1]!.toLowerCase() === 'before' ? -1 : 1, orElse: 'keep' },
    };
  // "later in the day", "earlier in the week": a moment in the story's own time, not a date; "in the
  // weeks ahead", "in the days to come": some time to come, no day.
  if (/^in\s+the\s+(?:days?|weeks?|months?|years?)$/i.test(text.trim())) return null;
  // "rose 26 feet in 45 minutes": how long it took; a time an hour ahead is no date either.
  if (
    /^in\s+(?:just|only|about|around|under|barely|less than|more than|roughly)?\s*(?:a|an|one|a few|several|\d+|[a-z]+)\s+(?:seconds?|minutes?|hours?)$/i.test(
      text.trim(),
    )
  )
    return null;
  if (!/^in\s+\S+\s+\w+$/i.test(text)) return draft;
  const before = ctx.text.slice(Math.max(ctx.sentenceStart, draft.start - 60), draft.start);
  return /\b(?:first|last|since|time|highest|lowest|worst|best|biggest|largest|most|least)\b/i.test(before) ||
    SUPERLATIVE.test(before) ||
    ORDINAL_COUNT.test(before)
    ? null
    : draft;
};

/**
 * "the second coup in eight months", "a third attack in two weeks": an ordinal and its noun right
 * before the span count events within it (not "the second round will be held in two weeks").
 */
const ORDINAL_COUNT = /\b(?:second|third|fourth|fifth|sixth)\s+(?:[\w-]+\s+){1,2}$/i;

/**
 * "the strongest quake … in 25 years", "the deadliest floods in a decade", "its driest summer in 40
 * years", "the province's wettest month": a superlative, after "the" or a possessive, before the span.
 */
const SUPERLATIVE =
  /\b(?:the|its|their|his|her|our|my|your|\p{L}+['’]s)\s+(?:[\w-]+\s+){0,2}?(?!(?:west|rest|interest|protest|request|arrest|contest|harvest|forest|test|quest|chest|manifest)\b)[a-z]{2,}est\b/iu;

/** A past verb before `at` in its sentence, and nothing there that looks ahead. */
function toldInThePast(ctx: RefineContext, at: number): boolean {
  const before = ctx.text.slice(ctx.sentenceStart, at);
  return (
    /\b(?:held|met|was|were|had|did|\w+ed)\b/i.test(before) && !pointsForward(ctx.text, ctx.sentenceStart, at)
  );
}

/** "have not eaten a proper meal in three days", "hasn't rained in weeks": how long, not when. */
const NEGATED_PERFECT = /\b(?:has|have|had)(?:\s+not|\s+never|n['’]t)\s+\w+/i;

/** "will not be back on its feet in six months", "can't be rebuilt in a year": how long, and no day. */
const NEGATED_FUTURE = /\b(?:(?:will|would|can|could|shall)(?:\s+not|n['’]t)|won['’]t|cannot)\b/i;

/** "more than they earn in a year", "what a family spends in a month": an amount per period. */
const AMOUNT_VERB_BEFORE =
  /\b(?:earns?|earned|makes?|spends?|spent|pays?|paid|receives?|owes?|produces?|consumes?)\s+$/i;

/**
 * "bank shares have lost nearly 15% in two days", "the river has risen a metre in a week": a present
 * perfect, and no word that looks ahead after it, tells how long something took up to now.
 */
const PERFECT_SPAN =
  /\b(?:has|have)\s+(?:already\s+|now\s+|so\s+far\s+)?(?:\w+ed|\w+en|lost|sold|spent|paid|made|shed|won|seen|done|gone|come|grown|risen|fallen|flown|cut|hit|left|fled|brought|bought)\b(?![\s\S]*\b(?:will|would|shall|could|to\s+be|['’]ll)\b)/i;

/** The words of the clause before `at`: back to the last comma, semicolon or colon of its sentence. */
function clauseBefore(ctx: RefineContext, at: number): string {
  return ctx.text.slice(ctx.sentenceStart, at).split(/[,;:]/).pop() ?? '';
}

const PAST_VERB_BEFORE = /\b(?:\w+ed|rose|fell|grew|doubled|tripled|halved)\s+$/i;

/** A verb in the past right before, not the participle of a future passive ("would be inspected"). */
function pastVerbRightBefore(before: string): boolean {
  return PAST_VERB_BEFORE.test(before) && !/\bbe\s+\w+ed\s+$/i.test(before);
}

/**
 * "1/2 mile", "cut by 3/4", "won 2/3 of the vote": a bare "N/M" is a fraction unless something marks it
 * as a date: a date preposition or a weekday before it ("on 10/12", "Friday 7/6").
 */
const dropFractions: DateRefiner = (draft, ctx) => {
  const text = draft.chrono?.text.replace(/[\s,.;:]+$/, '') ?? '';
  if (!/^\d{1,2}\/\d{1,2}$/.test(text)) return draft;
  const before = ctx.text.slice(Math.max(ctx.sentenceStart, draft.start - 16), draft.start);
  const dated =
    /(?:\b(?:on|by|for|from|until|till|since|before|after|between|through|to|and|or|this|next|last|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?|\d\/\d{1,2}[-–]?),?\s*$/i;
  return dated.test(before) ? draft : null;
};

/**
 * A month name alone, written as no date is: "joined a march", "may" (lower-case words that are also
 * common words), "Zinda Jan", "Theresa May" (after a name), "Jan" (an abbreviation with neither its
 * full stop nor a day). With a day or a year beside it ("Jan 2", "march 2024") it stays a date.
 */
const dropMonthWords: DateRefiner = (draft, ctx) => {
  const text = draft.chrono?.text ?? '';
  if (/\d/.test(text) || !draft.chrono?.start.isCertain('month') || draft.chrono.start.isCertain('weekday'))
    return draft;
  const month = MONTH_WORD.exec(text);
  if (!month) return draft;
  const word = month[0];
  if (/^(?:march|may|august)$/.test(word)) return null;
  if (/^[A-Z][a-z]{2}$/.test(word) && !/^May$/.test(word) && ctx.text[draft.start + month.index + 3] !== '.')
    return null;
  const before = /([A-Z][\p{L}'’-]*)\s$/u.exec(
    ctx.text.slice(Math.max(ctx.sentenceStart, draft.start - 30), draft.start + month.index),
  );
  return before && !DATE_LEADERS.test(before[1]!) ? null : draft;
};

/**
 * A day that names a place, a street or a movement ("May 13 Square", "the October 6 Bridge", "the
 * 15 May Street", "the March 8 Movement"): the name's head follows it, capitalised.
 */
/** "in the days before", "the days after the vote": a stretch of days no one names, not a day. */
const dropUnnamedDays: DateRefiner = (draft) =>
  /^(?:in\s+)?the\s+days\b/i.test(draft.chrono?.text ?? '') ? null : draft;

const dropNamingDay: DateRefiner = (draft, ctx) =>
  NAME_HEAD_AFTER.test(ctx.text.slice(draft.end, draft.end + 24)) || endsOutletName(draft, ctx)
    ? null
    : draft;

/**
 * "told L'Orient Today", "USA Today reported": "Today" capitalised after a capitalised word, inside a
 * sentence, ends a masthead.
 */
function endsOutletName(draft: DateDraft, ctx: RefineContext): boolean {
  if (ctx.text.slice(draft.start, draft.end) !== 'Today') return false;
  return (
    /[\p{Lu}][\p{L}'’]*\s$/u.test(
      ctx.text.slice(Math.max(ctx.sentenceStart, draft.start - 24), draft.start),
    ) && draft.start > ctx.sentenceStart
  );
}

const NAME_HEAD_AFTER =
  /^\s(?:Square|Street|St\.?|Avenue|Road|Boulevard|Bridge|Plaza|Stadium|Park|Camp|Barracks|Hospital|School|University|Airport|Station|Movement|Brigade|Coalition|Alliance|Group|Revolution|Uprising)\b/;

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
/** Capitalised words that lead a date, not a name ("In May", "Since March", "Early June"). */
const DATE_LEADERS =
  /^(?:In|On|By|Since|Until|Till|From|Through|During|Before|After|Last|Next|This|Early|Late|Mid|End|Of|And|Or|But|Until|Between)$/;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * "alerts on July 24, 25 and 26": chrono reads "25" as the year 2025, but a number in a list of
 * numbers is another day. The mention is the first day alone, in the year of the report (or the
 * year before, for a day well ahead that the sentence does not look forward to).
 */
const listedDays: DateRefiner = (draft, ctx) => {
  const text = draft.chrono?.text ?? '';
  const m = /^([A-Za-z]{3,9}\.?\s+(\d{1,2})),\s*\d{2}$/.exec(text);
  if (!m || !draft.chrono?.start.isCertain('month')) return draft;
  if (!/^\s*(?:,|and\b|&|or\b)\s*\d{1,2}\b/.test(ctx.text.slice(draft.start + text.length, draft.end + 12)))
    return draft;
  const month = draft.chrono.start.get('month')! - 1;
  const day = Number(m[2]);
  let date = new Date(Date.UTC(ctx.ref.getUTCFullYear(), month, day, 12));
  const ahead = (date.getTime() - ctx.ref.getTime()) / 86_400_000;
  if (ahead > AHEAD_SLACK_DAYS && !pointsForward(ctx.text, ctx.sentenceStart, draft.start))
    date = new Date(Date.UTC(ctx.ref.getUTCFullYear() - 1, month, day, 12));
  return { ...draft, end: draft.start + m[1]!.length, date: isoDay(date), precision: 'day', chrono: null };
};

/**
 * "As of 10:00, September 30, 97,735 displaced persons": chrono reads the first digits of the count
 * after the date as a two-digit year. The mention stops before the count, in the year of the report
 * (or the year before, for a day well ahead that the sentence does not look forward to).
 */
const countNotYear: DateRefiner = (draft, ctx) => {
  const result = draft.chrono;
  const m = /^(.*\S),\s*\d{2}$/.exec(result?.text.replace(/[\s.;:]+$/, '') ?? '');
  if (!m?.[1] || !result?.start.isCertain('month') || !result.start.isCertain('day')) return draft;
  if (!/^(?:,\d{3}|\d)/.test(ctx.text.slice(draft.end, draft.end + 4))) return draft;
  const month = result.start.get('month')! - 1;
  const day = result.start.get('day')!;
  let date = new Date(Date.UTC(ctx.ref.getUTCFullYear(), month, day, 12));
  const ahead = (date.getTime() - ctx.ref.getTime()) / 86_400_000;
  if (ahead > AHEAD_SLACK_DAYS && !pointsForward(ctx.text, ctx.sentenceStart, draft.start))
    date = new Date(Date.UTC(ctx.ref.getUTCFullYear() - 1, month, day, 12));
  return { ...draft, end: draft.start + m[1].length, date: isoDay(date), precision: 'day', chrono: null };
};

/** "the toll rose to 10 on Thursday": chrono takes the count for an hour; the date is "on Thursday". */
const dropLeadingCount: DateRefiner = (draft, ctx) => {
  const m = /^\d{1,3}\s+(?=on\s)/i.exec(ctx.text.slice(draft.start, draft.end));
  return m ? { ...draft, start: draft.start + m[0].length } : draft;
};

/** A bare weekday is the most recent one on or before the published date, unless the verb is future. */
const resolveWeekday: DateRefiner = (draft, ctx) => {
  const result = draft.chrono;
  if (!result?.start.isCertain('weekday') || result.start.isCertain('day')) return draft;
  if (/\b(?:last|next|this|coming|past|previous)\b/i.test(result.text)) return draft;
  // "Madevi Sun-Suon", "Sat Paul": a bare abbreviation is a word or a name far more often than a day.
  // "under a burning sun.": the span, not chrono's text, which keeps the full stop.
  const said = ctx.text.slice(draft.start, draft.end);
  if (/^(?:on\s+)?(?:sun|mon|tues?|wed|thu|thurs?|fri|sat)$/i.test(said)) return null;
  // "struck at 7:58 a.m. (2358 GMT Tuesday)": the same moment in another time zone, not an event's day.
  if (ctx.text[draft.start - 1] === ' ' && zoneConversion(ctx, draft.start)) return null;
  if (habitualWeekday(ctx, draft)) return null;
  const name = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*/i.exec(result.text)?.[1]?.toLowerCase();
  const weekday = WEEKDAYS.findIndex((d) => d.startsWith(name ?? '-'));
  if (weekday < 0) return draft;
  const first = coordinatedWeekday(ctx, draft);
  if (first) {
    // "on Friday and Saturday": the second day follows the first, whichever way the first points.
    const firstDate = nearestWeekday(
      ctx.ref,
      first.weekday,
      pointsForward(ctx.text, ctx.sentenceStart, first.start),
    );
    const date = addDays(firstDate, (weekday - first.weekday + 7) % 7 || 7);
    return { ...draft, date: isoDay(date), precision: 'day' };
  }
  const future =
    !afterEvent(ctx, draft) &&
    (pointsForward(ctx.text, ctx.sentenceStart, draft.start) ||
      declaredAhead(ctx, draft) ||
      deadlineOpensSentence(ctx, draft));
  return { ...draft, date: isoDay(nearestWeekday(ctx.ref, weekday, future)), precision: 'day' };
};

/** "Friday and " right before a weekday: the first of two days named together, and where it starts. */
const COORDINATED_WEEKDAY =
  /\b(sun|mon|tues|wednes|thurs|fri|satur)day\s+(?:and|or|to|through|till|until|[-–])\s+$/i;

function coordinatedWeekday(ctx: RefineContext, draft: DateDraft): { weekday: number; start: number } | null {
  const before = ctx.text.slice(Math.max(ctx.sentenceStart, draft.start - 24), draft.start);
  const m = COORDINATED_WEEKDAY.exec(before);
  if (!m) return null;
  const weekday = WEEKDAYS.findIndex((d) => d.startsWith(m[1]!.slice(0, 3).toLowerCase()));
  return weekday < 0 ? null : { weekday, start: draft.start - before.length + m.index };
}

/**
 * "By Sunday we hope to have every village back", "Until Friday, crews will work in shifts": a day
 * that opens its sentence as a deadline, a future verb after it (not "By Sunday the toll had risen").
 */
function deadlineOpensSentence(ctx: RefineContext, draft: DateDraft): boolean {
  if (!/^\W*(?:by|until|till|before)\s+$/i.test(ctx.text.slice(ctx.sentenceStart, draft.start))) return false;
  const after = ctx.text.slice(draft.end, Math.min(ctx.sentenceEnd, draft.end + 80));
  return DEADLINE_FUTURE.test(after) && !/\bhad\b/i.test(after);
}

const DEADLINE_FUTURE =
  /\b(?:will|would|shall|hope|hopes|hoping|expects?|aims?|plans?|should|must|intends?)\b/i;

/**
 * "after Saturday's mine fire", "since Monday's vote": an event that is over, whatever the tense of
 * the sentence's own verb ("the state plans to take over … after Saturday's mine fire").
 */
function afterEvent(ctx: RefineContext, draft: DateDraft): boolean {
  const before = ctx.text.slice(Math.max(ctx.sentenceStart, draft.start - 16), draft.start);
  const after = ctx.text.slice(draft.end, draft.end + 40);
  if (!/^['’]s\s/.test(after)) return false;
  // "to assess the damage from Saturday's eruption": a day's disaster or attack has happened, whatever
  // the sentence plans around it.
  return /\b(?:after|since|following)\s+$/i.test(before) || INCIDENT_AFTER.test(after);
}

/** What happens to a place rather than being planned: "'s eruption", "'s deadly blast", "'s attack". */
const INCIDENT_AFTER =
  /^['’]s\s+(?:(?:deadly|massive|huge|devastating|violent|powerful|twin|fatal|failed)\s+)?(?:eruption|explosions?|blasts?|quake|earthquake|tsunami|attacks?|bombings?|shootings?|crash|collapse|landslides?|fire|floods?|storm|stampede|crush|raid|strikes?|killings?|massacre|assault|clashes|riots?|coup|assassination|derailment|collision|sinking|shipwreck)\b/i;

const ZONE_CONVERSION = /\(\s*\d{1,2}:?\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|Z)\s*$/;

function zoneConversion(ctx: RefineContext, at: number): boolean {
  const before = ctx.text.slice(Math.max(ctx.sentenceStart, at - 24), at);
  return before.includes('(') && ZONE_CONVERSION.test(before);
}

/**
 * "he prayed with us every Friday", "the Friday prayer leader", "Sunday services": a day of every
 * week, not one date.
 */
function habitualWeekday(ctx: RefineContext, draft: DateDraft): boolean {
  const before = ctx.text.slice(Math.max(ctx.sentenceStart, draft.start - 12), draft.start);
  const after = ctx.text.slice(draft.end, Math.min(ctx.sentenceEnd, draft.end + 16));
  return /\b(?:every|each)\s+$/i.test(before) || WEEKLY_NOUN_AFTER.test(after);
}

const WEEKLY_NOUN_AFTER = /^\s+(?:prayers?|sermons?|services?|mass|school|market|bazaar)\b/i;

/**
 * "said Monday would still be a day off", "declared Monday a day off": the weekday is what the
 * sentence is about, not when it was said, and what is decided for it lies ahead.
 */
function declaredAhead(ctx: RefineContext, draft: DateDraft): boolean {
  const after = ctx.text.slice(draft.end, Math.min(ctx.sentenceEnd, draft.end + 60));
  return WEEKDAY_SUBJECT_OF_FUTURE.test(after) || DECLARED_DAY.test(after);
}

const WEEKDAY_SUBJECT_OF_FUTURE = /^\s+(?:would|will|is\s+to|is\s+going\s+to|shall)\b/i;
const DECLARED_DAY =
  /^\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:day\s+off|holiday|non-working\s+day|day\s+of\s+(?:rest|mourning))\b/i;

/**
 * "over the weekend", "this weekend", "last weekend": the Saturday that starts it. A bare weekend is the
 * last one unless the verb looks ahead; "this weekend" is the one of the published week, "last weekend"
 * the one before that week (chrono takes the coming one for all); "next weekend", which readers take
 * either way, keeps chrono's reading.
 */
const resolveWeekend: DateRefiner = (draft, ctx) => {
  const m = /^(?:(this|last|next|past|coming)\s+)?weekend$/i.exec(
    draft.chrono?.text.replace(/[\s,.;:]+$/, '') ?? '',
  );
  if (!m || /next/i.test(m[1] ?? '')) return draft;
  const monday = mondayOf(ctx.ref);
  const word = m[1]?.toLowerCase();
  let saturday = addDays(monday, 5);
  if (word === 'last' || word === 'past') saturday = addDays(monday, -2);
  else if (!word && ctx.ref < saturday && !weekendAhead(ctx, draft.start)) saturday = addDays(monday, -2);
  return { ...draft, date: isoDay(saturday), precision: 'day' };
};

/** "would reopen at the weekend", "cancelled all events for the weekend": the coming one. */
function weekendAhead(ctx: RefineContext, at: number): boolean {
  const before = ctx.text.slice(Math.max(ctx.sentenceStart, at - 12), at);
  return /\bfor\s+the\s+$/i.test(before) || pointsForward(ctx.text, ctx.sentenceStart, at);
}

/** "last week", "this week": the Monday that starts that week, with week precision. */
const resolveWeek: DateRefiner = (draft, ctx) => {
  const m = /\b(last|this|next|past|previous|coming)\s+week\b/i.exec(draft.chrono?.text ?? '');
  if (!m?.[1]) return draft;
  let shift = { last: -7, past: -7, previous: -7, this: 0, next: 7, coming: 7 }[m[1].toLowerCase()] ?? 0;
  // "on Tuesday next week": that day of the week.
  const day = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.exec(draft.chrono!.text)?.[1];
  // Said on a Sunday, "last week" is the week just ending, as a reader whose week starts on Sunday
  // counts it, not the one before it (an ISO week still holds that Sunday).
  if (shift < 0 && !day && ctx.ref.getUTCDay() === 0) shift = 0;
  const monday = mondayOf(addDays(ctx.ref, shift));
  if (day) {
    const offset = (WEEKDAYS.indexOf(day.toLowerCase()) + 6) % 7;
    return { ...draft, date: isoDay(addDays(monday, offset)), precision: 'day' };
  }
  return { ...draft, date: isoDay(monday), precision: 'week' };
};

/**
 * A month without a year ("since April", "in March") is the last one before publication unless the
 * sentence speaks of the future: chrono takes the nearest, which in February is the coming April.
 */
const pastMonth: DateRefiner = (draft, ctx) => {
  const start = draft.chrono?.start;
  if (draft.precision !== 'month' || !start || start.isCertain('year') || !start.isCertain('month'))
    return draft;
  if (/\b(?:next|this|coming)\b/i.test(draft.chrono!.text)) return draft;
  const resolved = start.date();
  if (resolved <= ctx.ref) return draft;
  const since = /\bsince\s+$/i.test(
    ctx.text.slice(Math.max(ctx.sentenceStart, draft.start - 8), draft.start),
  );
  if (!since && pointsForward(ctx.text, ctx.sentenceStart, draft.start)) return draft;
  if (!since && quotedInThePresent(ctx, draft)) return draft;
  // "Forcing the bill through in June would not calm …": the verb that the month's clause leads to
  // speaks of what is to come.
  if (!since && MODAL_AFTER.test(ctx.text.slice(draft.end, draft.end + 12))) return draft;
  const lastYear = new Date(Date.UTC(resolved.getUTCFullYear() - 1, resolved.getUTCMonth(), 15));
  return { ...draft, date: isoMonth(lastYear) };
};

const MODAL_AFTER = /^\s*(?:will|would|could|might|shall)\b/i;

/**
 * A month inside a quotation whose words, in this sentence, are told in the present and hold no verb
 * in the past: '"A bad harvest now means higher prices in August," said …' speaks of the months to
 * come ('"We lost everything in August"' does not). The reporting verb outside the quotation is not
 * the speaker's tense. The present is asked for in so many words (PRESENT_WORD): a verb in the past
 * may be one no list holds ("sold", "bought").
 */
const PRESENT_WORD =
  /\b(?:is|are|am|means|mean|will|['’]ll|can|may|must|need|needs|now|remains?|becomes?|comes?|goes|runs?)\b/i;

function quotedInThePresent(ctx: RefineContext, draft: DateDraft): boolean {
  const paragraphStart = ctx.text.lastIndexOf('\n', draft.start) + 1;
  const from = Math.max(paragraphStart, ctx.sentenceStart - 400);
  const before = ctx.text.slice(from, draft.start);
  const inStraight = (before.split('"').length - 1) % 2 === 1;
  const inCurly = before.lastIndexOf('“') > before.lastIndexOf('”');
  if (!inStraight && !inCurly) return false;
  const open = from + Math.max(before.lastIndexOf('"'), before.lastIndexOf('“')) + 1;
  const rest = ctx.text.slice(draft.end, ctx.sentenceEnd);
  const close = rest.search(/["”]/);
  const quoted =
    ctx.text.slice(Math.max(ctx.sentenceStart, open), draft.start) +
    (close < 0 ? rest : rest.slice(0, close));
  return PRESENT_WORD.test(quoted) && !PAST_VERB.test(quoted);
}

/**
 * A day and month without a year ("the Dec. 25 attack", "talks due on May 5"): chrono takes the
 * nearest such day, but news tells what happened, so a day more than a few days ahead is last year's
 * unless the sentence speaks of the future, and a day long past is next year's when it does.
 */
const dayWithoutYear: DateRefiner = (draft, ctx) => {
  const start = draft.chrono?.start;
  if (draft.precision !== 'day' || !start || start.isCertain('year') || !start.isCertain('day')) return draft;
  if (!start.isCertain('month') || start.isCertain('weekday')) return draft;
  const resolved = start.date();
  const days = (resolved.getTime() - ctx.ref.getTime()) / 86_400_000;
  if (days <= AHEAD_SLACK_DAYS && days >= -BEHIND_SLACK_DAYS) return draft;
  const weeksAhead = days > 0 && days <= DEADLINE_AHEAD_DAYS;
  const forward =
    pointsForward(ctx.text, ctx.sentenceStart, draft.start) ||
    (weeksAhead &&
      (isDeadline(ctx, draft) ||
        hasNoPastVerb(ctx) ||
        (sameYear(resolved, ctx.ref) && !looksBack(ctx, draft))));
  const shift = days > AHEAD_SLACK_DAYS && !forward ? -1 : days < -BEHIND_SLACK_DAYS && forward ? 1 : 0;
  if (shift === 0) return draft;
  const date = new Date(
    Date.UTC(resolved.getUTCFullYear() + shift, resolved.getUTCMonth(), resolved.getUTCDate(), 12),
  );
  return { ...draft, date: isoDay(date) };
};

/** A report may name a day just ahead without a future verb ("talks on Oct. 3"), not one months ahead. */
const AHEAD_SLACK_DAYS = 3;
/**
 * "Lachin by Dec. 1" in a report of 10 November: a deadline weeks ahead is this year's, even where the
 * future verb that set it lies too far back in a long list; last year's would be most of a year ago.
 */
const DEADLINE_AHEAD_DAYS = 62;
const DEADLINE_WORDS = /\b(?:by|until|till|before|no later than|deadline of)\s+(?:the\s+)?$/i;

/**
 * "Aghdam follows on November 20 and Lachin on December 1": a sentence with no verb in the past
 * tells a timetable, so a day weeks ahead in it is this year's.
 */
function hasNoPastVerb(ctx: RefineContext): boolean {
  return !PAST_VERB.test(ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd));
}

const PAST_VERB =
  /\b(?:said|told|was|were|had|did|met|held|made|took|came|went|began|saw|left|fell|hit|won|lost|gave|sent|\w+ed)\b/i;

/**
 * A deadline word ("by", "until", "no later than") right before the date, and no past perfect after
 * it: "By Dec. 30, the ward had lost half its beds" looks back.
 */
function isDeadline(ctx: RefineContext, draft: DateDraft): boolean {
  if (!DEADLINE_WORDS.test(ctx.text.slice(Math.max(ctx.sentenceStart, draft.start - 24), draft.start)))
    return false;
  return !looksBack(ctx, draft);
}

/**
 * A past perfect in the clause the date belongs to: "By Dec. 30, the ward had lost half its beds".
 * A date inside the sentence belongs to the clause up to the next comma ("run on August 20, one day
 * after a judge had ordered …" looks back at the judge, not at August 20); one opening the sentence,
 * to the main clause after it.
 */
function looksBack(ctx: RefineContext, draft: DateDraft): boolean {
  const opening = ctx.text.slice(ctx.sentenceStart, draft.start).trim().split(/\s+/).length <= 3;
  const after = ctx.text.slice(draft.end, ctx.sentenceEnd);
  return /\bhad\b/i.test(opening ? after : after.split(',')[0]!);
}

/**
 * Style books write the year of a day outside the current one, so a day weeks ahead in the article's
 * own year is that year's whatever the verbs: "the party may run in the second round on August 20"
 * in July is next month's (last year's would be eleven months back, and written with its year).
 */
function sameYear(day: Date, ref: Date): boolean {
  return day.getUTCFullYear() === ref.getUTCFullYear();
}
/** "was due on September 10": a future word about a day already past, weeks ago at most. */
const BEHIND_SLACK_DAYS = 30;

/**
 * "two weeks ago" is a day, "a year ago" a month, "last year" a year: precision one step finer than the
 * unit; so too ahead ("a year from now", "two months hence", "in a year's time").
 */
/**
 * "In 2019, protests began on March 5 and ended in June", "Last year the monsoon covered the country
 * on July 2", "Next year's summit opens on May 3": a year that opens the sentence is the year of the
 * days and months in it that write none (not "Unlike last year, …", whose year is a comparison).
 */
const YEAR_OPENING =
  /^\s*(?:(?:in|during|since|by|throughout)\s+)?(?:((?:1[6-9]|20)\d\d)\b|(last|next)\s+year\b)/i;

const yearOpeningSentence: DateRefiner = (draft, ctx) => {
  const start = draft.chrono?.start;
  if (!start || start.isCertain('year') || !start.isCertain('month') || start.isCertain('weekday'))
    return draft;
  if (draft.precision !== 'day' && draft.precision !== 'month') return draft;
  const opening = YEAR_OPENING.exec(ctx.text.slice(ctx.sentenceStart, draft.start));
  if (!opening) return draft;
  const year = opening[1]
    ? Number(opening[1])
    : ctx.ref.getUTCFullYear() + (opening[2]!.toLowerCase() === 'next' ? 1 : -1);
  return { ...draft, date: `${year}${draft.date.slice(4)}` };
};

const agoPrecision: DateRefiner = (draft) => {
  const m =
    /\b(year|month|week|day)s?\s+(?:ago|earlier|before|from now|hence)\b|^in\s+(?:a|an|one|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(year|month)s?\b/i.exec(
      draft.chrono?.text ?? '',
    );
  const unit = m?.[1] ?? m?.[2];
  if (!unit || !draft.chrono) return draft;
  const date = draft.chrono.start.date();
  // "in 2024, up 14% from a year earlier": counted from the year just named, when there is one.
  const shift = draft.shift ?? anchorShiftOf(draft.chrono.text.replace(/[\s,.;:]+$/, '')) ?? undefined;
  if (/year|month/i.test(unit)) return { ...draft, date: isoMonth(date), precision: 'month', shift };
  return { ...draft, date: isoDay(date), precision: 'day', shift: draft.shift };
};

/** "late September", "early 2024", "mid-October": the span includes the part word; precision is kept. */
const partOfPeriod: DateRefiner = (draft, ctx) => {
  if (draft.precision === 'day') return draft;
  const before = ctx.text.slice(Math.max(ctx.sentenceStart, draft.start - 12), draft.start);
  const m = /\b(?:earlier|later|early|late|mid|the end of|the start of)[\s-]*$/i.exec(before);
  return m ? { ...draft, start: draft.start - (before.length - m.index) } : draft;
};

/**
 * Applied in this order to every chrono result (see the header for why). The modifier refiners run
 * after the weekday and week rules, whose dates they adjust, and before partOfPeriod, which only
 * widens month and year dates ("the end of this year" must be a year by then).
 */
export const REFINERS: DateRefiner[] = [
  dropNamingDay,
  dropUnnamedDays,
  listedDays,
  countNotYear,
  dropTimeOnly,
  dropDurations,
  dropFractions,
  dropMonthWords,
  dropLeadingCount,
  resolveWeekday,
  weekdayModifier,
  resolveWeek,
  resolveWeekend,
  pastMonth,
  dayWithoutYear,
  yearOpeningSentence,
  agoPrecision,
  thisMonth,
  yearJoined,
  relativeYearJoined,
  endOfPeriod,
  partOfPeriod,
  partOfDay,
];

export function refine(draft: DateDraft, ctx: RefineContext): DateDraft | null {
  let current: DateDraft | null = draft;
  for (const refiner of REFINERS) {
    if (!current) return null;
    current = refiner(current, ctx);
  }
  return current;
}
