// Classifiers for single digest lines. Each looks at one short line only, so the reader stays a
// line-oriented state machine and no pattern ever runs over the whole text.

import { isBuiltInPlace } from '../extract/gazetteer.js';
import { wordTable } from '../util/word-table.js';
import { type LooseDate, looseDate, MAY_HOLD_DATE } from './loose-date.js';
import { foreignMonth } from './months.js';
import { endsLikeMasthead, knownOutlet } from './outlets.js';

const MONTHS: Record<string, number> = wordTable({
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
});

/** Month number for "Oct", "Sept.", "OCTOBER"; undefined for anything else. */
export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2199) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * "Oct 4 2023", "October 4, 2023", "June, 20, 2025" (Tasnim writes a comma after the month too), "Apr
 * 04,2021" (The Jordan Times leaves out the space after the day's comma).
 */
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9}\.?),?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})$/;
/** Also "14. Jun 2023": the day with a full stop, as German sites write it. */
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th|\.)?\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})$/;
/** "8.dez.2022", "08-Dec-2022": the day, a month's short name and the year, joined by full stops or hyphens. */
const DAY_ABBREVIATION_YEAR = /^(\d{1,2})([-.])\s?(\p{L}{3,4})\.?\2?\s?(\d{4})$/u;
/** "2023-10-04", and year first with a slash or a dot as East Asian outlets write it ("2024/01/02"). */
/** "2023-10-04", "2023/10/04", "2024.06.25", and Korea's "2024. 6. 25" (its closing point taken off). */
const ISO = /^(\d{4})([-/.])\s?(\d{1,2})\2\s?(\d{1,2})$/;
/** "2024. 6. 25.": a date as Korean pages write it, closed by a point. */
const DOTTED_YMD = /^\s*\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.\s*$/;
/**
 * "Published: Tuesday, …", "For Immediate Release: June 24, 2021" (a press office's label), and a
 * weekday in English, Spanish, Portuguese, French or German before the date ("Jueves 8 de diciembre
 * de 2022", "Quinta-feira, 8 de dezembro de 2022", "Samedi 1er octobre 2022").
 */
const WEEKDAY_PREFIX =
  /^(?:(?:published|updated|posted|issued|last updated|(?:last )?modified|(?:for (?:immediate )?)?release[d]?)(?: on)?:?\s+)?(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|(?:segunda|ter[cç]a|quarta|quinta|sexta)(?:-feira)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\.?,?\s+)?/iu;

const READING_TIME_AFTER = /\s*[·•|-]\s*\d{1,2}\s*min(?:ute)?s?\.?\s+(?:to\s+)?read$/i;
const THE_BEFORE_DAY = /^the\s+(?=\d)/i;
const READING_TIME_BEFORE = /^\s*\d{1,2}\s*min(?:ute)?s?\.?\s+(?:to\s+)?read\s*[.·•|-]\s*/i;
export const READING_TIME_FIELD = /^\d{1,2}\s*min(?:ute)?s?\.?\s+(?:to\s+)?read$/i;

/**
 * "Oct 4 2023", "4 October 2023", "October 4, 2023", "2023-10-04", "04.10.2023" → ISO; else null. A
 * line none of the exact forms reads is tried as a page's looser date line (loose-date.ts).
 */
export function parseDateLine(text: string): string | null {
  if (isClosingStamp(text)) return null;
  const line = withoutPostedBy(text);
  const exact = exactDateLine(line);
  if (exact || line.length > LOOSE_DATE_LINE) return exact;
  return (looseDateLine(line) ?? looseWithoutLabel(line))?.date ?? null;
}

/**
 * "Posted On: 04 DEC 2023 2:15PM by PIB Delhi": the office that posted a release, after the time or the
 * date it was posted at, is no part of the date line.
 */
function withoutPostedBy(line: string): string {
  if (!line.includes(' by ')) return line;
  return line.replace(POSTED_BY, '');
}

/**
 * "(Published 04 December 2023, 13:02 IST)": a page's stamp in brackets under its last paragraph
 * closes the article; it dates no header (the paragraph above it is no title).
 */
export function isClosingStamp(line: string): boolean {
  return line.charCodeAt(0) === 40 && CLOSING_STAMP.test(line);
}

const CLOSING_STAMP = /^\((?:first |last )?(?:published|updated)\b[^()]{4,60}\)$/i;

const POSTED_BY =
  /(?<=\d|\d\s?[AaPp]\.?[Mm]\.?)\s+by\s+\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}\s*$/u;

/** Lines longer than this are not tried as loose date lines (loose-date.ts reads up to as many). */
const LOOSE_DATE_LINE = 90;

/**
 * The reader asks about the same header line several times (is it a date line, a header block's,
 * what does it date): the loose reading, dearer than the exact forms, is kept for the lines asked
 * lately.
 */
const looseMemo = new Map<string, LooseDate | null>();
const LOOSE_MEMO_LINES = 4096;

function looseDateLine(line: string): LooseDate | null {
  // Most short lines with a year in them hold no month's name and no numeric date: out at once.
  if (!MAY_HOLD_DATE.test(line)) return null;
  let loose = looseMemo.get(line);
  if (loose !== undefined) return loose;
  loose = looseDate(line, exactDateLine);
  // An outlet's name and a date ("The Daily Star | May 27, 2024") is parseOutletDateLine's to read.
  if (loose?.named && parseOutletDateLine(line)) loose = null;
  if (looseMemo.size >= LOOSE_MEMO_LINES) looseMemo.clear();
  looseMemo.set(line, loose);
  return loose;
}

function exactDateLine(line: string): string | null {
  // "13 Jun 2025 · 4 min read": the page's reading time after the date.
  let dated = line.endsWith(' read') ? line.replace(READING_TIME_AFTER, '') : line;
  // "Last Updated: May 28, 2024", "Publish : 28 May 2024": the page's label before its date goes first,
  // so that the note of an update after a date is not read into it.
  dated = withoutDateLabel(dated);
  // "October 30, 2022 | Last updated: 6 hours ago": the page's update after its date.
  if (dated.length < 80 && UPDATE_WORD.test(dated)) dated = dated.replace(UPDATED_SUFFIX, '');
  // "July 22, 2021 (Mainichi Japan)", "Sat, Aug 29, 2020 page 1": a paper's edition in brackets or its
  // print page after the date (cheap tests on the last character first).
  if (dated.length < 60) dated = withoutEditionOrPage(dated);
  if (dated.endsWith('.') && DOTTED_YMD.test(dated)) dated = dated.trimEnd().slice(0, -1);
  // Cheap exit: every form ends in its year.
  if (!isDigitCode(dated.trimEnd().charCodeAt(dated.trimEnd().length - 1))) return null;
  // ("Islamabad, the 9th February, 2024": Pakistani offices write the day after "the".)
  const text = dated.trim().replace(WEEKDAY_PREFIX, '').replace(THE_BEFORE_DAY, '');
  if (text.length < 8 || text.length > 32) return null;
  let m: RegExpExecArray | null;
  if (!isDigitCode(text.charCodeAt(0))) {
    m = MONTH_DAY_YEAR.exec(text);
    const month = m ? monthNumber(m[1]!) : undefined;
    return m && month ? isoDate(Number(m[3]), month, Number(m[2])) : null;
  }
  // "30 septembre 2022" has the shape of "30 September 2022": a name this table lacks is tried as a
  // foreign month's.
  m = DAY_MONTH_YEAR.exec(text);
  const month = m ? monthNumber(m[2]!) : undefined;
  if (m && month) return isoDate(Number(m[3]), month, Number(m[1]));
  m = FOREIGN_DAY_MONTH_YEAR.exec(text);
  if (m) {
    const foreign = foreignMonth(m[2]!);
    return foreign ? isoDate(Number(m[3]), foreign, Number(m[1])) : null;
  }
  m = DAY_ABBREVIATION_YEAR.exec(text);
  if (m) {
    const short = monthNumber(m[3]!) ?? foreignMonth(m[3]!);
    return short ? isoDate(Number(m[4]), short, Number(m[1])) : null;
  }
  m = ISO.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[3]), Number(m[4]));
  m = NUMERIC.exec(text) ?? NUMERIC_SHORT_YEAR.exec(text);
  if (!m) return null;
  const date = numericDate(Number(m[1]), Number(m[3]), fullYear(Number(m[4])));
  // "Tue, 10/03/2023": the weekday written before an ambiguous date tells its order (3 October).
  const swapped = isoDate(fullYear(Number(m[4])), Number(m[1]), Number(m[3]));
  const weekday = ENGLISH_WEEKDAY.exec(dated.trim())?.[1]?.toLowerCase();
  if (weekday && date && swapped && weekdayOf(date) !== weekday && weekdayOf(swapped) === weekday)
    return swapped;
  return date;
}

