// Datelines open the first paragraph of wire and agency copy. We move them out of the text into
// `dateline` (the place) and keep the agency they credit, which names the outlet when a digest doesn't.
import { monthNumber } from './lines.js';
import { knownOutlet } from './outlets.js';

export interface DatelineMatch {
  /** "YEREVAN"; null for a credit without a place ("Oct 4 (Reuters) –"). */
  place: string | null;
  /** "Reuters", "AP", "ARMENPRESS". */
  agency: string | null;
  /** Month and day in the dateline, when given. */
  month: number | null;
  day: number | null;
  /** Length of the prefix to remove from the paragraph, trailing spaces included. */
  length: number;
}

/**
 * "YEREVAN", "BOGOTÁ", "LONDON/PARIS", "HÀ NỘI": a place in capitals, as wires write datelines. Any
 * upper-case letter counts (Vietnamese and other scripts' capitals lie beyond Latin-1), so the
 * patterns below carry the `u` flag.
 */
const PLACE = String.raw`\p{Lu}[\p{Lu}.'’/ -]*\p{Lu}`;
/** "Herat", "Tel Aviv", "Rio de Janeiro": a place in title case, as AFP and some papers write it. */
const TITLE_CASE_PLACE = String.raw`\p{Lu}[\p{Ll}'’-]+(?: (?:(?:de|del|da|do|dos|des|du|es|el|al|la|le|of|on|upon|sur|am|an) )?\p{Lu}[\p{Ll}'’-]+){0,3}`;
const REGION = String.raw`\p{Lu}[\p{L}.'’ -]+`;
const MONTH_DAY = String.raw`([A-Za-z]{3,9}\.?) (\d{1,2})`;
const DAY_MONTH = String.raw`(\d{1,2}) ([A-Za-z]{3,9}\.?)`;
/** A dash after a credit: one, two ("--", Kyodo) or three ("---", Pacnews) of them. */
const DASH = String.raw`\s*[–—-]{1,3}\s*`;

/** "24.kg", "akipress.kg": a news site that signs with its domain name. */
const SITE_NAME = String.raw`[\p{L}\d][\p{L}\d-]*\.[a-z]{2,3}`;

