// The last try at a header's date line, after every exact form in lines.ts has failed: a short line
// that holds a date somewhere and nothing else but what a news page prints around one (labels such
// as "Issued on:" or "Modified:", clocks and zones, weekdays, "2 min read", a section or the agency's
// name set apart by a separator). Pages copied from a browser glue their fields together
// ("09/09/2023September 9, 2023", "02:15Modified: 09/09/2023", "GMT+1Updated 2 hours ago"), so
// the date is looked for anywhere rather than matched as the whole line.

import { foreignMonth, foreignMonthAlternatives } from './months.js';

/** Foreign months' names and short names (months.ts), as a pattern's alternatives. */
const FOREIGN = foreignMonthAlternatives();
/** The English short name the exact forms read, by month number (1-12). */
const ENGLISH_MONTHS = [
  '',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** A date line and the clock after its first date, if any ("HH:MM", 24-hour). */
export interface LooseDate {
  date: string;
  time: string | null;
  /** Whether a name stays beside the date (an outlet's, a section's, set apart by a separator). */
  named: boolean;
}

/** The exact parser of one date ("September 9, 2023" → "2023-09-09"), passed in to avoid an import cycle. */
export type ExactDate = (text: string) => string | null;

const MONTH_NAME = `(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|${FOREIGN})[a-zçéû]*\\.?`;

/**
 * A cheap test before looseDate: a month's name (English or foreign) next to a figure, or a numeric
 * date, somewhere in the line. Most short lines with a year in them ("Title (2024)") have neither.
 */
export const MAY_HOLD_DATE = new RegExp(
  `(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|${FOREIGN})[a-zçéû]*\\.?\\s*\\d|\\d(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|${FOREIGN})|\\d[-/.]\\d{1,2}[-/.]\\d`,
  'i',
);

/**
 * A found date as the exact parser reads it: "12 de julio de 2023" → "12 Jul 2023", "24 Des 2023" →
 * "24 Dec 2023", "Sep.6,2022" → "Sep 6, 2022"; ordinals dropped.
 */
function inEnglish(found: string): string {
  return found
    .replace(/(?<=\d)(?:st|nd|rd|th|er)\b/i, '')
    .replace(/\s+de\s+/gi, ' ')
    .replace(/(?<=\p{L})\.(?=\d)/u, ' ')
    .replace(/,(?=\d)/, ', ')
    .replace(/\p{L}+/gu, (word) => {
      const month = foreignMonth(word);
      return month ? ENGLISH_MONTHS[month]! : word;
    });
}

/**
 * One date written in full, with its year: month first, day first, ISO, or numeric. The year may be
 * glued to what follows ("20244:12 PM"), and the day or month to what precedes ("2023September").
 */
const DATE_SOURCES = [
  `${MONTH_NAME}\\s*\\d{1,2}(?:st|nd|rd|th)?,?\\s*\\d{4}`,
  `\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?${MONTH_NAME},?\\s+(?:de\\s+)?\\d{4}`,
  '\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?!\\d)',
  '\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}',
];
const DATES = new RegExp(`(?<![\\p{L}\\d])(?:${DATE_SOURCES.join('|')})`, 'giu');

/** A figure glued to a capital ("2023September", "02:15Modified", "GMT+1Updated"): a space between. */
const GLUED_FIELD = /(?<=\d)(?=\p{Lu})/gu;

/**
 * A clock: "4:12 PM", "18:40", "01:15:30", "11h40" (French), "18.05 Uhr" and "5.42pm" (a dot only
 * before the hour's word, or a date's figures would read as one), "kl 16.05" (Scandinavian, a dot
 * after the word for o'clock); "19: 47", a space after the colon, as Prothom Alo prints its times.
 */
const CLOCK =
  /(?<![\d.])(\d{1,2})(?:: ?|h(?=\d{2})|\.(?=\d{2}\s*(?:uhr|[ap]\.?m))|(?<=\bkl\.?\s?\d{1,2})\.(?=\d{2}\b))(\d{2})(?::\d{2})?\s*(?:([ap]\.?m\.?)|h\b|uhr\b)?/gi;

/**
 * What a page prints around its date, removed before the rest is judged: labels, relative times,
 * reading times, weekdays, time zones (an offset may follow: "GMT+1").
 */
const DECORATION = new RegExp(
  [
    '\\b(?:first |last )?(?:published|updated|modified|posted|issued|released|input)(?: on| at)?\\b',
    // The same labels in Spanish and Portuguese, and the word before the clock ("Publicado el 12 de
    // julio de 2023 a las 20:15h", "Atualizado em 3 de maio de 2024 às 10h05").
    '\\b(?:publicad[oa]|actualizad[oa]|atualizad[oa])(?: el| em)?\\b',
    '(?<![\\p{L}])(?:a las|às)(?![\\p{L}])',
    // The same in French, German and Italian ("Publié le 30/06/2024 à 22:14, mis à jour le …",
    // "Le 1 juillet 2024 à 12h15", "Aktualisiert am 03.06.2024, 18.05 Uhr", "Pubblicato il … alle 9:10").
    '(?<![\\p{L}])(?:publi[ée]e?|mise? à jour|modifi[ée]e?|actualis[ée]e?|ver[öo]ffentlicht|aktualisiert|pubblicato|aggiornato)(?: (?:le|am|il))?(?![\\p{L}])',
    '(?<![\\p{L}])(?:à|um|alle|ore)(?![\\p{L}])',
    // The same in Swedish, Danish, Norwegian and Dutch, and the word before their clock ("Publicerad
    // tisdag 10 juni 2025 kl 16.05", "Gepubliceerd 5 maart 2025 om 09:14").
    '(?<![\\p{L}])(?:publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|gepubliceerd|bijgewerkt)(?![\\p{L}])',
    '(?<![\\p{L}])om(?![\\p{L}])',
    '(?<![\\p{L}])kl\\.?(?:\\s?\\d{1,2}[.:]\\d{2})?(?![\\p{L}\\d])',
    '\\b(?:m[aå]ndag|tisdag|tirsdag|onsdag|torsdag|fredag|l[öø]rdag|s[öø]ndag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\b',
    '^le(?=\\s)',
    // A zone spelled out ("06:15 PM Eastern Daylight Time").
    '\\b(?:eastern|central|mountain|pacific|atlantic|greenwich mean)(?: (?:standard|daylight))? time\\b',
    // Weekdays in Indonesian and Spanish ("Minggu, 24 Des 2023", "jueves 13 de julio").
    '\\b(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\\b',
    // ("Date: Thu, Mar 7, 2024 at 8:01 AM" is a labelled field: an e-mail's or a form's, read as such.)
    '\\b(?:on|at)\\b(?=\\s*[:\\d])',
    '\\b\\d{1,3}\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\\s+ago\\b',
    '\\b\\d{1,2}\\s*min(?:ute)?s?\\.?\\s+(?:to\\s+)?read\\b',
    // A page's counters ("0 Views", "1,204 reads"), and the machine-readable stamps some pages print
    // beside the date ("2024-07-09T00:07:36+00:00": the "T" and the offset, once the date is out).
    '\\b\\d[\\d,.]*\\s*(?:views?|reads?|comments?|shares?)\\b',
    '(?<![\\p{L}\\d])T(?=\\d{2}:\\d{2})',
    '(?<=\\d)[+-]\\d{2}:\\d{2}(?![\\d:])',
    // A newsletter's number beside its date ("Thursday, 27 March 2025 · Issue No. 88", "Issue 45"); not
    // a bare "No. 4", which a report's title carries ("Flash Update No. 4 (30 April 2024)").
    '(?<![\\p{L}])(?:issue|edition)\\s*(?:no\\.?\\s*|#\\s*)?\\d{1,5}(?!\\d)',
    // "… at 2:14 pm (Paris)": the place whose time it is, in brackets at the end.
    '\\(\\p{Lu}[\\p{L} ]{1,24}\\)$',
    '\\b(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\b\\.?',
    '(?<![\\p{L}])(?:GMT|UTC|[ECMP][SD]?T|IST|JST|KST|WAT|EAT|CAT|SAST|BST|CES?T|EES?T|MSK|AEST|AEDT|HKT|SGT|PKT|WIB|WITA|WIT|ICT|AST|ET|PT)(?:[+-]\\d{1,2}(?::?\\d{2})?)?(?![\\p{L}])',
  ].join('|'),
  'giu',
);

const UPDATE_FIRST = /^(?:last\s+)?(?:updated|modified)\b/i;

/** Characters that set a page's fields apart. */
const SEPARATORS = /[|·•●–—\-/,:()[\]]+/g;
/**
 * A separator between the date's part of the line and a name kept beside it ("KYODO NEWS - May 26"),
 * or the gap of a page's columns copied as spaces ("Local News  12/06/2024 14:35").
 */
const FIELD_BREAK = /\s[|·•●–—-]\s|\s[|·•●]|[|·•●]\s|[\p{L}.]\s{2,}\d/u;

/**
 * "All News 16:21 September 07, 2022": a section's name, then the clock and the date, the clock
 * setting the name apart as a separator would.
 */
const NAME_THEN_CLOCK = /^\p{Lu}[\p{L}&'’.]*(?: \p{Lu}[\p{L}&'’.]*){0,2} \d{1,2}:\d{2} /u;