/**
 * "Last Updated: May 28, 2024 …", "Publish : 28 May 2024 …", "Updated - May 28, 2024 …", "Published at :
 * May 29, 2024": a page's label opening its date line, without the label; any other line as it is.
 */
export function withoutDateLabel(line: string): string {
  // Only a line opening with "l", "u", "p", "m" or "d" may hold one: the rest are passed over at once.
  let i = 0;
  while (i < line.length && line.charCodeAt(i) <= 32) i++;
  // "2 min read . Updated: 13 Jun 2024, …": the page's reading time before the label goes first.
  if (isDigitCode(line.charCodeAt(i)) && line.includes(' read')) {
    const time = READING_TIME_BEFORE.exec(line);
    if (time) return withoutDateLabel(line.slice(time[0].length));
  }
  const c = line.charCodeAt(i) | 32;
  // l(ast), u(pdated), p(ublished), m(odified), d(ated), w(rite), i(nput), e(dit)
  if (c !== 108 && c !== 117 && c !== 112 && c !== 109 && c !== 100 && c !== 119 && c !== 105 && c !== 101)
    return line;
  const m = DATE_LABEL_FIRST.exec(line) ?? DATED_LABEL.exec(line);
  return m ? line.slice(m[0].length) : line;
}

/**
 * A page's label before the date it labels, with what sites put after it: a colon (maybe spaced, as
 * the Dhaka Tribune's "Publish :"), a dash, or "on"/"at". A figure, a month's or a weekday's name follows.
 * Korean sites in English label theirs "Write:", "Input:", "Edit:".
 */
const DATE_LABEL_FIRST =
  /^\s*(?:last\s+)?(?:updated|published|publish|posted|modified|write|written|input|edited|edit)(?:\s+(?:on|at|date|time))?(?:\s*[:\-–—]\s*|\s+)(?=\d|\p{L}{3})/iu;

/**
 * "Dated: 08-02-2024", "Dated 8 February 2024": a press office's stamp under its release's heading.
 * ("Date:" is left alone: it heads the fields of a forwarded e-mail, whose sender is no title.)
 */
const DATED_LABEL = /^\s*dated\s*:?\s*(?=\d|\p{L}{3})/iu;

/** A date line without the paper's edition in brackets or the print page after its year. */
function withoutEditionOrPage(line: string): string {
  const end = line.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  if (last === 41) return end.replace(EDITION_AFTER_YEAR, '$1');
  return isDigitCode(last) && end.includes(' page') ? end.replace(PAGE_AFTER_YEAR, '$1') : line;
}

/** "(Mainichi Japan)", "(Dakar edition)": up to three words in brackets, the first capitalised, after a year. */
const EDITION_AFTER_YEAR = /(\d{4})\s+\(\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,2}\)$/u;
/** "… 2020 page 1", "… 2020, page A4", "… 2024 page3" (copied without its space): the printed paper's page after the year. */
const PAGE_AFTER_YEAR = /(\d{4}),?\s+page\s*[A-Z]?\d{1,3}$/;

/** The English weekday opening a date line, by its first three letters. */
const ENGLISH_WEEKDAY =
  /^(?:(?:published|updated|posted)(?: on)?:?\s+)?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i;

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function weekdayOf(iso: string): string {
  return WEEKDAYS[new Date(`${iso}T12:00:00Z`).getUTCDay()]!;
}

/** "06.15.25", "15/06/25": a two-figure year, as some Israeli and US sites write their date lines. */
const NUMERIC_SHORT_YEAR = /^(\d{2})([./-])(\d{2})\2(\d{2})$/;

/** A two-figure year is of this century up to 69, of the last from 70. */
function fullYear(year: number): number {
  if (year >= 100) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

/**
 * "26 de junio de 2024", "26 de junho de 2024", "26 juin 2024", "14. Juni 2023", "3 dic. 2024", "14
 * luglio 2022": a Spanish, Portuguese, French, German or Italian site's date, kept when a digest copies
 * the page's own date line.
 */
const FOREIGN_DAY_MONTH_YEAR =
  /^(\d{1,2})(?:er|º|\.)?\s+(?:de\s+)?(\p{L}{3,10})\.?\s+(?:de\s+|del\s+)?(\d{4})$/u;

/** "10.02.2024", "10/02/2024", "2/13/2024": day, month and year in figures. */
const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;

/**
 * Day first, as most of the world writes it, unless only the other reading is a date ("2/13/2024").
 * A digest line gives no other clue; an American "3/4/2024" is read as 3 April.
 */
function numericDate(first: number, second: number, year: number): string | null {
  if (second > 12 && first <= 12) return isoDate(year, first, second);
  return isoDate(year, second, first);
}

/**
 * Where an outlet line may hand over to its date: "|", "·", "•", a dash or a comma, a slash between
 * spaces (an agency's credit: "TNN / Updated: May 28, 2024"), or a tab (exports and spreadsheets
 * separate fields with one: "Highland Tribune<TAB>2024-06-25T20:15Z").
 */
const OUTLET_DATE_SEPARATOR = /\s*(?:[|·•–—]|\s-|\s\/|,)\s+|[ ]*\t\s*/g;
/** A date or time line ends in a figure, "p.m.", a time zone or ISO's "Z". */
const DATE_OR_TIME_END = /(?:\d|[ap]\.?m\.?|[AP]\.?M\.?|\b[A-Z]{2,4}|\dZ)$/;

/**
 * "Reuters | 26 September 2023", "Al Jazeera · Sep 26 2023", "OC Media, 26.09.2023", "Daily Sabah,
 * Turkey, Sept. 17, 2024", "NHK World | 2 January 2024 | 14:05": the outlet and the date (and maybe the
 * time) on one line. The first separator after which a date follows ends the outlet, which must not
 * itself be a date.
 */
export interface OutletDateLine {
  outlet: string;
  date: string;
  time: string | null;
  /** "Associated Press · March 12, 2024 · By A and B": the names of a byline field. */
  byline?: string[];
  /** "(Reuters) — 8 December 2024 — DAMASCUS —": the place a dateline field names. */
  dateline?: string;
  /** "Por Redacción RPP | 17 de octubre de 2023": the outlet a byline field credits. */
  creditedOutlet?: string | null;
}

export function parseOutletDateLine(line: string): OutletDateLine | null {
  // "Jakarta ● Mon, December 25, 2023": a dateline's place and a bullet before the date, no outlet.
  if (line.includes('●') && PLACE_BULLET_PREFIX.test(line.trimStart())) return null;
  const simple = parseSimpleOutletDateLine(line);
  // "Kerala | Press Trust of India | Updated: …": an "outlet" of two fields is read field by field.
  if (simple?.outlet.includes(' | ')) return parseFieldedLine(line) ?? simple;
  return simple ?? parseFieldedLine(line) ?? parseDateFirstLine(line) ?? parseSourceEditorLine(line);
}

/**
 * "Source: Xinhua| 2024-06-27 21:15:30|Editor: huaxia": Xinhua's page header, the outlet and the time
 * between bars without spaces, then the desk editor (no byline).
 */
function parseSourceEditorLine(line: string): OutletDateLine | null {
  if (line.length > 120 || (line.charCodeAt(0) | 32) !== 115) return null;
  const m = SOURCE_EDITOR_LINE.exec(line);
  const timed = m ? exactTimeLine(m[2]!) : null;
  const date = m ? (exactDateLine(m[2]!) ?? timed?.date) : null;
  return m && date ? { outlet: m[1]!, date, time: timed?.time ?? null } : null;
}

const SOURCE_EDITOR_LINE = /^source\s*:\s*([^|]{2,40}?)\s*\|\s*([^|]{8,40}?)\s*\|\s*editors?\s*:.*$/i;

/**
 * "(Reuters) — 8 December 2024 — DAMASCUS —", "Associated Press · March 12, 2024 · By Evens Sanon":
 * a header line of fields between dashes, dots or bars, each of them an outlet (bare or in
 * parentheses), a date (with or without a time), a byline or a dateline in capitals. One outlet and
 * one date are needed, and every field must be one of these.
 */
function parseFieldedLine(line: string): OutletDateLine | null {
  // Asked of every short line: most have none of the separators, which a scan finds without a pattern.
  if (line.length > 170 || !hasFieldSeparator(line)) return null;
  const text = line.trim().replace(/\s*[—–-]+$/, '');
  if (text.length > 160 || text.length < 10 || !FIELD_SEPARATOR.test(text)) return null;
  const fields = text.split(FIELD_SPLIT).map((field) => field.trim());
  if (fields.length < 2 || fields.length > 5) return null;
  const found: Partial<OutletDateLine> = {};
  for (const field of fields) {
    // "Oct 3, 2023 · 4 min read · Reuters": the page's reading time is no field of the header, nor is
    // the site's handle ("@noozhawk").
    if (READING_TIME_FIELD.test(field) || isHandleField(field)) continue;
    const timed = exactTimeLine(field) ?? clockFirstField(field);
    const date = exactDateLine(field) ?? timed?.date;
    const names = /^by\s/i.test(field) ? parseByline(field) : null;
    const outlet = /^\((.{2,60})\)$/.exec(field)?.[1] ?? field;
    const placed = date ? null : placeThenDate(field);
    if (date && !found.date) {
      found.date = date;
      found.time = timed?.time ?? null;
    } else if (placed && !found.date) {
      // "ANSA.it — ROME, 14 July 2022, 13:55": the place the item was filed from, then its date.
      found.date = placed.date;
      found.time = placed.time;
      found.dateline ??= placed.place;
    } else if (names && !found.byline) found.byline = names;
    else if (!found.outlet && (isOutletField(outlet) || isOutletField(withoutCallSign(outlet))))
      found.outlet = officeWithoutAddress(outlet) ?? outlet;
    // "Kerala | Press Trust of India": a known outlet after a place's name (the gazetteer's) makes
    // that name the place the item was filed from ("Jane Doe | Reuters" names the writer).
    else if (found.outlet && !found.dateline && knownOutlet(field) && isBuiltInPlace(found.outlet)) {
      found.dateline = found.outlet;
      found.outlet = field;
    }
    // "THE HAITIAN TIMES | JULY 8, 2021": a masthead in capitals, named as a paper's name ends; any
    // other field in capitals is the dateline's place.
    else if (!found.outlet && endsLikeMasthead(field)) found.outlet = field;
    // The dateline is the place alone, as wire datelines give it ("SEDNAYA, Syria" → "SEDNAYA"), or a
    // place and its state after the outlet ("Charleston, S.C.").
    // "EFE | Bogotá | 7 Aug 2022": after the outlet, a place the gazetteer knows, in title case.
    else if (
      !found.dateline &&
      (DATELINE_FIELD.test(field) ||
        (found.outlet && (PLACE_FIELD.test(field) || (TITLE_CASE_WORD.test(field) && isBuiltInPlace(field)))))
    )
      found.dateline = field.split(',')[0]!.trim();
    else return null;
  }
  if (!found.outlet || !found.date) return null;
  const { outlet, date, byline, dateline } = found;
  return { outlet, date, time: found.time ?? null, byline, dateline };
}

/**
 * "11:42 PM June 13, 2024": a clock before the date, as the Inquirer prints it, which only the loose
 * date line reads; a field with a name beside the date is no date field.
 */
function clockFirstField(field: string): { time: string; date: string } | null {
  if (field.length > 40 || !isDigitCode(field.charCodeAt(0))) return null;
  const loose = looseDateLine(field);
  return loose?.time && !loose.named ? { time: loose.time, date: loose.date } : null;
}

/** "@noozhawk": a site's handle on a social network, one word after "@". */
function isHandleField(field: string): boolean {
  return field.charCodeAt(0) === 64 && /^@[\w.]{2,30}$/.test(field);
}

/** "Live 5 News (WCSC)" → "Live 5 News": a station's name without its call sign in brackets. */
function withoutCallSign(field: string): string {
  return field.charCodeAt(field.length - 1) === 41 ? field.replace(CALL_SIGN, '') : field;
}

const CALL_SIGN = /\s+\([A-Z][A-Z\d-]{1,7}\)$/;
/** "Charleston, S.C.", "Eldoret, Kenya": a place in title case and its state or country after a comma. */
/** One or two capitalised words ("Bogotá", "New Delhi"). */
const TITLE_CASE_WORD = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?$/u;
const PLACE_FIELD =
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}, \p{Lu}[\p{L}.'’]*(?: \p{Lu}[\p{L}.'’]*){0,2}$/u;