// "YEREVAN, OCTOBER 4, ARMENPRESS." (agency house style: place, month day, agency, full stop), and the
// same credit in the styles of other agencies of the region: "Baku, October 5, AZERTAC." (the place in
// title case), "BAKU, Azerbaijan, October 5. Trend:" (a region, a full stop, the agency and a colon).
// An agency of two or three words is written in capitals ("CARACAS, JULY 29, PRENSA LATINA."): in
// title case, words before a full stop may open a sentence ("Mr Biden."). Latin American agencies add a
// hyphen after the full stop ("LA PAZ, June 27, ABI.-"); European offices put the day first and may
// write their name in four words ("PARIS, 9 SEPTEMBER, PRÉSIDENCE DE LA RÉPUBLIQUE."), an army its
// acronym before its staff ("BAMAKO, 17 SEPTEMBER, FAMa GENERAL STAFF."), a news site its domain
// ("BISHKEK, January 5, 24.kg."). Groups: place,
// month, day (or day, month), separator after the date, agency, mark after the agency; checked by
// isAgencyStyleCredit.
const AGENCY_STYLE = new RegExp(
  String.raw`^(${PLACE}|${TITLE_CASE_PLACE})(?:, \p{Lu}[\p{L}.'’ -]+)?, (?:${MONTH_DAY}|${DAY_MONTH})([.,]) (${SITE_NAME}|[A-Z][A-Za-z-]+|\p{Lu}{2,}\p{Ll}?(?: \p{Lu}{2,}){1,3})([.:])-?\s*`,
  'u',
);
// "Nakhchivan, September 25, AZERTAC On September 25, …": the same credit with its full stop left
// out, read only for an agency sitrep knows, in capitals. Groups: place, month, day, agency.
const AGENCY_STYLE_NO_STOP = new RegExp(
  String.raw`^(${PLACE}|${TITLE_CASE_PLACE}), ${MONTH_DAY}, (\p{Lu}{3,}) (?=\p{Lu})`,
  'u',
);
// "ASTANA. KAZINFORM – …" (Kazinform's style: the place, a full stop, the agency in capitals, a dash).
const PLACE_DOT_AGENCY = new RegExp(
  String.raw`^(${PLACE})\. (\p{Lu}{3,}(?: \p{Lu}{2,})?)${DASH}(?=\p{Lu})`,
  'u',
);
// "MOSCOW, June 7. /TASS/." (TASS house style: the agency between slashes), Agerpres's "Bucharest,
// Sept. 16 /Agerpres/ - …" (the place in title case, no full stop after the date, a dash), and
// Montsame's "Ulaanbaatar /MONTSAME/. …" (no date at all).
const SLASHED_AGENCY = new RegExp(
  String.raw`^(${PLACE}|${TITLE_CASE_PLACE})(?:, ${MONTH_DAY}\.?)? /([A-Z][A-Za-z-]+)/(?:\.|${DASH})?\s*`,
  'u',
);
/** The slash closing an agency's name, then a full stop or a dash. */
const AGENCY_CLOSED = /\/(?:\.|\s*[–—-])/;
// "Baku / 11.11.20 / Turan:" (Turan's house style: place, numeric date and agency between slashes,
// then a colon). Groups: place, day, month, agency.
const SLASHED_NUMERIC_DATE = new RegExp(
  String.raw`^(${PLACE}|${TITLE_CASE_PLACE})\s?/\s?(\d{1,2})\.(\d{1,2})\.(?:\d{2}|\d{4})\s?/\s?([A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+){0,2})\s?:\s*`,
  'u',
);
// "MOSCOW, 7 Aug - RIA Novosti." (RIA's house style: day first, the agency after a dash)
const AGENCY_AFTER_DASH = new RegExp(
  String.raw`^(${PLACE}), (\d{1,2}) ([A-Za-z]{3,9}\.?)${DASH}([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\.\s+`,
  'u',
);
// "MOSCOW, Oct 4 (Reuters) –", "GORIS, Armenia, Sept 28 (Reuters) –", "YEREVAN, Armenia (AP) —", "Oct 4 (Reuters) –",
// and in title case "Herat (AFP) –", "Beirut, Sept 18 (AFP) -", "Goma (DR Congo) (AFP) -" (the place is
// then checked by isWireCredit). Groups: place, region, (region), month, day, agency.
// The date may carry its year: "MAMOUDZOU, Dec 15, 2024 (AFP) -"; Interfax puts a full stop after the
// place: "MOSCOW. Dec 26 (Interfax) –". Ukrainian agencies put the day first: "Kyiv, 10 July (UNIAN) –",
// Lusa its year after the day: "Lisbon, 24 Dec 2024 (Lusa) –"; a paper credits itself: "Maputo, 25 Dec (O País) –".
// Andina closes its credit with a full stop and no dash: "Lima, Jun. 27 (ANDINA). Peru's …".
// EFE closes its credit with a full stop before the dash: "La Paz, 27 jun (EFE).-"; APP with a colon:
// "THATTA, Jun 15 (APP): Sindh's …".
// Groups: place, region, (region), month, day, day (day first), month (day first), agency.
const WIRE_STYLE = new RegExp(
  String.raw`^(?:(${PLACE}|${TITLE_CASE_PLACE})(?:, (${REGION})| \((${REGION})\))?[,.]? )?(?:(?:${MONTH_DAY}|(\d{1,2}) ([A-Za-z]{3,9}\.?))(?:,? \d{4})? )?\((\p{L}[\p{L} .&/-]{0,30})\)(?:\.?${DASH}|[.:]\s+(?=\p{Lu}))`,
  'u',
);
// "Wayanad (Kerala), July 30 (PTI) Massive landslides …" (PTI's style: the state in brackets, the date,
// the agency in brackets and no dash); ENA writes the year after a slash: "Addis Ababa, July 22/2024
// (ENA) The …", and an agency of two words is as short: "Havana, Jun 10 (Prensa Latina) The …".
// Groups: place, month, day, agency.
const AGENCY_NO_DASH = new RegExp(
  String.raw`^(${PLACE}|${TITLE_CASE_PLACE})(?: \(${REGION}\))?, ${MONTH_DAY}(?:\/\d{4})? \(([A-Z][A-Za-z]{1,11}(?: [A-Z][A-Za-z]{1,11})?)\)\s+(?=\p{Lu})`,
  'u',
);
// "KINGSTOWN, St Vincent, Jul 2, CMC —" (a regional agency's style: its name after the date, then a
// dash), maybe with the year and a name joined by a hyphen: "DUSHANBE, June 11, 2025, Asia-Plus --".
// Groups: place, region, month, day, agency.
const AGENCY_BEFORE_DASH = new RegExp(
  `^(${PLACE})(?:, (${REGION}))?, ${MONTH_DAY},(?: \\d{4},)? ([A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)?(?: [A-Z][A-Za-z]+)?)${DASH}`,
  'u',
);
/** "Asia-Plus", "Kabar-Press": an agency's name of two capitalised parts joined by a hyphen. */
const HYPHENED_NAME = /^[A-Z][A-Za-z]+-[A-Z][A-Za-z]+$/;
// "CHARLOTTE, N.C.--(BUSINESS WIRE)--", "ASHEVILLE, N.C., Sept. 30, 2024 /PRNewswire/ --": a press
// release distributor's credit after the issuer's place (its state or country, maybe the date), in
// brackets between double dashes or between slashes. Groups: place, region, month, day, agency (either).
const RELEASE_WIRE = new RegExp(
  String.raw`^(${PLACE})(?:, (${REGION}?))?(?:, ${MONTH_DAY},? \d{4})?\s*(?:--\((\p{Lu}[\p{Lu} ]{2,30})\)--|/(\p{L}[\p{L} ]{2,30})/\s*[–—-]{1,3})\s*`,
  'u',
);
// "YEREVAN, Oct 4 –", "NAY PYI TAW, 15 May —" (day first) or "YEREVAN —" with no agency credit,
// or "ABU DHABI // " with two slashes (The National's house style).
// Groups: place, region, month, day, day (day first), month (day first).
// The dash is no hyphen inside a name in capitals ("SAINT-LOUIS: …" is a place and a colon).
const PLACE_ONLY = new RegExp(
  String.raw`^(${PLACE})(?:, (${REGION}))?(?:, (?:${MONTH_DAY}|(\d{1,2}) ([A-Za-z]{3,9}\.?)))?(?:${DASH}|\s+\/\/\s+)(?!\p{Lu}{2})`,
  'u',
);
// "Cochabamba – Former president …" (a paper's house style: the place in title case and a spaced en or
// em dash, a capital after it; a hyphen would join words). Groups: place.
// "Beirut, Lebanon – Hezbollah said …": a one-word country after a comma is the place's, not read.
const TITLE_CASE_PLACE_DASH = new RegExp(
  String.raw`^(${TITLE_CASE_PLACE})(?:, \p{Lu}[\p{Ll}'’-]+)? [–—] (?=\p{Lu})`,
  'u',
);
// "La Paz, Bolivia CNN — …", "WASHINGTON CNN —": CNN's style, its name after the place without
// brackets; "Tehran, IRNA – …" with a comma, as IRNA's English service writes it. Read only for an
// outlet sitrep knows. Groups: place, region, outlet.
const OUTLET_AFTER_PLACE = new RegExp(
  String.raw`^(${PLACE}|${TITLE_CASE_PLACE})(?:, (${TITLE_CASE_PLACE}))?,? ([A-Z][A-Za-z]{1,11})${DASH}(?=\p{Lu})`,
  'u',
);
// "Beijing, 7 January 2025 – …", "GENEVA, January 7, 2025 — …", "Abuja, 17 September 2024. The …"
// (a press release's style: the place in either case and the full date with its year, then a dash,
// a full stop or a colon). Groups: place, day, month (day first),
// month, day (month first).
const PLACE_FULL_DATE = new RegExp(
  String.raw`^(${PLACE}|${TITLE_CASE_PLACE})(?:/(?:${PLACE}|${TITLE_CASE_PLACE}))?, (?:(\d{1,2}) ([A-Za-z]{3,9}\.?) \d{4}|${MONTH_DAY},? \d{4})(?:${DASH}|[.:]\s+)(?=\p{Lu})`,
  'u',
);
// "BAKU, Azerbaijan, September 28. The ministry…" (Trend's style when it leaves out its credit: the
// place in capitals, a region, the date and a full stop before the first sentence). Groups: place,
// region, month, day.
const PLACE_DATE_STOP = new RegExp(
  String.raw`^(${PLACE})(?:, (${REGION}))?, ${MONTH_DAY}\.\s+(?=[\p{Lu}"“])`,
  'u',
);
// "ISLAMABAD: The death toll…" (the South Asian press's house style), also with the day: "HALDWANI, 8
// Feb: Violence …". Groups: place, region, month and day (MONTH_DAY) or day and month (DAY_MONTH).
const PLACE_COLON = new RegExp(
  `^(${PLACE})(?:, (${REGION}))?(?:, (?:${MONTH_DAY}|${DAY_MONTH}))?:\\s+(?=[A-Z“"])`,
  'u',
);
// "New Delhi: The ministry…", "Tehran, 20 May: President…" (the same style in title case). A quotation
// after the colon is a speaker's, not a place's: "Guterres: “…”", and so are words in the first
// person: "Biden: We will stand with…". Groups: place, day, month.
const TITLE_CASE_PLACE_COLON = new RegExp(
  String.raw`^(${TITLE_CASE_PLACE})(?:, (\d{1,2}) ([A-Za-z]{3,9}\.?))?:\s+(?=[A-Z])(?!(?:I|I'm|We|We're|Our|My|Us|Let's)\b)`,
  'u',
);

