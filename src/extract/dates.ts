// Dates: absolute and relative date phrases resolved against the article's published date.
// chrono-node reads the phrases; refiners under dates/ resolve them as news means them (a bare
// weekday is in the past unless the verb is future; "last week" is a week; "a year ago" a month) and
// our own parsers add what chrono does not read (bare years, decades).

import * as chrono from 'chrono-node';
import type { Article, DateMention, DatePrecision } from '../types.js';
import type { Annotated } from './annotate.js';
import { resolveAnchored } from './dates/anchored.js';
import { parseIsoDay } from './dates/calendar.js';
import type { DateDraft, RefineContext } from './dates/draft.js';
import { engineFor } from './dates/engines.js';
import { findHolidays, HOLIDAY } from './dates/holidays.js';
import { findNights, NIGHT } from './dates/nights.js';
import { findOrdinalDays, ORDINAL_DAY } from './dates/ordinal-days.js';
import { findPartsOfToday, PART_OF_TODAY } from './dates/parts-of-today.js';
import { findPeriodEdges, PERIOD_EDGE } from './dates/period-edges.js';
import { splitRange } from './dates/ranges.js';
import { refine } from './dates/refiners.js';
import { withEventSpans, withStoryDays } from './dates/story-days.js';
import { findDecades, findYears } from './dates/years.js';
import { matchesWithin } from './figures/scan.js';
import { summaryBulletsEnd } from './summary.js';

// chrono's casual English without its time-of-day parser: "the morning of 28 September" must stay
// a date, and a time of day alone is never a date mention.
const engine = (() => {
  const c = chrono.casual.clone();
  c.parsers = c.parsers.filter((p) => p.constructor.name !== 'ENCasualTimeParser');
  return c;
})();

// chrono is slow on long text: it runs only on sentences where one of these words or shapes appears.
const CHRONO_HINT =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|today|tonight|yesterday|tomorrow|ago|weekend|fortnight|days?|weeks?|months?|years?|earlier|later)\b|\d[/.-]\d|\d:\d/i;
const YEAR_HINT = /\b(?:1[6-9]|20)\d\d/;

/** Every date phrase in the article, in text order, resolved against its published date. */
export function extractDates(article: Article, annotated: Annotated): DateMention[] {
  const published = parseIsoDay(article.published);
  const ref = published ?? new Date(Date.UTC(2000, 0, 1, 12));
  const mentions: DateMention[] = [];
  // One pass of each pre-check over the whole text; sentences without a hit are never looked at.
  const hints = scanHints(annotated.text, 0, annotated.text.length);
  const years = scanYears(annotated.text);
  const bodyStart = summaryBulletsEnd(annotated.text);
  let h = 0;
  let y = 0;
  for (const sentence of annotated.sentences) {
    while (h < hints.length && hints[h]!.start < sentence.start) h++;
    while (y < years.length && years[y]! < sentence.start) y++;
    const first = h;
    while (h < hints.length && hints[h]!.end <= sentence.end) h++;
    // Summary bullets restate the body: its dates are taken there (summary.ts).
    if (sentence.start < bodyStart) continue;
    const hasYear = y < years.length && years[y]! < sentence.end;
    // Phrases our own parsers read and chrono's hints do not cover: "the 5th", "Christmas Day", "overnight",
    // "this morning".
    const hasOwnPhrase =
      matchesWithin(ORDINAL_DAY, annotated.text, sentence.start, sentence.end) ||
      matchesWithin(HOLIDAY, annotated.text, sentence.start, sentence.end) ||
      matchesWithin(NIGHT, annotated.text, sentence.start, sentence.end) ||
      matchesWithin(PART_OF_TODAY, annotated.text, sentence.start, sentence.end) ||
      matchesWithin(PERIOD_EDGE, annotated.text, sentence.start, sentence.end);
    if (first === h && !hasYear && !hasOwnPhrase) continue;
    const ctx: RefineContext = {
      text: annotated.text,
      sentenceStart: sentence.start,
      sentenceEnd: sentence.end,
      ref,
    };
    for (const draft of datesInSentence(ctx, hints.slice(first, h), hasYear)) {
      // Without a published date, only phrases that state their own year can be resolved (chrono
      // calls the year of "today" certain: it is the reference clock's).
      if (!published && draft.chrono && !statesYear(draft.chrono)) continue;
      if (!published && draft.fromPublished) continue;
      mentions.push({
        article: article.id,
        text: annotated.text.slice(draft.start, draft.end),
        ...pick(draft),
      });
    }
  }
  // "the same day", "earlier in the day": counted from the dates found above.
  const withDays = withStoryDays(
    annotated.text,
    mentions.filter((m) => !isHeadingPhrase(annotated.text, m)),
    article.published,
    article.id,
  );
  // "The escape came a day after …": counted from the day of the event just told.
  return alignListedDays(
    annotated.text,
    withEventSpans(annotated.text, withDays, article.published, article.id),
    article.published,
  );
}

