// Dates: absolute and relative date phrases resolved against the article's published date.
// chrono-node reads the phrases; refiners under dates/ resolve them as news means them (a bare
// weekday is in the past unless the verb is future; "last week" is a week; "a year ago" a month) and
// our own parsers add what chrono does not read (bare years, decades).

import * as chrono from 'chrono-node';
import type { Article, DateMention, DatePrecision } from '../types.js';
import type { Annotated } from './annotate.js';
import { parseIsoDay } from './dates/calendar.js';
import type { DateDraft, RefineContext } from './dates/draft.js';
import { engineFor } from './dates/engines.js';
import { refine } from './dates/refiners.js';
import { findDecades, findYears } from './dates/years.js';

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
  for (const sentence of annotated.sentences) {
    const ctx: RefineContext = {
      text: annotated.text,
      sentenceStart: sentence.start,
      sentenceEnd: sentence.end,
      ref,
    };
    for (const draft of datesInSentence(ctx)) {
      // Without a published date, only phrases that state their own year can be resolved.
      if (!published && draft.chrono && !draft.chrono.start.isCertain('year')) continue;
      mentions.push({
        article: article.id,
        text: annotated.text.slice(draft.start, draft.end),
        ...pick(draft),
      });
    }
  }
  return mentions;
}

/** The first date in a short phrase ("October 1, 12:00"), resolved against `published`. */
export function resolveDatePhrase(
  phrase: string,
  published: string | null,
): { date: string; precision: DatePrecision } | null {
  const ref = parseIsoDay(published) ?? new Date(Date.UTC(2000, 0, 1, 12));
  const drafts = datesInSentence({ text: phrase, sentenceStart: 0, sentenceEnd: phrase.length, ref });
  const first = drafts[0];
  return first ? { date: first.date, precision: first.precision } : null;
}

function pick(d: DateDraft): Pick<DateMention, 'date' | 'precision' | 'start' | 'end'> {
  return { date: d.date, precision: d.precision, start: d.start, end: d.end };
}

function datesInSentence(ctx: RefineContext): DateDraft[] {
  const text = ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd);
  const drafts: DateDraft[] = [];
  for (const window of hintWindows(text)) {
    const piece = text.slice(window.start, window.end);
    const reader = engineFor(engine, piece);
    for (const result of reader.parse(piece, { instant: ctx.ref, timezone: 0 }, { forwardDate: false })) {
      const draft = refine(fromChrono(result, ctx.sentenceStart + window.start), ctx);
      if (draft) drafts.push(draft);
    }
  }
  if (YEAR_HINT.test(text)) {
    const own = [
      ...findDecades(ctx.text, ctx.sentenceStart, ctx.sentenceEnd),
      ...findYears(ctx.text, ctx.sentenceStart, ctx.sentenceEnd),
    ];
    for (const draft of own)
      if (!drafts.some((d) => draft.start < d.end && d.start < draft.end)) drafts.push(draft);
  }
  return drafts.sort((a, b) => a.start - b.start);
}

const HINTS = new RegExp(CHRONO_HINT.source, 'gi');
// Enough words either side of a hint for any date phrase chrono reads ("the morning of 28 September 2023").
const MARGIN = 24;
const MAX_WINDOW = 400;

/** Stretches of the sentence around date hints, merged, cut at spaces: chrono reads only these. */
function hintWindows(text: string): { start: number; end: number }[] {
  const windows: { start: number; end: number }[] = [];
  HINTS.lastIndex = 0;
  for (let m = HINTS.exec(text); m; m = HINTS.exec(text)) {
    const last = windows[windows.length - 1];
    let start = Math.max(last?.end ?? 0, m.index - MARGIN);
    // Snap to a space, a few characters at most: a text without spaces must stay linear.
    for (let k = 0; k < 16 && start > (last?.end ?? 0) && text[start - 1] !== ' '; k++) start--;
    let end = Math.min(text.length, m.index + m[0].length + MARGIN);
    for (let k = 0; k < 16 && end < text.length && text[end] !== ' '; k++) end++;
    if (end <= start) continue;
    // Merge close windows, but never into one long run: chrono's cost grows faster than the text.
    if (last && start <= last.end && end - last.start <= MAX_WINDOW) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

function fromChrono(result: chrono.ParsedResult, offset: number): DateDraft {
  // chrono keeps trailing punctuation ("On Sunday,"); the mention ends at the last word.
  const text = result.text.replace(/[\s,.;:]+$/, '');
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