/**
 * What every pattern above needs at the start: a place (either case) and right after it a mark (a
 * comma, full stop, colon, slash, bracket or dash, or spaces and then a bracket, slash or dash), an
 * outlet's name and a dash (OUTLET_AFTER_PLACE), or a date and a bracket (WIRE_STYLE); or, with no
 * place, WIRE_STYLE's date or bracket. A place in title case can end after any of its words, and the
 * patterns that allow one tried every ending each, a microsecond or two apiece: a paragraph of prose
 * ("Rescuers searched the rubble …") fails this one test instead of sixteen patterns (15 µs).
 */
const MAY_HOLD_DATELINE = new RegExp(
  String.raw`^(?:(?:${PLACE}|${TITLE_CASE_PLACE})(?:[,.:/(–—-]|\s+[(/–—-]|\s[A-Z][A-Za-z]{1,11}\s*[–—-]|\s[A-Za-z]{3,9}\.? \d|\s\d{1,2} [A-Za-z])|[A-Za-z]{3,9}\.? \d|\d{1,2} [A-Za-z]|\()`,
  'u',
);

/** Finds a dateline at the very start of a paragraph; null when the paragraph has none. */
export function matchDateline(paragraph: string): DatelineMatch | null {
  const head = paragraph.slice(0, 120);
  if (!MAY_HOLD_DATELINE.test(head)) return null;
  let m = AGENCY_STYLE.exec(head);
  if (m && isAgencyStyleCredit(m)) return found(m, m[1]!, m[7]!, m[2] ?? m[5], m[3] ?? m[4]);
  m = AGENCY_STYLE_NO_STOP.exec(head);
  if (m && monthNumber(m[2]!) && isPlaceWord(m[1]!.toUpperCase()) && knownOutlet(m[4]!))
    return found(m, m[1]!, m[4]!, m[2], m[3]);
  m = SLASHED_AGENCY.exec(head);
  // Without a date, only an agency in capitals closed by a full stop or a dash ("Ulaanbaatar /MONTSAME/.").
  if (
    m &&
    (m[2]
      ? monthNumber(m[2])
      : isAllCaps(m[4]) && AGENCY_CLOSED.test(m[0]) && isPlaceWord(m[1]!.toUpperCase()))
  )
    return found(m, m[1]!, m[4]!, m[2], m[3]);
  m = SLASHED_NUMERIC_DATE.exec(head);
  if (m && isPlaceWord(m[1]!.toUpperCase()) && Number(m[3]) >= 1 && Number(m[3]) <= 12)
    return { place: m[1]!, agency: m[4]!, month: Number(m[3]), day: Number(m[2]), length: m[0].length };
  m = PLACE_DOT_AGENCY.exec(head);
  if (m && isPlaceWord(m[1]!) && isPlaceWord(m[2]!)) return found(m, m[1]!, m[2]!, undefined, undefined);
  m = AGENCY_AFTER_DASH.exec(head);
  if (m && monthNumber(m[3]!) && knownOutlet(m[4]!)) return found(m, m[1]!, m[4]!, m[3], m[2]);
  m = AGENCY_BEFORE_DASH.exec(head);
  if (m && monthNumber(m[3]!) && (isAgencyName(m[5]!) || HYPHENED_NAME.test(m[5]!)))
    return found(m, m[1]!, m[5]!, m[3], m[4]);
  m = RELEASE_WIRE.exec(head);
  if (m && isPlaceWord(m[1]!) && (!m[3] || monthNumber(m[3])))
    return found(m, m[1]!, m[5] ?? m[6]!, m[3], m[4]);
  m = WIRE_STYLE.exec(head);
  if (m) {
    const month = m[4] ?? m[7];
    const day = m[5] ?? m[6];
    // "(Bloomberg) -- …": a credit alone opens the text only when it names an outlet sitrep knows.
    const placed = m[1] || month || knownOutlet(m[8]!) !== null;
    // A paper's name in brackets opens a sentence after the dash: "Hamas (Islamic Resistance
    // Movement) – a group …" is a name and its gloss.
    const credited =
      isWireCredit(m[8]!) || (PAPER_CREDIT.test(m[8]!) && /^\p{Lu}/u.test(head.slice(m[0].length)));
    // "Smith (UN): We must…" is a speaker and a quotation: a colon closes a credit only after a date
    // or a place in capitals.
    const colonClosed = m[0].trimEnd().endsWith(':') && !month && !isAllCaps(m[1]);
    if (placed && !colonClosed && (!month || monthNumber(month)) && (isAllCaps(m[1]) || credited))
      return found(m, m[1] ?? null, m[8]!, month, day);
  }
  m = OUTLET_AFTER_PLACE.exec(head);
  // ("Damascus, SANA-The ministry …": after a place in title case and a comma, an agency's initials
  // are credit enough; after one in capitals they may be a region's: "FAJAR.CO.ID, BONE --".)
  const initials =
    m !== null && ACRONYM.test(m[3]!) && head.charCodeAt(m[1]!.length) === 44 && !isAllCaps(m[1]);
  if (m && (knownOutlet(m[3]!) || initials) && isPlaceWord(m[1]!.toUpperCase()))
    return found(m, m[1]!, m[3]!, undefined, undefined);
  m = AGENCY_NO_DASH.exec(head);
  if (m && monthNumber(m[2]!) && isAgencyName(m[4]!)) return found(m, m[1]!, m[4]!, m[2], m[3]);
  m = PLACE_FULL_DATE.exec(head);
  if (m && isPlaceWord(m[1]!.toUpperCase()) && monthNumber(m[3] ?? m[4]!))
    return found(m, m[1]!, null, m[3] ?? m[4], m[2] ?? m[5]);
  m = PLACE_ONLY.exec(head);
  if (m && isPlaceWord(m[1]!)) {
    const month = m[3] ?? m[6];
    const day = m[4] ?? m[5];
    if (!month || monthNumber(month)) return found(m, m[1]!, null, month, day);
  }
  m = TITLE_CASE_PLACE_DASH.exec(head);
  if (m && isPlaceWord(m[1]!.toUpperCase()) && !SENTENCE_OPENERS.has(m[1]!))
    return found(m, m[1]!, null, undefined, undefined);
  m = PLACE_DATE_STOP.exec(head);
  if (m && isPlaceWord(m[1]!) && monthNumber(m[3]!)) return found(m, m[1]!, null, m[3], m[4]);
  m = PLACE_COLON.exec(head);
  if (m && isPlaceWord(m[1]!)) {
    const month = m[3] ?? m[6];
    if (!month || monthNumber(month)) return found(m, m[1]!, null, month, m[4] ?? m[5]);
  }
  m = TITLE_CASE_PLACE_COLON.exec(head);
  if (m && isPlaceWord(m[1]!.toUpperCase()) && (!m[3] || monthNumber(m[3])))
    return found(m, m[1]!, null, m[3], m[2]);
  return null;
}