/** "ROME, 14 July 2022, 13:55", "Asunción, 24 de junio de 2021": a place, a comma, a date or time. */
function placeThenDate(field: string): { place: string; date: string; time: string | null } | null {
  const m = PLACE_THEN_DATE.exec(field);
  if (!m) return null;
  const timed = exactTimeLine(m[2]!);
  const date = exactDateLine(m[2]!) ?? timed?.date;
  return date ? { place: m[1]!, date, time: timed?.time ?? null } : null;
}

const PLACE_THEN_DATE = /^(\p{Lu}[\p{L}'’. -]{1,30}),\s+(\d.{5,40}|\p{L}{3,9}\.? \d.{3,40})$/u;

/**
 * "May 21, 2024 | By Prakash Timalsina", "21 May 2024 · By Anna Green": a date line that carries the
 * byline after a bar, dot or dash, or before one ("By Jane Doe - 06/25/21 10:38 AM"), with no outlet on
 * it (the outlet line stands above or below).
 */
/** "BY: ", "By: ": a byline's "By" written as a label. */
const BY_COLON = /^\s*by:\s*/i;

export function parseDateBylineLine(line: string): Omit<OutletDateLine, 'outlet'> | null {
  if (line.length > 120) return null;
  if (!/\b(?:by|por|par):?\s/i.test(line)) return writerThenDate(line);
  // "Edited by: Pallavi Sen | Updated: …": the credit's label, read as a byline's "By".
  if (CREDIT_LABEL.test(line)) return parseDateBylineLine(line.replace(CREDIT_LABEL, 'By '));
  // ("BY: JULIE O'DONOGHUE - JUNE 10, 2025 5:02 PM": "By" with a colon, as a label.)
  if (BY_COLON.test(line)) return parseDateBylineLine(line.replace(BY_COLON, 'By '));
  // "By Jane Doe - 06/25/21 10:38 AM EDT", "By Jane Doe | Published Jun. 25, 2021": the byline first
  // (a site's handle between them is passed over: "By … | @noozhawk | Published on …").
  const byFirst = BY_FIRST_WORD.test(line.trim());
  if (!byFirst) {
    const after = dateThenByline(line);
    if (after) return after;
  }
  const fields = line
    .trim()
    .split(byFirst ? BYLINE_FIRST_SPLIT : FIELD_SPLIT)
    .filter((field) => !isHandleField(field));
  // "BY TENDAI MOYO ON APRIL 4, 2024": the date after "on" closes the byline; "By Jeanine Jalkh, 12
  // August 2024 15:45": or the date after a comma.
  if (fields.length === 1 && byFirst) {
    const on = BYLINE_ON_DATE.exec(fields[0]!) ?? dateAfterComma(fields[0]!);
    if (on) fields.splice(0, 1, fields[0]!.slice(0, on.index), fields[0]!.slice(on.index + on[0].length));
  }
  // "Por Lesly Ordóñez | 13 de julio de 2023 | 19:45": after a byline, the date's fields are one date line.
  if (fields.length > 2 && fields.length <= 4 && BY_FIRST_WORD.test(fields[0]!))
    fields.splice(1, fields.length - 1, fields.slice(1).join(' | '));
  if (fields.length !== 2) return null;
  const [dateField, bylineField] = BY_FIRST_WORD.test(fields[1]!) ? fields : [fields[1]!, fields[0]!];
  if (!BY_FIRST_WORD.test(bylineField!)) return null;
  // ("Publicado el 12 de julio de 2023 a las 20:15h": a page's labelled date, read loosely.)
  const timed = exactTimeLine(dateField!) ?? looseDateLine(dateField!);
  const date = exactDateLine(dateField!) ?? timed?.date;
  const byline = parseByline(bylineField!);
  if (!date || !byline) return null;
  return { date, time: timed?.time ?? null, byline, creditedOutlet: bylineOutlet(bylineField!) };
}

/**
 * "Published on 12/05/2024 - 19:40 By Pedro Vilela - Agência Brasil reporter - Brasília": the date
 * (and clock) first, then the byline with no separator before it, only its capital "By", and the
 * byline's own fields after dashes. Null unless the part before "By" is a date line by itself.
 */
function dateThenByline(line: string): Omit<OutletDateLine, 'outlet'> | null {
  const at = DATE_THEN_BY.exec(line);
  if (!at) return null;
  const dateField = line.slice(0, at.index);
  const bylineField = line.slice(at.index).trim();
  const timed = exactTimeLine(dateField) ?? looseDateLine(dateField);
  const date = exactDateLine(dateField) ?? timed?.date;
  const byline = date ? parseByline(bylineField) : null;
  if (!date || !byline) return null;
  return { date, time: timed?.time ?? null, byline, creditedOutlet: bylineOutlet(bylineField) };
}

/**
 * "Almaz Kumenov Apr 8, 2024": a writer's name of two or three words, then the date, with nothing
 * between them (as Eurasianet prints its header). The name must read as a person's: no masthead's
 * word, no known outlet's name.
 */
function writerThenDate(line: string): Omit<OutletDateLine, 'outlet'> | null {
  // Cheap exits: the line ends in the year and opens with a capital.
  const text = line.trim();
  if (text.length > 60 || text.length < 14 || !isDigitCode(text.charCodeAt(text.length - 1))) return null;
  const m = WRITER_THEN_DATE.exec(text);
  if (!m || exactDateLine(text) || looseDateLine(text)) return null;
  const date = exactDateLine(m[2]!);
  const name = m[1]!;
  if (!date || !looksLikePersonName(name) || knownOutlet(name) || endsLikeMasthead(name)) return null;
  // ("Updated Monday May 8, 2024": a label and a weekday are no one's name.)
  if (name.split(' ').some((word) => monthNumber(word) !== undefined || NOT_NAME_WORD.test(word)))
    return null;
  return { date, time: null, byline: [titleCaseName(name)], creditedOutlet: null };
}

/** Groups: the name (two or three capitalised words), the date after it. */
const WRITER_THEN_DATE =
  /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}) (\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \p{L}{3,9}\.? \d{4})$/u;