/**
 * "the dates under consideration are May 11 and May 18": days named in one list, neither with its
 * year, lie on the same side of the day of publication. A later day that its list's first day puts
 * in another year than the first is moved to the first's side, a year on or back, when that brings
 * it nearer the first.
 */
export function alignListedDays(
  text: string,
  mentions: DateMention[],
  published: string | null,
): DateMention[] {
  if (!published || mentions.length < 2) return mentions;
  const aligned = [...mentions];
  for (let k = 1; k < aligned.length; k++) {
    const first = aligned[k - 1]!;
    const next = aligned[k]!;
    if (first.precision !== 'day' || next.precision !== 'day' || next.start < first.end) continue;
    if (!LIST_JOIN.test(text.slice(first.end, next.start)) || YEAR.test(first.text) || YEAR.test(next.text))
      continue;
    if (first.date > published === next.date > published) continue;
    const moved = shiftYear(next.date, first.date > published ? 1 : -1);
    if (Math.abs(daysApart(moved, first.date)) < Math.abs(daysApart(next.date, first.date)))
      aligned[k] = { ...next, date: moved };
  }
  return aligned;
}

/** What joins the days of one list: a comma, "and", "or", "or on". */
const LIST_JOIN = /^\s*(?:,|,?\s*(?:and|or)(?:\s+on)?)\s*$/i;
const YEAR = /\d{4}/;

function shiftYear(iso: string, years: number): string {
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
}