/** The match as the reader uses it; month and day only where the dateline gives them. */
function found(
  m: RegExpExecArray,
  place: string | null,
  agency: string | null,
  month: string | undefined,
  day: string | undefined,
): DatelineMatch {
  return {
    place,
    agency,
    month: month ? (monthNumber(month) ?? null) : null,
    day: day ? Number(day) : null,
    length: m[0].length,
  };
}

/**
 * Whether an AGENCY_STYLE match credits an agency. A place in title case is followed by an agency in
 * capitals ("Baku, October 5, AZERTAC."), and after a full stop the agency ends with a colon or is in
 * capitals ("October 5. Trend:"): "Kyiv, October 5, Ukraine." and "LONDON, May 5. Markets fell." are
 * sentences.
 */
function isAgencyStyleCredit(m: RegExpExecArray): boolean {
  const [, place, monthFirst, , , dayFirstMonth, separator, agency, mark] = m as unknown as string[];
  const month = monthFirst ?? dayFirstMonth;
  if (!monthNumber(month!) || !isPlaceWord(place!.toUpperCase())) return false;
  const capitals = agency === agency!.toUpperCase() && agency!.length >= 2;
  if (place !== place!.toUpperCase() && !capitals) return false;
  if (separator === '.' && mark !== ':' && !capitals) return false;
  return !(mark === ':' && agency!.includes(' '));
}

