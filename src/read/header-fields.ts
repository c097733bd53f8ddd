// Media-monitoring alerts and clip boards write an item's header as one line of fields: "Reuters |
// International | 25.06.2024 16:05 EAT | Reach: 48.2M | Sentiment: Negative", or a clip's
// "2024-07-01T12:35:00-04:00<TAB>Associated Press". Among the outlet and the date (and maybe the time)
// stand fields the reader has no use for: the desk or section, and the service's own "key: value"
// figures (reach, sentiment, tone). The reader rewrites such a line into the plain outlet and date line
// it knows (digest.ts, normaliseFieldedHeaders).
import {
  INSTITUTION_NAME,
  isOutletField,
  parseByline,
  parseDateLine,
  parseTimeLine,
  READING_TIME_FIELD,
} from './lines.js';

export interface HeaderFields {
  outlet: string;
  /** The date field as written ("25.06.2024 16:05 EAT"); null when the line gives none. */
  dateText: string | null;
  /** "By Jane Doe", from a byline field or an "Author: Jane Doe" one; null when there is none. */
  byline: string | null;
}

/** Fields are split at a bar, a middle dot or a bullet between spaces, or at a tab. */
const FIELD_SPLIT = /\s*\t\s*|\s+[|·•]\s+/;
/** "Reach: 48.2M", "Sentiment: Negative", "Ad value: $1,200": a monitoring service's own figures. */
const KEY_VALUE = /^\p{Lu}\p{L}*(?: \p{L}+){0,2}\s*:\s+\S.{0,40}$/u;
/** "Reach 112.4M", "AVE $1,200", "Readership 310K": the same figures written without the colon. */
const FIGURE_FIELD =
  /^(?:reach|audience|circulation|readership|impressions|views|visitors|ave|ad value)\s+[$€£]?\d[\d.,]*\s*[KMB]?$/i;
/**
 * "International", "Kenya", "World News", "Markets/AFP": a desk or section, up to three capitalised
 * words (a syndicating site may name the wire after a slash).
 */
const SECTION = /^\p{Lu}[\p{L}&'’/-]*(?: [\p{L}&'’/-]+){0,2}$/u;

/** "Author: Jane Doe", "Byline: …", "Journalist: …": a "key: value" field naming the author. */
const AUTHOR_FIELD = /^(?:authors?|byline|by|journalists?|reporters?|writers?)\s*:\s*(\S.*)$/i;

/** "KTN", "NTV", "RFI": an outlet's initials, which only the first field may be (a place in capitals is no field here). */
const ACRONYM = /^[A-Z][A-Z\d&]{1,7}$/;

/**
 * The outlet and date of a header line of fields, in any order: an outlet, a date (with or without a
 * time), a byline, sections after the outlet, and "key: value" fields. The line gives a date or at least one
 * "key: value" field (a title or a caption with bars in it gives neither); null for any other line.
 */
export function parseHeaderFields(line: string): HeaderFields | null {
  if (line.length > 200 || !hasFieldBreak(line)) return null;
  const fields = line
    .trim()
    .split(FIELD_SPLIT)
    .filter((field) => field !== '');
  if (fields.length < 2 || fields.length > 8) return null;
  let outlet: string | null = null;
  let dateText: string | null = null;
  let byline: string | null = null;
  let keyValues = 0;
  for (const [k, field] of fields.entries()) {
    // "4 August 2020 · 4 min read": the page's reading time is no outlet.
    if (READING_TIME_FIELD.test(field)) continue;
    const author = bylineField(field);
    if (!dateText && isDateField(field)) dateText = field;
    else if (author !== null) byline ??= author;
    // A service's "key: value" fields follow the outlet; before it, "Floods in Poland: what we know |
    // Euronews" is a title with its kicker and "Photo: Sandbags on the dyke | Anna Kral/AFP" a caption.
    else if (KEY_VALUE.test(field) || FIGURE_FIELD.test(field)) {
      if (!outlet) return null;
      keyValues++;
    } else if (
      !outlet &&
      (isOutletField(field) || (k === 0 && (ACRONYM.test(field) || INSTITUTION_NAME.test(field))))
    )
      outlet = field;
    else if (!outlet || !SECTION.test(field)) return null;
  }
  if (!outlet || (!dateText && keyValues === 0)) return null;
  return { outlet, dateText, byline };
}

/** "By Jane Doe", "Author: Jane Doe" → "By Jane Doe", when it names people; else null. */
function bylineField(field: string): string | null {
  const labelled = AUTHOR_FIELD.exec(field)?.[1];
  const text = labelled !== undefined ? `By ${labelled.replace(/^by\s+/i, '')}` : field;
  return /^by\s/i.test(text) && parseByline(text)?.length ? text : null;
}

function isDateField(field: string): boolean {
  return parseTimeLine(field) !== null || parseDateLine(field) !== null;
}

/** A bar, a middle dot, a bullet or a tab: what a header line of fields has and most lines have not. */
const FIELD_BREAK = /[|\t·•]/;

/** A cheap test the reader asks of every short line: one search, faster than a loop over its characters. */
export function hasFieldBreak(line: string): boolean {
  return FIELD_BREAK.test(line);
}

/** The keys a monitoring service gives its own figures under ("Tone", "Reach", "AVE", "Sentiment"). */
const SERVICE_KEY =
  /^(?:tone|sentiment|reach|audience|circulation|readership|impressions|views|visitors|ave|ad value|relevance|prominence|media type|page)\b/i;

/**
 * "Tone: Negative | Reach: 1.2M", "Sentiment: Neutral", "Reach 112.4M | AVE $1,200": a line of a
 * monitoring service's own fields closing a clip, every field its figure, one at least under a key
 * such services use; no text of the article's.
 */
export function isServiceFieldsLine(line: string): boolean {
  if (line.length > 120 || (!line.includes(':') && !FIGURE_AT_END.test(line))) return false;
  const fields = line.trim().split(FIELD_SPLIT);
  return (
    fields.length <= 6 &&
    fields.every((field) => KEY_VALUE.test(field) || FIGURE_FIELD.test(field)) &&
    fields.some((field) => SERVICE_KEY.test(field))
  );
}

/** A figure at the end of a line ("Reach 112.4M"): the cheap test for fields written without colons. */
const FIGURE_AT_END = /\d[KMB]?\s*$/;