/** Words a header's label or a weekday is made of. */
const NOT_NAME_WORD =
  /^(?:published|updated|posted|issued|modified|released|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|today|yesterday)$/i;

/** " By Pedro": a capital "By" (or "BY") after a figure, before a capitalised name. */
const DATE_THEN_BY = /(?<=\d(?:\s*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4})){0,2})\s+(?:By|BY)\s+(?=\p{Lu})/u;

/** "By Jane Doe - date", "By Farhana Akter // 13 June 2024": the break after a byline. */
const BYLINE_FIRST_SPLIT = /\s+(?:[-—–·|•]|\/\/)\s+/;
/**
 * "By Jeanine Jalkh, 12 August 2024 15:45", "By Staff, Aug. 12, 2024": the first comma after which the
 * rest of the byline is a date (or a date and time), as the match of the comma; null when none is.
 */
function dateAfterComma(field: string): { index: number; 0: string } | null {
  // A date ends in its year or a clock: a figure or "am"/"pm" last (a cheap test before any search).
  if (!DATE_OR_TIME_END.test(field)) return null;
  for (let comma = field.indexOf(', '); comma > 0; comma = field.indexOf(', ', comma + 2)) {
    const rest = field.slice(comma + 2);
    if (rest.length <= 48 && (exactDateLine(rest) ?? exactTimeLine(rest))) return { index: comma, 0: ', ' };
  }
  return null;
}

/** " on April 4, 2024", " ON 4 APRIL 2024", " on 04/04/2024": "on" before a date. */
const BYLINE_ON_DATE = /\s+on\s+(?=\p{L}{3,9}\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3}|\d{1,2}[/.-]\d)/iu;
/** "Edited by:", "Written by", "Reported by:": a labelled credit opening a date line. */
const CREDIT_LABEL = /^\s*(?:edited|written|reported|compiled)\s+by:?\s+/i;

/** A spaced dash, dot, bar or slash ("Philippine Daily Inquirer / 11:42 PM June 13, 2024"). */
const FIELD_SEPARATOR = /\s[—–·|•/]\s/;

function hasFieldSeparator(line: string): boolean {
  for (let i = 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x2014 || c === 0x2013 || c === 0xb7 || c === 124 || c === 0x2022 || c === 47) return true;
  }
  return false;
}
const FIELD_SPLIT = /\s+[—–·|•/]\s+/;
/** "DAMASCUS", "PORT-AU-PRINCE, Haiti": a place in capitals, maybe with its country. */
const DATELINE_FIELD = /^[A-Z][A-Z .'’-]{2,30}(?:, [A-Z][\p{L} .'-]{2,30})?$/u;

/**
 * An outlet's name: one sitrep knows, or a few capitalised words that are not a place in capitals
 * (a brand may open with a lower-case letter before a capital: "iWitness News").
 */
/**
 * "Office of the President of the Slovak Republic", "Defensoría del Pueblo del Perú": an institution's
 * full name, capitalised words joined by "of", "the", "for", "and" (or "de", "del", "la"), which may stand for an outlet in a line of fields however long.
 */
export const INSTITUTION_NAME =
  /^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|of|the|for|and|on|de|del|du|des|la|le)){2,11}$/u;

/**
 * How an outlet's name opens: a capital or a figure, or a brand's lower-case letters before one
 * ("eNCA", "iWitness News", "gCaptain", "openDemocracy"), or a short lower-case word before a capital
 * ("bne IntelliNews"), not a function word ("the Guardian", "via Reuters" are no names as written).
 */
export const OUTLET_START =
  /^(?:[\p{Lu}\d]|\p{Ll}{1,8}[\p{Lu}\d]|(?!(?:the|and|for|but|not|was|are|has|its|via|with|from)\s)\p{Ll}{2,4} \p{Lu})/u;

/**
 * An outlet that is an official body publishing its own words: "Government of the Czech Republic",
 * "Ministry of Finance of Poland", "Polish Ministry of Foreign Affairs", "Scottish Government",
 * "Federal Chancellery", "Embassy of Japan", "European Commission", "White House", "Kremlin", an army
 * ("Israel Defense Forces"), an office holder's site ("Head of Government of the Kingdom of Morocco",
 * "President of Russia"), a city's or a coast guard's ("City of Johannesburg", "Hellenic Coast
 * Guard"), and the same offices in Spanish, Portuguese, French and Italian ("Secretaría de Relaciones
 * Exteriores", "Ministère des Armées", "Presidenza della Repubblica", "Governo Italiano"), and an
 * office, bureau or agency "for" its field, every word of the name capitalised ("OSCE Office for
 * Democratic Institutions and Human Rights", "Federal Office for Civil Protection"). Not a
 * title that only opens with such a word ("Government
 * Executive", "Council on Foreign Relations").
 */