/** "SANA", "IRNA": an agency's initials, three to six capitals. */
const ACRONYM = /^[A-Z]{3,6}$/;

/** An agency named without parentheses: one it knows, or an acronym ("CMC", "IANS"). */
function isAgencyName(agency: string): boolean {
  return /^[A-Z]{2,6}$/.test(agency) || knownOutlet(agency) !== null;
}

function isAllCaps(place: string | undefined): boolean {
  return place === undefined || place === place.toUpperCase();
}

/**
 * A title-case word before "(…) –" is a place only when the parentheses credit a news agency: "Herat
 * (AFP) –" is a dateline, "Hezbollah (the Party of God) – …" is a sentence. An agency credit is one
 * short word ("AFP", "Kyodo", "dpa") or an outlet sitrep knows.
 */
function isWireCredit(agency: string): boolean {
  return /^[A-Za-z][A-Za-z-]{1,11}$/.test(agency) || knownOutlet(agency) !== null;
}

/** "O País", "La Nación": a paper's name of two or three capitalised words, which credits its own copy. */
const PAPER_CREDIT = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,2}$/u;

// Capitalised openers that are labels, not places: "BREAKING –", "UPDATE —".
const NOT_PLACES = new Set([
  'BREAKING',
  'BREAKING NEWS',
  'UPDATE',
  'UPDATED',
  'EXCLUSIVE',
  'WATCH',
  'LIVE',
  'ANALYSIS',
  'OPINION',
  'NOTE',
  "EDITOR'S NOTE",
  'EDITOR’S NOTE',
  'WARNING',
  'CORRECTION',
  'CLARIFICATION',
  'SUMMARY',
  'BACKGROUND',
  'CONTEXT',
  'COMMENT',
  'EXPLAINER',
  'PHOTOS',
  'VIDEO',
  'READ',
  'QUOTE',
  'SOURCE',
  'SOURCES',
]);