function daysApart(a: string, b: string): number {
  return (Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/**
 * "The day after" standing alone between two paragraphs: an op-ed's sub-heading, no date. A relative
 * phrase only (no digit, weekday or month), which a paragraph of its own says nothing more about.
 */
function isHeadingPhrase(text: string, mention: DateMention): boolean {
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
  const lineEnd = text.indexOf('\n', mention.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  return line === mention.text && !NAMED_DAY.test(line);
}

const NAMED_DAY =
  /\d|\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

function statesYear(result: chrono.ParsedResult): boolean {
  return result.start.isCertain('year') && /\d{4}|['’]\d\d\b/.test(result.text);
}

/**
 * A year written out in digits: "2020", "the 1990s", "1 January 2024", and the two-digit year of a
 * numeric date ("11.11.20", "09/21/23").
 */
const WRITTEN_YEAR = /(?<!\d)(?:1[6-9]|20)\d\d(?!\d)|(?<![\d./-])\d{1,2}([./-])\d{1,2}\1\d{2}(?![\d./-])/;

/**
 * Whether a date mention is one that the contract's `dates` list gives: a phrase read against the
 * article's date ("on Tuesday", "last month", "28 September", "January last year"). A phrase that
 * writes its year out ("in 2020", "the 1990s", "on 1 January 2024") needs no reading; the hand-made
 * gold leaves such phrases out of its dates, and so does the list. They still date the figures and
 * the timeline entries of their sentences.
 */
export function isReadAgainstTheArticle(mention: Pick<DateMention, 'text'>): boolean {
  return !WRITTEN_YEAR.test(mention.text);
}

/** The date mentions of extractions that the `dates` list gives (see isReadAgainstTheArticle). */
export function listedDates(extractions: readonly { dates: DateMention[] }[]): DateMention[] {
  return extractions.flatMap((e) => e.dates.filter(isReadAgainstTheArticle));
}

/** The first date in a short phrase ("October 1, 12:00"), resolved against `published`. */
export function resolveDatePhrase(
  phrase: string,
  published: string | null,
): { date: string; precision: DatePrecision } | null {
  const ref = parseIsoDay(published) ?? new Date(Date.UTC(2000, 0, 1, 12));
  const ctx = { text: phrase, sentenceStart: 0, sentenceEnd: phrase.length, ref };
  const drafts = datesInSentence(ctx, scanHints(phrase, 0, phrase.length), scanYears(phrase).length > 0);
  const first = drafts[0];
  return first ? { date: first.date, precision: first.precision } : null;
}

function pick(d: DateDraft): Pick<DateMention, 'date' | 'precision' | 'start' | 'end'> {
  return { date: d.date, precision: d.precision, start: d.start, end: d.end };
}

interface Hit {
  start: number;
  end: number;
}

function datesInSentence(ctx: RefineContext, hints: Hit[], hasYear: boolean): DateDraft[] {
  const drafts: DateDraft[] = [];
  for (const window of hintWindows(ctx.text, ctx.sentenceStart, ctx.sentenceEnd, hints)) {
    const piece = chronoReadable(ctx.text.slice(window.start, window.end));
    const reader = engineFor(engine, piece);
    for (const result of reader.parse(piece, { instant: ctx.ref, timezone: 0 }, { forwardDate: false })) {
      const first = fromChrono(result, window.start);
      const draft = refine(first, ctx);
      if (!draft) continue;
      drafts.push(draft);
      // "from Monday to Wednesday": two dates; the start's span stops at "to" unless a refiner widened it.
      const range = splitRange(result, window.start, draft);
      if (!range) continue;
      if (draft.end === first.end) draft.end = range.startEnd;
      drafts.push(range.end);
    }
  }
  const own = [
    ...findOrdinalDays(ctx.text, ctx.sentenceStart, ctx.sentenceEnd, ctx.ref),
    ...findHolidays(ctx.text, ctx.sentenceStart, ctx.sentenceEnd, ctx.ref),
    ...findNights(ctx.text, ctx.sentenceStart, ctx.sentenceEnd, ctx.ref),
    ...findPartsOfToday(ctx.text, ctx.sentenceStart, ctx.sentenceEnd, ctx.ref),
    ...findPeriodEdges(ctx.text, ctx.sentenceStart, ctx.sentenceEnd, ctx.ref),
  ];
  if (hasYear) {
    own.push(
      ...findDecades(ctx.text, ctx.sentenceStart, ctx.sentenceEnd),
      ...findYears(ctx.text, ctx.sentenceStart, ctx.sentenceEnd),
    );
  }
  // Our own readings fill in only where chrono found nothing, or where one of them names a day and
  // holds the whole of a vaguer chrono reading ("the 14th of next month" over chrono's "next month").
  for (const draft of own) {
    const overlapping = drafts.filter((d) => draft.start < d.end && d.start < draft.end);
    if (overlapping.length > 0 && !overlapping.every((d) => isVaguerInside(d, draft))) continue;
    for (const d of overlapping) drafts.splice(drafts.indexOf(d), 1);
    drafts.push(draft);
  }
  drafts.sort((a, b) => a.start - b.start);
  // "NAY PYI TAW, 15 May — The cyclone, which crossed the coast on 14 May, …": the dateline's day
  // is when the report was filed; the sentence's own date is the event's.
  if (drafts.length > 1 && isDateline(ctx, drafts[0]!)) drafts.shift();
  return resolveAnchored(withoutNested(drafts), ctx.ref);
}

/** A draft of coarser precision than a day that lies wholly inside a day's draft. */
function isVaguerInside(inner: DateDraft, outer: DateDraft): boolean {
  return (
    outer.precision === 'day' &&
    inner.precision !== 'day' &&
    inner.start >= outer.start &&
    inner.end <= outer.end
  );
}

/** Drafts sorted by start, less any that lies inside the one before it ("last year" in "January last year"). */
function withoutNested(drafts: DateDraft[]): DateDraft[] {
  const kept: DateDraft[] = [];
  for (const draft of drafts) {
    const previous = kept[kept.length - 1];
    if (previous && draft.start >= previous.start && draft.end <= previous.end) continue;
    kept.push(draft);
  }
  return kept;
}

/** A date between an upper-case place and a dash at the start of its sentence. */
function isDateline(ctx: RefineContext, draft: DateDraft): boolean {
  const before = ctx.text.slice(ctx.sentenceStart, draft.start);
  const after = ctx.text.slice(draft.end, Math.min(ctx.sentenceEnd, draft.end + 4));
  return DATELINE_PLACE.test(before) && /^\s*[—–-]/.test(after);
}

const DATELINE_PLACE = /^\s*\p{Lu}[\p{Lu}\p{M}\s.'’-]*,\s*$/u;

const HINTS = new RegExp(CHRONO_HINT.source, 'gi');
const YEARS = new RegExp(YEAR_HINT.source, 'g');

// "30 years", "two weeks": a time unit is a date only with a word that places it ("two weeks ago",
// "last month", "in three days", "a year earlier"); without one chrono reads nothing but a duration,
// which the refiners drop anyway, so the hint is skipped before chrono is run.
const UNIT_WORD = /^(?:days?|weeks?|months?|years?)$/i;
const RELATIVE_NEAR =
  /\b(?:ago|before|earlier|later|after|from|hence|within|in|this|last|past|next|end)\b|[+-]\s*\d/i;

/** Every date hint in text[from, to). */
function scanHints(text: string, from: number, to: number): Hit[] {
  const hits: Hit[] = [];
  HINTS.lastIndex = from;
  for (let m = HINTS.exec(text); m && m.index < to; m = HINTS.exec(text)) {
    const end = m.index + m[0].length;
    if (UNIT_WORD.test(m[0]) && !RELATIVE_NEAR.test(text.slice(Math.max(from, m.index - 24), end + 12)))
      continue;
    hits.push({ start: m.index, end });
  }
  return hits;
}

/** Where every year-shaped number starts. */
function scanYears(text: string): number[] {
  const at: number[] = [];
  YEARS.lastIndex = 0;
  for (let m = YEARS.exec(text); m; m = YEARS.exec(text)) at.push(m.index);
  return at;
}

// Enough words either side of a hint for any date phrase chrono reads ("the morning of 28 September 2023").
const MARGIN = 24;
const MAX_WINDOW = 400;

/** Stretches of the sentence text[from, to) around its date hints, merged, cut at spaces: chrono reads only these. */
function hintWindows(text: string, from: number, to: number, hints: Hit[]): Hit[] {
  const windows: Hit[] = [];
  for (const hint of hints) {
    const last = windows[windows.length - 1];
    const floor = last?.end ?? from;
    let start = Math.max(floor, hint.start - MARGIN);
    // Snap to a space, a few characters at most: a text without spaces must stay linear.
    for (let k = 0; k < 16 && start > floor && text[start - 1] !== ' '; k++) start--;
    let end = Math.min(to, hint.end + MARGIN);
    for (let k = 0; k < 16 && end < to && text[end] !== ' '; k++) end++;
    if (end <= start) continue;
    // Merge close windows, but never into one long run: chrono's cost grows faster than the text.
    if (last && start <= last.end && end - last.start <= MAX_WINDOW) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/**
 * "from March 19 until 23:59 on March 23": chrono reads "19 until 23:59" as a range of hours on the
 * later day, losing the first date. A number right after a month name is that month's day, so the
 * word that joins it to a time of day is blanked (same length, offsets kept) and each side is read
 * as a date of its own.
 */
const DAY_BEFORE_TIME =
  /(\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s+)(until|till|to|through)(?=\s+\d{1,2}[:.]\d{2}\b)/gi;

/**
 * chrono reads "until June" and "in early June" but not "until May" or "in early May": only right
 * after "in" does it take "May" for the month rather than the modal verb. The word that leads a
 * capitalised May is read as "in" (padded to its length, as is "early", "late" or "mid-" after it),
 * so the month is found; the refiners still read the phrase as written.
 */
const MAY_LEADER =
  /\b([Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Aa]fter|[Bb]efore|[Dd]uring|[Tt]hroughout|[Ff]or|[Ii]n)(\s+)((?:early|late|mid)[\s-]+)?(?=May\b(?!\s*\d))/g;

function mayAsMonth(_: string, leader: string, space: string, part: string | undefined): string {
  return `in${' '.repeat(leader.length - 2)}${space}${' '.repeat(part?.length ?? 0)}`;
}

/**
 * "Viña del Mar", "Mar del Plata", "Mar-a-Lago": a month's short name inside a place's name, where
 * chrono reads a month. Blanked (same length) before chrono reads the window.
 */
const MONTH_IN_NAME =
  /(?<=\b(?:del|de|do|da|dos|das)\s+)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|\bMar(?=\s+del\b|-a-)/g;

/**
 * "from 13 to 15 July", "from 13 July to 15 July": chrono reads "from 13 to 15" as hours (13:00 to
 * 15:00) and loses the day, or the year with it. A "from" right before a day's number that a month
 * name follows (after an optional "to 15") is blanked (same length), so that the days are read as days.
 */
const FROM_BEFORE_DAY =
  /\b[Ff]rom(?=\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:(?:to|until|till|through|and|-|–)\s+\d{1,2}(?:st|nd|rd|th)?\s+)?(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi;

/** The window as chrono should read it (same length, so that offsets hold). */
function chronoReadable(piece: string): string {
  return piece
    .replace(DAY_BEFORE_TIME, (_, day: string, joiner: string) => day + ';'.repeat(joiner.length))
    .replace(FROM_BEFORE_DAY, '    ')
    .replace(MAY_LEADER, mayAsMonth)
    .replace(MONTH_IN_NAME, (month) => ' '.repeat(month.length));
}

function fromChrono(result: chrono.ParsedResult, offset: number): DateDraft {
  // chrono keeps trailing punctuation ("On Sunday,"); the mention ends at the last word. "the passage
  // in June of a law": an "of" that no year follows is not part of the date.
  const text = result.text.replace(/[\s,.;:]+$/, '').replace(/\s+of$/i, '');
  const start = offset + result.index;
  const c = result.start;
  const y = c.get('year') ?? 0;
  const m = String(c.get('month') ?? 1).padStart(2, '0');
  const d = String(c.get('day') ?? 1).padStart(2, '0');
  const precision = precisionOf(result);
  const date = precision === 'year' ? `${y}` : precision === 'month' ? `${y}-${m}` : `${y}-${m}-${d}`;
  return { start, end: start + text.length, date, precision, chrono: result };
}

function precisionOf(result: chrono.ParsedResult): DatePrecision {
  const c = result.start;
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return 'day';
}