export const OFFICIAL_OUTLET =
  /^(?:[Tt]he )?(?:(?:Government|Ministry|Embassy|Presidency|Chancellery|Consulate|Office|Department|Permanent Mission|Council|Cabinet|Secretariat|President|Prime Minister|Head of (?:Government|State)|City|Municipality) of\b|(?:\p{Lu}[\p{L}'’.-]*\s){0,3}(?:Ministry for|Embassy in)\b|(?:Gobierno|Ministerio|Secretar[ií]a|Presidencia|Comando(?: Conjunto)?|Governo|Minist[ée]rio|Presid[eê]ncia|Gouvernement|Minist[èe]re|Pr[ée]sidence|Presidenza|Ministero|Senato|Camera) (?:de|del|da|do|des|du|of|della|dei|degli|delle|di)\b|(?:Governo|Gobierno|Gouvernement) \p{Lu}\p{Ll}+$|(?:\p{Lu}[\p{L}'’.-]*\s){0,3}(?:Government|Ministry|Embassy|Presidency|Chancellery|Consulate|Defen[cs]e Forces|Armed Forces|Coast Guard|Border Guard|Border Service|Police)$|(?:(?:\p{Lu}[\p{L}'’.-]*|of)\s){0,5}(?:Ministry|Department|Office|Court) of\b|(?:\p{Lu}[\p{L}'’.-]*\s){1,3}(?:Public Relations|Newsroom|Press Office|Press Service|Information Bureau|Commission)$|(?:(?:\p{Lu}[\p{L}'’.-]*|and|of|for)\s){2,9}(?:Headquarters|Authority)$|(?:\p{Lu}[\p{L}'’.-]*\s){0,3}(?:Office|Bureau|Agency|Centre|Center|High Commissioner) for (?:(?:\p{Lu}[\p{L}'’.-]*|and|of|the|for|on)(?:\s|$))+$|(?:European Commission|White House|Kremlin|State Department|Prime Minister['’]s Office|President['’]s Office|Élysée|Elysee)$)/u;

/**
 * "Prime Minister's Office, 10 Downing Street, UK": an office's name before its street address, or
 * null for any other line.
 */
export function officeWithoutAddress(text: string): string | null {
  // Asked of every outlet-like line: a street number after a comma is looked for first.
  if (text.length > 140 || !/, \d/.test(text)) return null;
  const m = OFFICE_ADDRESS.exec(text);
  return m && OFFICIAL_OUTLET.test(m[1]!) ? m[1]! : null;
}

/** An office's name, a comma, a street number and the street, maybe a city and a country after commas. */
const OFFICE_ADDRESS =
  /^\s*([^,]{4,60}), \d{1,4}[A-Za-z]? \p{Lu}[\p{L} .'’-]+(?:, \p{Lu}[\p{L} .'’-]+){0,2}\s*$/u;

export function isOutletField(field: string): boolean {
  if (knownOutlet(field) || officeWithoutAddress(field)) return true;
  return (
    field.split(/\s+/).length <= 6 &&
    OUTLET_START.test(field) &&
    /^[\p{L}\d&.'’/ -]+$/u.test(field) &&
    !/^[A-Z .'’-]+$/.test(field)
  );
}

function parseSimpleOutletDateLine(line: string): OutletDateLine | null {
  // ("KYODO NEWS - May 28, 2024 - 14:05 | World, All": the sections after the time are no part of it.)
  const trimmed = line.trim();
  if (trimmed.length > 120) return null;
  const text = trimmed.includes(' | ') ? trimmed.replace(SECTIONS_AFTER_BAR, '') : trimmed;
  // Cheap exits first: the reader asks this of every short line. A date ends in its year (or a time).
  if (text.length > 80 || text.length < 10 || !DATE_OR_TIME_END.test(text)) return null;
  for (const m of text.matchAll(OUTLET_DATE_SEPARATOR)) {
    const outlet = text.slice(0, m.index).trim();
    const rest = text.slice(m.index + m[0].length);
    if (outlet.length < 2 || outlet.length > 60 || rest.length < 6 || rest.length > 48) continue;
    // "ANSA.it — ROME, 14 July 2022": fields before the comma are read as fields (parseFieldedLine).
    if (m[0].includes(',') && FIELD_SEPARATOR.test(outlet)) return null;
    const timed = exactTimeLine(rest);
    const date = exactDateLine(rest) ?? timed?.date ?? null;
    if (!date) continue;
    // "By A and B | Associated Press | Sept. 17, 2024": a byline may come first, of any length.
    const credited = /^by\s/i.test(outlet);
    // A long name is an institution's after a bar, an office's after a comma or a bar ("Presidency of
    // the Islamic Republic of Iran, 26 Apr 2025", "Ministry of Information, Sierra Leone | 26 Nov
    // 2023"; not "Meeting of the Council of Ministers, 12 May 2024").
    const institution = OFFICIAL_OUTLET.test(outlet) || (m[0].includes('|') && INSTITUTION_NAME.test(outlet));
    if (
      exactDateLine(outlet) ||
      !OUTLET_START.test(outlet) ||
      (!credited && outlet.split(/\s+/).length > 6 && !institution)
    )
      return null;
    return { outlet, date, time: timed?.time ?? null };
  }
  return null;
}

/**
 * "October 6, 2023 | ARKA", "06.10.2023 | News.am": the date first, then a bar and the outlet, as some
 * agencies' feeds write it. Only a bar: after a comma or a dash a name is the dateline's place.
 */
function parseDateFirstLine(line: string): OutletDateLine | null {
  const text = line.trim();
  const bar = text.lastIndexOf(' | ');
  if (bar < 6 || text.length > 80) return null;
  const outlet = text.slice(bar + 3).trim();
  // "April 9, 2025 | By Lena Ortiz" names the writer, not the outlet.
  if (/^by\s/i.test(outlet) || outlet.split(/\s+/).length > 4) return null;
  if (!/^[\p{Lu}\d][\p{L}\d&.'’ -]{1,29}$/u.test(outlet)) return null;
  const head = text.slice(0, bar).trim();
  const timed = exactTimeLine(head);
  const date = exactDateLine(head) ?? timed?.date ?? null;
  return date ? { outlet, date, time: timed?.time ?? null } : null;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

const TIME_FIRST =
  /^(?:(?:published|updated|posted|issued)(?: on)?:?\s+)?(\d{1,2}):(\d{2})(?:\s*([ap]\.?m\.?))?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?)?(?:,|\s*[|·•])?\s+(.+)$/i;
// Seconds and a numeric zone are read as RFC 822 writes them ("Sat, 24 Jun 2023 07:41:00 GMT", "… +0000").
const TIME_LAST =
  /^(.+?)(?:,|\s*[|·•/]|\s+[-–—])?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*([ap]\.?m\.?))?(?:\s*([A-Z]{2,4})(?:[+-]\d{1,2}(?::?\d{2})?)?|\s+[+-]\d{4})?(?:,\s+UK)?$/i;
/**
 * "… 6:12 PM GMT+2 Updated 2 hours ago", "… 12:10 GMT+2•Updated 14:22" (Euronews glues the bullet to the
 * word), "… 9:14 PM [ Last Update: … ]" (Press TV): what a web page adds after the time of publication.
 */
const UPDATED_SUFFIX =
  /(?:\s+|\s*[•·|–—]\s*)(?:last\s+)?updated\b.*$|\s*[•·|]\s*last update\s*:.*$|\s+[-–—/]\s+(?:update|edit)\s*:.*$|(?<=\d)\s+modified:.*$|\s*\[\s*last update:?[^\]]*\]\s*$|\s*\(\s*(?:(?:last\s+)?updated|modifica(?:to)?|aggiornat[oa]|actualizad[oa]|atualizad[oa]|mis à jour)\b:?[^)]*\)\s*$/i;
/**
 * The word a page's update note opens with, in English, Italian, Spanish, Portuguese and French
 * ("… 15:22 Modified: 27/08/2021 - 17:40", as France 24 prints it).
 */
const UPDATE_WORD =
  /updated|update\s*:|edit\s*:|modified:|modifica|aggiornat|actualizad|atualizad|mis à jour/i;

/** "… 20:10:44 in Latest News": the site's section after the time of publication. */
const SECTION_SUFFIX = /(?<=\d:\d{2})\s+in\s+\p{Lu}[\p{L}&'’ -]{2,30}$/u;
/**
 * "… May 28, 2024 - 14:05 | World, All": the site's sections after a bar closing the time (Kyodo
 * News's header); a capitalised word or a few, between commas.
 */
const SECTIONS_AFTER_BAR =
  /(?<=\d:\d{2})\s+\|\s+\p{Lu}[\p{L}&'’ -]{1,20}(?:, \p{Lu}[\p{L}&'’ -]{1,20}){0,3}$/u;
/** "Jakarta ● ": a dateline place and a bullet before a site's date and time. */
const PLACE_BULLET_PREFIX = /^\p{Lu}[\p{L}.'’ -]{1,30}?\s+[●•]\s+/u;
/**
 * "2023-09-26T14:05:00Z", "2024-04-03T08:15:00+08:00", "2024-04-03T08:15:00 UTC": an ISO timestamp, as
 * feeds and CMS exports write it, maybe with a zone's name after it.
 */
const ISO_TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?)?$/;
/** "à 11h40", "18.05 Uhr", "5.42pm", "kl 16.05": a clock written without a colon (loose-date.ts reads it). */
const CLOCK_WITHOUT_COLON = /\dh\d{2}|\d\.\d{2}\s*(?:uhr|[ap]\.?m)|\bkl\.?\s?\d{1,2}\.\d{2}/i;
/** "Published: 2024-04-03T08:15:00Z": a label before a timestamp. */
const TIMESTAMP_LABEL = /^(?:published|updated|posted|issued)(?: on)?:?\s+/i;

/**
 * " 13:36, 4 October 2023", "October 4, 2023, 1:36 pm", "04.10.2023 | 13:36", "2023-10-04T13:36:00Z"
 * → {time: "13:36", date: "2023-10-04"}; else null. The time is as written (no time zone conversion).
 */
export function parseTimeLine(text: string): { time: string; date: string } | null {
  if (isClosingStamp(text)) return null;
  const line = withoutPostedBy(text);
  const exact = exactTimeLine(line);
  if (exact || line.length > LOOSE_DATE_LINE) return exact;
  if (!line.includes(':') && !CLOCK_WITHOUT_COLON.test(line)) return null;
  const loose = looseDateLine(line) ?? looseWithoutLabel(line);
  return loose?.time ? { date: loose.date, time: loose.time } : null;
}

/**
 * "Updated - July 30, 2024 11:42 am IST - WAYANAD": a page's label and the place after the date are
 * two names too many for the loose date line; without the label, the place alone is set apart.
 */
function looseWithoutLabel(line: string): LooseDate | null {
  const bare = withoutDateLabel(line);
  return bare === line ? null : looseDateLine(bare);
}

function exactTimeLine(line: string): { time: string; date: string } | null {
  // Cheap exit: the reader asks this of every short line, and a time has a colon (or, in British
  // papers' style, a full stop: "Tue 3 Dec 2024 23.42 GMT").
  if (!line.includes(':'))
    return line.length <= 48 ? (dottedTime(line) ?? hourLetterTime(line) ?? advisoryTime(line)) : null;
  let text = withoutDateLabel(line)
    .trim()
    .replace(SECTION_BEFORE_MONTH, '')
    .replace(UPDATED_SUFFIX, '')
    .replace(PLACE_BULLET_PREFIX, '')
    .replace(SECTION_SUFFIX, '');
  // (Patterns unanchored at the start run only on the lines that hold what they look for.)
  if (text.includes('day') || text.includes('DAY')) text = text.replace(WEEKDAY_AFTER_YEAR, '');
  if (text.includes(' | ')) text = text.replace(SECTIONS_AFTER_BAR, '');
  if (text.length > 48) return null;
  // "July 7, 20213:47 PM ET": a page that sets its date and time apart copies without the space.
  if (!isDigitCode(text.charCodeAt(0)) && GLUED_YEAR_CLOCK.test(text))
    return exactTimeLine(text.replace(GLUED_YEAR_CLOCK, '$1 '));
  const labelled = (text.charCodeAt(0) | 32) === 112 || (text.charCodeAt(0) | 32) === 117; // "p", "u"
  let m = ISO_TIMESTAMP.exec(labelled ? text.replace(TIMESTAMP_LABEL, '') : text);
  if (m) return timed(exactDateLine(m[1]!), m[2]!, m[3]!, undefined);
  m = TIME_FIRST.exec(text);
  if (m) return timed(exactDateLine(m[4]!), m[1]!, m[2]!, m[3]);
  m = TIME_LAST.exec(text);
  if (m) return timed(monthFirstInAmericanZone(m[1]!, m[5]) ?? exactDateLine(m[1]!), m[2]!, m[3]!, m[4]);
  return null;
}

/**
 * "07/09/24 11:32 AM ET", "7/9/2024 5:12 PM EDT": a time in an American zone says the numeric date
 * before it is written month first, as American sites write it; null for any other date or zone.
 */
function monthFirstInAmericanZone(date: string, zone: string | undefined): string | null {
  if (zone === undefined || !AMERICAN_ZONE.test(zone)) return null;
  const text = date.trim();
  const m = NUMERIC.exec(text) ?? NUMERIC_SHORT_YEAR.exec(text);
  return m ? isoDate(fullYear(Number(m[4])), Number(m[1]), Number(m[3])) : null;
}

/**
 * Eastern, Central, Mountain, Pacific, Alaska and Hawaii time (capitals only); not "CST", which is
 * China's standard time as well.
 */
const AMERICAN_ZONE = /^(?:ET|EDT|EST|CT|CDT|MT|MDT|MST|PT|PDT|PST|AKDT|AKST|HST)$/;

/**
 * "World Jul 7, 2021 8:14 AM EDT": the site's section (a word or two, capitalised) before a month's
 * short name, as PBS NewsHour's pages print it above the time.
 */
const SECTION_BEFORE_MONTH =
  /^\p{Lu}[\p{L}&]{2,15}(?: \p{Lu}[\p{L}&]{2,15})? (?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2}, \d{4})/u;

/** "14 October 2022, Friday 16:40": the weekday written between the date and the time (bianet's order). */
const WEEKDAY_AFTER_YEAR =
  /(?<=\d{4}),?\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?=,?\s+\d{1,2}[:.]\d{2})/i;

/** A month's name, the day and a comma, the year, and a clock glued to it ("July 7, 20213:47 PM ET"). */
const GLUED_YEAR_CLOCK = /^(\p{L}{3,9}\.? \d{1,2}, \d{4})(?=\d{1,2}:\d{2}\b)/u;

/**
 * "Today, 2:15 pm", "Yesterday at 18:40": how a news site shows the time of a recent item, pasted into
 * a digest the day it was copied. The day is counted back from the digest's own date.
 */
export function parseRelativeTimeLine(line: string): { time: string | null; daysBack: number } | null {
  if (line.length > 40) return null;
  const m = RELATIVE_TIME.exec(line.trim());
  if (!m) return agoLine(line);
  const clock = timed('-', m[2]!, m[3]!, m[4]);
  return clock ? { time: clock.time, daysBack: m[1]!.toLowerCase() === 'yesterday' ? 1 : 0 } : null;
}

/**
 * "3 hours ago", "2 days ago", "45 mins ago": a page's age of the item, alone on its line (the BBC's
 * pages print it under the title): the days back, no clock.
 */
function agoLine(line: string): { time: null; daysBack: number } | null {
  if (!line.endsWith('ago') && !line.trimEnd().endsWith('ago')) return null;
  const m = AGO_LINE.exec(line.trim());
  if (!m) return null;
  return { time: null, daysBack: /^d/i.test(m[2]!) ? Number(m[1]) : 0 };
}

const AGO_LINE = /^(\d{1,2})\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\s+ago$/i;

const RELATIVE_TIME =
  /^(today|yesterday)(?:,|\s+at|\s*[|·•])?\s+(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i;

/** "Tue 3 Dec 2024 23.42 GMT", "3 December 2024 9.05am": a date in words, then the time with a full stop. */
function dottedTime(line: string): { time: string; date: string } | null {
  const text = line.trim();
  // The time's full stop stands two figures before the end or before a short zone or "am"/"pm".
  const dot = text.lastIndexOf('.');
  if (dot < 0 || text.length - dot > 10 || !isDigitCode(text.charCodeAt(dot + 1))) return null;
  const m = DOTTED_TIME.exec(text);
  return m ? timed(exactDateLine(m[1]!), m[2]!, m[3]!, m[4]) : null;
}

const DOTTED_TIME =
  /^(.*?[A-Za-z].*?\d{4}),?\s+(\d{1,2})\.(\d{2})\s*([ap]m)?(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2})?)?$/i;

/**
 * "20 avril 2021 · 16h55", "26.jan.2019 às 18h30": French and Portuguese sites write the hour and the
 * minutes around an "h", after a dot, a bar or the word for "at".
 */
function hourLetterTime(line: string): { time: string; date: string } | null {
  // The "h" stands three characters from the end: a cheap test before any copy or pattern.
  let end = line.length - 1;
  while (end >= 0 && line.charCodeAt(end) <= 32) end--;
  if (end < 11 || (line.charCodeAt(end - 2) | 32) !== 104) return null;
  const m = HOUR_LETTER_TIME.exec(line.trim());
  return m ? timed(exactDateLine(m[1]!), m[2]!, m[3]!, undefined) : null;
}

const HOUR_LETTER_TIME = /^(.*?\d{4}),?\s+(?:[·•|–—-]\s+|(?:à|às|a las|alle|um)\s+)?(\d{1,2})[hH](\d{2})$/u;

/**
 * "200 PM EDT Mon Sep 02 2019", "1100 AM AST Tue Sep 03 2019": the time of a weather service's
 * advisory or bulletin, the hour and minutes written together, then the zone, weekday, month, day, year.
 */
function advisoryTime(line: string): { time: string; date: string } | null {
  // A figure first and "M" (of "AM", "PM") at the sixth or seventh character: cheap tests first.
  if (line.length < 24 || !isDigitCode(line.charCodeAt(0))) return null;
  if (line.charCodeAt(5) !== 77 && line.charCodeAt(6) !== 77 && line.charCodeAt(4) !== 77) return null;
  const text = line.trim();
  if (text.length > 32) return null;
  const m = ADVISORY_TIME.exec(text);
  return m ? timed(exactDateLine(`${m[4]} ${m[5]} ${m[6]}`), m[1]!, m[2]!, m[3]) : null;
}

const ADVISORY_TIME =
  /^(\d{1,2})(\d{2}) ([AP]M) [A-Z]{3,4} (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) (\d{1,2}) (\d{4})$/;

function timed(date: string | null, h: string, minutes: string, meridiem: string | undefined) {
  let hours = Number(h);
  const pm = meridiem?.toLowerCase().startsWith('p');
  if (meridiem && hours === 12) hours = pm ? 12 : 0;
  else if (pm) hours += 12;
  if (!date || hours > 23 || Number(minutes) > 59) return null;
  return { time: `${String(hours).padStart(2, '0')}:${minutes}`, date };
}

/**
 * A line of only separator characters: "----", "* * *", "=====", and the box-drawing rules newsletters
 * and PDFs draw ("━━━━", "────", "════", "―――").
 */
export function isSeparatorLine(line: string): boolean {
  const text = line.trim();
  return text.length >= 3 && SEPARATOR_CHARS.test(text) && SEPARATOR_MARK.test(text);
}

/** Box-drawing horizontals: light, heavy, double, dashed; and the horizontal bar U+2015. */
const SEPARATOR_CHARS = /^[-=*_~#·•—–―─━═┄┅┈┉╌╍\s]+$/;
const SEPARATOR_MARK = /[-=*_~#—–―─━═┄┅┈┉╌╍]/;

/** A line that is only a URL (checked without allocating: the reader asks it of every line). */
export function isUrlLine(line: string): boolean {
  let start = 0;
  while (start < line.length && line.charCodeAt(start) <= 32) start++;
  if (!line.startsWith('http', start)) return false;
  if (!line.startsWith('://', start + 4) && !line.startsWith('s://', start + 4)) return false;
  let end = line.length;
  while (end > start && line.charCodeAt(end - 1) <= 32) end--;
  for (let i = start; i < end; i++) if (line.charCodeAt(i) <= 32) return false;
  return true;
}

/** A bullet line ("• …", "* …", "- …", "– …") → its text; else null. */
export function bulletText(line: string): string | null {
  const m = /^\s*[•*·▪◦‣–-]\s+(.*\S)\s*$/.exec(line);
  return m ? m[1]! : null;
}

// Letters of any alphabet's Latin extensions: "Zielińska", "Łukasz Sowa", "Ştefan Dumitru".
// ("D'Emilio", "O'Brien", "N'Diaye": a letter and an apostrophe before the capital.)
const NAME_WORD =
  /^(?:(?:\p{Lu}['’])?\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)*|\p{Lu}\.|(?:\p{Lu}\.){2,3}|\p{Lu}\p{Ll}?\p{Lu}\p{Ll}+|de|van|von|der|al|el|bin|da|di|la|le)$/u;

/**
 * "Anna Kovalenko", "Thomas de Waal", "J. Smith", "K.A. Shaji": two to five words shaped like a
 * personal name (initials may be run together, as South Asian papers write them).
 */
export function looksLikePersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  // "By Rédaction" is a byline line, not a person called By.
  if (/^by$/i.test(words[0]!)) return false;
  if (!/^\p{Lu}/u.test(words[0]!) || !/^\p{Lu}/u.test(words[words.length - 1]!)) return false;
  return words.every((w) => NAME_WORD.test(w));
}

/**
 * "By Anna Kovalenko" / "BY A, B AND C" / "By A and B" / "Written by Anna Kovalenko" → the names in
 * title case; else null. ("Reporting by …" is a wire's credit line, part of the body, not a byline.)
 */
export function parseByline(line: string): string[] | null {
  if (line.length > 160 || !opensWithBy(line)) return null;
  const m = BYLINE.exec(ITALIAN_BY.test(line) ? line.replace(ITALIAN_BY, 'By ') : line);
  if (!m) return null;
  // "By Anna Kovalenko, Reuters" / "By Anna Kovalenko in Goris" / "By Anna Kovalenko (Goris)": the
  // outlet and place are not names.
  // "By Jane Doe | Valley Courier": what follows a bar is the outlet or the desk, not a name.
  // "By Dan Collyns in Lima and Tom Phillips in Rio de Janeiro": each writer's place goes.
  // "By Dana Levi/The Media Line": the outlet after a slash. "By Dr. Amir Rahimi": the title goes.
  const parts = m[1]!
    // "By Pacific affairs reporter Lice Movono": the writer's post before the name goes.
    .replace(POST_BEFORE_NAME, '')
    // "By Mike Bolton mbolton@example.com": the writer's address is no name.
    .replace(/\s+\S+@\S+\.\S+$/, '')
    // "By: Marisol Dizon - Reporter / @INQUIRERdotnet": the site's handle and the post after a dash.
    .replace(/\s*\/\s*@[\w.]+$/, '')
    .replace(POST_AFTER_DASH, '')
    .replace(/\s*\|.*$/, '')
    .replace(/\s*\([^()]*\)$/, '')
    // (After a name of two words or more: not an acronym's own slash, "By RFE/RL's Georgian Service".)
    .replace(/(?<=\s\S+)\s*\/\s*\p{Lu}[^/]*$/u, '')
    // ("Por Ana López y Juan Pérez", "di Marco Rossi e Anna Bini": "and" in the site's language.)
    .split(/\s*[,|]\s*|\s+[Aa][Nn][Dd]\s+|\s+(?:y|e|et|und)\s+|\s*&\s*/)
    // ("By Aïcha Hassane, in N'Djamena": the place may stand after a comma of its own.)
    .map((name) => name.replace(/(?:^|\s+)(?:in|for|at)\s+[A-Z][\p{L}' -]*$/u, '').trim())
    .map((name) => name.replace(HONORIFIC, ''))
    .filter(Boolean);
  // "By HT Correspondent, Kolkata": a newsroom's credit and the place it files from name no one.
  if (parts.length > 1 && isNewsroomCredit(parts[0]!) && parts.slice(1).every(isPostOrPlace)) return [];
  // "By Sarah Rainsford, Eastern Europe correspondent, Kyiv": after a name, the writer's post and
  // the place she files from are no names.
  const credited = looksLikePersonName(parts[0] ?? '')
    ? parts.filter((part, k) => k === 0 || !isPostOrPlace(part))
    : parts.filter((part, k) => k === 0 || !endsLikeMasthead(part));
  // "By Reuters Staff" is a byline line without a person in it.
  const names = credited.filter((name) => !isNewsroomCredit(name)).map(titleCaseName);
  if (parts.length > 0 && names.length === 0) return [];
  // "Author: Granma | internet@granma.cu": a page's author field naming its own site names no one.
  if (names.length === 1 && AUTHOR_LABEL.test(line) && ONE_NAME.test(names[0]!)) return [];
  return names.length > 0 && names.every(looksLikePersonName) ? names : null;
}

const HONORIFIC = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+(?=\p{Lu})/u;
const AUTHOR_LABEL = /^\s*(?:author|autor|auteur)s?\s*:/i;
/** One capitalised word ("Granma", "Cubadebate"): a site's name, no person's. */
const ONE_NAME = /^\p{Lu}[\p{L}\d.-]*$/u;

/** "Eastern Europe correspondent", "senior editor", "Kyiv": a writer's post or one word naming a place. */
function isPostOrPlace(part: string): boolean {
  return /^\p{Lu}[\p{L}'’-]+$/u.test(part) || WRITER_POST.test(part) || endsLikeMasthead(part);
}

const WRITER_POST =
  /^[\p{L} '’-]{0,40}\b(?:correspondent|editor|reporter|writer|analyst|producer|columnist|contributor|journalist|spokesperson|spokesman|spokeswoman)$/iu;

/**
 * "Environment Correspondent", "News reporter", "Contributor", "CTVNews.ca Writer": a line that only
 * gives a writer's post (a site's name may open it).
 */
export function isWriterPostLine(line: string): boolean {
  const text = line.trim();
  return text.length <= 50 && (WRITER_POST.test(text) || SITE_WRITER_POST.test(text));
}

/** "CTVNews.ca Writer": a site's host name, then the post. Group: the host. */
const SITE_WRITER_POST =
  /^([\w-]+(?:\.[\w-]+)*\.[a-z]{2,4})\s+(?:writer|reporter|correspondent|editor|staff)$/iu;

/** "CTVNews.ca Writer" → "CTVNews.ca": the site a writer's post line names, or null. */
export function siteOfWriterPost(line: string): string | null {
  return SITE_WRITER_POST.exec(line.trim())?.[1] ?? null;
}
// ("By Pedro Vilela - Agência Brasil reporter - Brasília": the place the writer files from may follow.)
const POST_AFTER_DASH =
  /\s+[-–—]\s+[\p{L} '’-]{0,40}\b(?:correspondent|editor|reporter|writer|analyst|producer|columnist|contributor)(?:\s+[-–—]\s+\p{Lu}[\p{L}'’-]*(?: (?:de |do |da )?\p{Lu}[\p{L}'’-]*){0,2})?$/iu;
/** A post in lower case, up to four words, before the writer's name ("political correspondent"). */
const POST_BEFORE_NAME =
  /^(?:\p{L}[\p{L}'’-]*\s+){0,3}(?:correspondent|editor|reporter|writer|analyst|producer|columnist|contributor)\s+(?=\p{Lu}\p{Ll})/u;

/**
 * "By …", "Written by: …", "By: …" (the Inquirer's colon), the same word in Spanish, Portuguese and
 * French ("Por Lesly Ordóñez", "Par Jean Dupont"), and a page's label "Author: …" ("Autor:",
 * "Auteur :"; the colon required). Group: what follows it.
 */
const BYLINE = /^\s*(?:(?:written\s+)?(?:by|por|par)(?:\s*:)?|(?:author|autor|auteur)s?\s*:)\s+(.+?)\s*$/i;
/** "di Marco Imarisio": Italian "by", in lower case only ("Di Maio …" opens a title), before a capital. */
const ITALIAN_BY = /^\s*di\s+(?=\p{Lu}\p{Ll})/u;
/** The byline's word opening a field ("By …", "Por …"). */
const BY_FIRST_WORD = /^(?:by|por|par)\s/i;

/** "By …", "BY …", "Written by …": a cheap test before the byline's pattern, asked of many lines. */
function opensWithBy(line: string): boolean {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) <= 32) i++;
  // (Other white space, U+2000 and the like, is left to the pattern.)
  const first = line.charCodeAt(i) | 32;
  const second = line.charCodeAt(i + 1) | 32;
  // ("Por …", "Par …": a Spanish, Portuguese or French site's byline.)
  const porOrPar = first === 112 && (second === 111 || second === 97);
  // ("di Marco Imarisio": an Italian site's byline, "di" in lower case before a capitalised name.)
  if (line.charCodeAt(i) === 100 && line.charCodeAt(i + 1) === 105 && ITALIAN_BY.test(line)) return true;
  return (
    line.charCodeAt(i) > 127 ||
    (first === 98 && second === 121) ||
    (first === 119 && second === 114) ||
    (first === 97 && second === 117) ||
    porOrPar
  );
}

/**
 * The known outlet a byline credits, when it credits one: "By Nadim Saleh, Reuters", "By AP Staff",
 * "By Jane Doe for Al Jazeera" → "Reuters", "AP", "Al Jazeera".
 */
export function bylineOutlet(line: string): string | null {
  if (line.length > 160) return null;
  const m = BYLINE.exec(line);
  if (!m) return null;
  // ("By Yang Mien-chieh / Staff reporter": a spaced slash sets the writer's post apart, as a comma would.)
  const parts = m[1]!.split(/\s*[,|]\s*|\s+\/\s+|\s+and\s+|\s*&\s*|\s+(?:for|of)\s+/i);
  for (const part of parts) {
    const known = knownOutlet(part) ?? knownOutlet(part.replace(NEWSROOM_WORD, '')) ?? outletFirst(part);
    if (known) return known;
  }
  const own = ownNewsroom(parts[0]!);
  if (own) return own;
  // "By Rafael Díaz, Primera Hora", "By staff, El Nuevo Día": a masthead after the writer.
  const last = parts[parts.length - 1]!;
  return parts.length === 2 && /,/.test(m[1]!) && endsLikeMasthead(last) ? last.trim() : null;
}

/**
 * Words that end a newsroom's or an outlet's name, never a person's: "Reuters Staff", "Beirut
 * Newsdesk", "Staff Reporter", "Editorial Team", "ABC News", "Nation Media".
 */
/**
 * "Redacción Soy502", "HT Correspondent", "Click2Houston.com staff", "The Hindu Bureau", "KHOU 11 Staff":
 * an outlet's own newsroom credited, the outlet's name before or after the newsroom's word; null for a
 * person's credit ("Jane Doe, staff writer") or a post ("Our Correspondent", "Special Correspondent").
 */
function ownNewsroom(credit: string): string | null {
  const text = credit.trim();
  if (text.length > 50) return null;
  const first = NEWSROOM_FIRST.test(text) ? text.replace(NEWSROOM_WORD_FIRST, '') : null;
  const name = first ?? (OWN_NEWSROOM_WORD.test(text) ? text.replace(OWN_NEWSROOM_WORD, '') : null);
  if (!name || name.split(/\s+/).length > 3 || !/^[\p{Lu}\d]/u.test(name) || CREDIT_POST.test(name))
    return null;
  return looksLikePersonName(name) && !endsLikeMasthead(name) && !/^The\s/.test(name) ? null : name;
}

/**
 * The newsroom's word after an outlet's name ("KHOU 11 Staff", "HT Correspondent", "Dawn Report"); an
 * army's "General Staff" or "Joint Staff" is no newsroom.
 */
const OWN_NEWSROOM_WORD =
  /(?<!\b(?:general|joint))\s+(?:staff(?: writers?| reporters?)?|correspondents?|reporters?|desk|newsdesk|news desk|web desk|bureau|team|report)$/i;
/** The newsroom's word before the outlet's ("Redacción Soy502"). */
const NEWSROOM_WORD_FIRST =
  /^(?:r[ée]daction|redacci[óo]n|reda[çc][ãa]o|redaktion|redazione|newsroom|newsdesk)\s+/i;
/** A writer's post or a credit's adjective, no outlet's name ("Our", "Special", "Senior", "Staff"). */
const CREDIT_POST =
  /^(?:our|special|senior|chief|political|diplomatic|foreign|legal|city|own|staff|local|regional|a|an|by|news)(?:\s|$)/i;

const NEWSROOM_WORD =
  /\s+(?:staff|reporters?|correspondents?|writers?|desk|newsdesk|newsroom|team|bureau|editors|board|services?|news|times|agency|media|tv|radio|network|online|report)$/i;
const NEWSROOM_FIRST =
  /^(?:r[ée]daction|redacci[óo]n|reda[çc][ãa]o|redaktion|redazione|newsroom|newsdesk)\s+\S/i;
/** A newsroom credit on its own: "Rédaction", "Newsroom", "Agencies", "The Editors". */
const NEWSROOM_CREDIT =
  /^(?:(?:la |the )?(?:staff|correspondents?|reporters?|agencies|news agencies|wires?|wire services?|newsroom|newsdesk|news desk|web desk|desk|editors|editorial|editorial (?:team|board|staff)|team|bureau)|(?:la )?r[ée]daction|redacci[óo]n|reda[çc][ãa]o|redaktion|redazione)$/i;

/**
 * A credit to a newsroom or an agency, not to a person ("By Reuters Staff", "Author: Rédaction"):
 * such a byline line names no author.
 */
export function isNewsroomCredit(name: string): boolean {
  const text = name.trim();
  if (NEWSROOM_CREDIT.test(text) || knownOutlet(text) !== null) return true;
  // "Redacción Infobae", "Rédaction Le Monde": the newsroom word first, then the outlet's name.
  if (NEWSROOM_FIRST.test(text)) return true;
  if (outletFirst(text)) return true;
  const bare = text.replace(NEWSROOM_WORD, '');
  return bare !== text && (bare.split(/\s+/).length <= 3 || knownOutlet(bare) !== null);
}

/** "BBC Great Lakes", "Reuters Africa": an outlet's name as it writes it, then its desk or region. */
function outletFirst(credit: string): string | null {
  // ("RFE/RL's Georgian Service": the outlet's name in the possessive.)
  const first = credit
    .trim()
    .split(/\s+/)[0]!
    .replace(/['’]s$/, '');
  const outlet = knownOutlet(first);
  return outlet && (first === outlet || (first.length >= 3 && first === first.toUpperCase())) ? outlet : null;
}

/** "ANNA KOVALENKO" → "Anna Kovalenko"; names already in mixed case are kept as written. */
export function titleCaseName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '…', '"', "'", '”', '’', '»', ')', ']']);

/** Ends like a sentence (or a quote, or an introduction to one). */
export function endsLikeSentence(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && line.charCodeAt(i) <= 32) i--;
  return i >= 0 && SENTENCE_END.has(line[i]!);
}

/** Every word capitalised (short function words aside): "A False Friend in Moscow". */
export function isTitleCase(line: string): boolean {
  const words = line.trim().split(/\s+/);
  const minor = /^(a|an|the|and|or|of|in|on|at|to|for|by|with|from|as|is|its|vs\.?)$/i;
  return words.every((w, i) => /^[\p{Lu}\d“"‘'(]/u.test(w) || (i > 0 && minor.test(w)));
}

/** Words in a line, counting no further than `limit` (lines can be megabytes long). */
export function wordCount(line: string, limit = Number.POSITIVE_INFINITY): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length && count <= limit; i++) {
    const space = line.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