/** Words that open a sentence before a dash without being a place: "Meanwhile – …", "Yesterday — …". */
const SENTENCE_OPENERS = new Set([
  'Meanwhile',
  'However',
  'Yesterday',
  'Today',
  'Tonight',
  'Tomorrow',
  'Now',
  'Then',
  'Still',
  'Also',
  'Instead',
  'Finally',
  'First',
  'Second',
  'Third',
  'Again',
  'Worse',
  'Update',
  'Note',
]);

function isPlaceWord(word: string): boolean {
  return word.replace(/\P{Lu}/gu, '').length >= 3 && !NOT_PLACES.has(word);
}

/**
 * "GAZA CITY" or "HATAY" alone on the first line of a body (Anadolu's house style): the dateline on
 * a line of its own. One to four words in capitals, nothing else.
 */
export function loneDatelinePlace(line: string): string | null {
  const text = line.trim();
  if (text.length > 40 || !/^[A-Z][A-Z.'’ -]*[A-Z]$/.test(text) || text.split(/\s+/).length > 4) return null;
  // "WAR IN SUDAN" is a kicker, not a place.
  if (/\b(?:IN|OF|THE|AND|ON|FOR|TO|A|AT|WITH)\b/.test(text)) return null;
  return isPlaceWord(text) ? text : null;
}