/** Longer lines are sentences or titles, not a page's date line. */
const MAX_LINE = 90;

/**
 * The date (and clock) of a short header line that holds one among a page's usual decoration; null
 * for anything else. A name may stay beside the date when a separator sets it apart and it is at
 * most three capitalised words ("KYODO NEWS - May 26, 2024 - 18:40 | World"): a title that merely
 * ends in a date ("Flood of 12 May 2024 kills 3") keeps lower-case words and fails.
 */
export function looseDate(line: string, exact: ExactDate): LooseDate | null {
  if (line.length > MAX_LINE || !/\d{4}/.test(line)) return null;
  const text = line.trim().replace(GLUED_FIELD, ' ');
  // "Last updated: 4 March 2025, 16:05" alone may close an article as well as open one: the exact
  // forms and the header rules decide (a page's first date is its publication, not its update).
  if (UPDATE_FIRST.test(text)) return null;
  if (/[.!?]["”’]?$/.test(text) && !/\b(?:a\.?m|p\.?m)\.$/i.test(text)) return null;
  const found = [...text.matchAll(DATES)];
  const first = found[0];
  if (!first) return null;
  const date = exact(inEnglish(first[0]));
  if (!date) return null;
  // The dates blanked out, offsets kept: a year glued to a clock ("20244:12 PM") leaves the clock.
  const undated = text.replace(DATES, (date) => ' '.repeat(date.length));
  const clock = clockAfter(undated, first.index! + first[0].length) ?? clockAfter(undated, 0);
  const residue = undated.replace(DECORATION, ' ').replace(CLOCK, ' ').replace(SEPARATORS, ' ').trim();
  if (residue === '') return { date, time: clock, named: false };
  const setApart = FIELD_BREAK.test(text) || NAME_THEN_CLOCK.test(text);
  // "04 June 2024 10:21 am - 0     - 1234": the page's counts of comments and views after the date.
  if (setApart && COUNTS.test(residue)) return { date, time: clock, named: false };
  return isSetApartName(residue) && setApart ? { date, time: clock, named: true } : null;
}

/** Bare figures only, as a page's counters leave them once the date, the clock and the separators are gone. */
const COUNTS = /^\d{1,7}(?:\s+\d{1,7}){0,2}$/;

/** The first clock at or after `from`, as "HH:MM" (24-hour). */
function clockAfter(text: string, from: number): string | null {
  for (const m of text.matchAll(CLOCK)) {
    if (m.index! < from) continue;
    let hours = Number(m[1]);
    const meridiem = m[3]?.toLowerCase();
    if (meridiem?.startsWith('p') && hours < 12) hours += 12;
    if (meridiem?.startsWith('a') && hours === 12) hours = 0;
    if (hours > 23 || Number(m[2]) > 59) return null;
    return `${String(hours).padStart(2, '0')}:${m[2]}`;
  }
  return null;
}

/** At most two names of at most three words each, every word capitalised ("KYODO NEWS World"). */
function isSetApartName(residue: string): boolean {
  const words = residue.split(/\s+/);
  return words.length <= 4 && words.every((word) => /^[\p{Lu}&][\p{L}&'’.]*$/u.test(word));
}
