// The date a figure refers to. An explicit "as of 12:00, October 1" is extracted with the figure
// (Figure.asOf); otherwise a date tied to the figure in its own clause counts ("since Tuesday evening,
// when the authorities registered 28,120"; "up from about 93,000 a day earlier"; "the UN said on
// Monday that 22 had died"); otherwise the article's date, since news reports the latest count.
import type { Article, DateMention, Figure } from '../types.js';

/** How far back a tied date may lie: older dates belong to history, not to the count. */
const MAX_DAYS_BACK = 14;
/** At most this many characters between a figure and a date that follows it ("28,120 on Tuesday"). */
const TRAILING_GAP = 24;
/** The same for a date that says what day the count stood on ("by Sunday night", "as of Monday"). */
const AS_OF_GAP = 80;
const AS_OF_BEFORE = /\b(?:by|as of|as at)\s+$/i;

export function asOfFor(figure: Figure, article: Article | undefined, dates: DateMention[]): string | null {
  if (figure.asOf) return figure.asOf;
  const published = article?.published ?? null;
  if (!article || !published) return published;
  const tied = dates.find((d) => isTied(figure, d, article.text) && isRecent(d.date, published));
  return tied?.date ?? published;
}

/** A day-precision date right after the figure, or leading into its clause with ", when". */
function isTied(figure: Figure, date: DateMention, text: string): boolean {
  if (date.precision !== 'day') return false;
  // "61 people injured in Tuesday's attack": a possessive date names the event, not the count's day.
  if (/^['’]s\b/.test(text.slice(date.end, date.end + 3))) return false;
  if (date.start >= figure.end) {
    const gap = text.slice(figure.end, date.start);
    if (/[,;.:!?]|\b(since|from|until|before|after)\b/i.test(gap)) return false;
    // "3,906 of them were in 85 government shelters by Sunday night": "by" dates the count however
    // far along its clause.
    return gap.length <= TRAILING_GAP || (gap.length <= AS_OF_GAP && AS_OF_BEFORE.test(gap));
  }
  const gap = text.slice(date.end, figure.start);
  if (/^[^.;!?]{0,12},\s+when\b[^.;!?]*$/i.test(gap)) return true;
  // "the UN said on September 29 that at least 22 people had been killed": the count of that day.
  return (
    /^\s+that\b[^.;!?]*$/i.test(gap) && SAID_ON.test(text.slice(Math.max(0, date.start - 24), date.start))
  );
}

/** A reporting verb right before the date it was said on. */
const SAID_ON = /\b(?:said|reported|announced|estimated|confirmed|stated)\s+(?:on\s+)?$/i;

function isRecent(date: string, published: string): boolean {
  const days = (Date.parse(published) - Date.parse(date)) / 86_400_000;
  return days >= 0 && days <= MAX_DAYS_BACK;
}
