// Numbers that are not figures: years, dates, times, ages, durations, phone numbers, codes and
// anaphoric counts ("the two countries"). Each rule looks only at the number and its close context.

import type { NumberMatch } from '../numbers.js';
import { currencyAfter } from './currencies.js';
import { measureAfter } from './measures.js';
import { MONTH, TIME_UNIT } from './units.js';

// The word just before or after a number, looked for within 30 characters, across spaces and commas.
// Plain scans: an end-anchored regex would retry from every position of the window.
const GAP = /[\s,]/;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Letters plus the dots and apostrophes a word may hold before a number ("No.", "Gov't"). */
const isWordChar = (c: number) => isLetter(c) || c === 46 || c === 39 || c === 0x2019;

export function wordBefore(text: string, at: number): string {
  const floor = Math.max(0, at - 30);
  let end = at;
  while (end > floor && GAP.test(text[end - 1]!)) end--;
  let start = end;
  while (start > floor && isWordChar(text.charCodeAt(start - 1))) start--;
  while (start < end && !isLetter(text.charCodeAt(start))) start++;
  return text.slice(start, end);
}

export function wordAfter(text: string, at: number): string {
  const ceiling = Math.min(text.length, at + 30);
  let start = at;
  while (start < ceiling && GAP.test(text[start]!)) start++;
  if (start >= ceiling || !isLetter(text.charCodeAt(start))) return '';
  let end = start + 1;
  while (end < ceiling && (isLetter(text.charCodeAt(end)) || text.charCodeAt(end) === 46)) end++;
  // A full stop after the word ends the sentence ("in the past 24 hours."), unless the word is an
  // abbreviation with dots inside ("U.S.").
  if (text.charCodeAt(end - 1) === 46 && !text.slice(start, end - 1).includes('.')) end--;
  return text.slice(start, end);
}

/** True when the number is a year, a date, a time, an age, a duration, a phone number, a code or a share. */
export function isNotAFigure(text: string, n: NumberMatch): boolean {
  return (
    isYear(n) ||
    isDatePart(text, n) ||
    isTime(text, n) ||
    isAge(text, n) ||
    isDuration(text, n) ||
    isPhoneOrCode(text, n) ||
    isAnaphoric(text, n) ||
    isMagnitude(text, n) ||
    isTemperature(text, n) ||
    isPrefixed(text, n) ||
    isNumberedName(text, n) ||
    isMakersModel(text, n) ||
    isRatio(text, n)
  );
}

/** "one in five homes", "1 in 3 children": a share, not a count of five homes. */
function isRatio(text: string, n: NumberMatch): boolean {
  return /\b(?:one|two|three|four|\d+)\s+in\s+$/i.test(text.slice(Math.max(0, n.start - 12), n.start));
}

/**
 * "Interstate 40", "Route 66", "Flight 370", "Resolution 2334", "Reactor 4": a capitalised noun that
 * numbers roads, gates, flights, texts and units makes the number part of a name.
 */
function isNumberedName(text: string, n: NumberMatch): boolean {
  if (n.words) return false;
  const before = wordBefore(text, n.start);
  // The word, one space, the number: "Route 66", not "the route, 66 …".
  if (text[n.start - 1] !== ' ' || text.slice(n.start - 1 - before.length, n.start - 1) !== before)
    return false;
  return (
    NUMBERED_NOUNS.has(before) ||
    isCallSign(text, n, before) ||
    isModelNumber(text, n, before) ||
    isBroadcasterName(text, n, before) ||
    isStockIndexName(text, n, before)
  );
}

/**
 * "the BIST 100 index", "the FTSE 100", "the S&P 500 fell": a stock index named with the number of
 * its shares. A capitalised name then "index" after the number, or a name that is nothing but such
 * an index.
 */
function isStockIndexName(text: string, n: NumberMatch, before: string): boolean {
  if (STOCK_INDEX_NAMES.has(before) || /\bS&P\s$/.test(text.slice(Math.max(0, n.start - 5), n.start)))
    return true;
  return /^\p{Lu}[\p{L}&]*$/u.test(before) && INDEX_AFTER.test(text.slice(n.end, n.end + 20));
}

const STOCK_INDEX_NAMES = new Set('FTSE Nikkei DAX CAC IBEX STOXX Stoxx ASX Nifty BIST MOEX'.split(' '));
const INDEX_AFTER = /^\s+(?:share\s+|stock\s+|equity\s+)?(?:index|indices|benchmark)\b/i;

/** "the Gabon 24 channel", "France 24 television": a name, then a number, then what it broadcasts on. */
function isBroadcasterName(text: string, n: NumberMatch, before: string): boolean {
  return /^\p{Lu}/u.test(before) && BROADCAST_AFTER.test(text.slice(n.end, n.end + 16));
}

const BROADCAST_AFTER = /^\s+(?:channel|tv|television|radio)\b/i;

/**
 * Aircraft makers whose models are numbers ("Boeing 787", "Antonov 124", "Bell 212"); not a number
 * that ends a clause ("orders for 400 Airbus and 300 Boeing."), which counts the maker's planes.
 */
const MAKER_MODEL =
  /\b(?:Boeing|Airbus|Embraer|Bombardier|Cessna|Antonov|Ilyushin|Tupolev|Sukhoi|Sikorsky|Bell|Lockheed|Dassault|Gulfstream|ATR|Kamov|Mil Mi|Douglas)(?:['’]s)?[\s-]+[A-Z]?(\d{2,4})\b(?![.,;:](?:\s|$))/g;

/** "one of its 787 Dreamliner jets", "an Alaska Airlines 737 Max": a number before a model's name. */
const NAMED_MODEL = /\b(\d{3})\s+(?:Dreamliner|Max|MAX|Neo|Super Hornet|Stratotanker)\b/g;

let modelsText = '';
let models: ReadonlySet<string> = new Set();

/**
 * The model numbers a text writes after a maker's name (kept for the text last asked about). Read
 * with exec rather than matchAll, which copies the regex for every text: in a profile of the ingest
 * bench's extraction, making those copies, their iterators and the arrays spread into the set cost
 * several times what the two scans themselves did, for texts that nearly all name no model.
 */
function modelNumbers(text: string): ReadonlySet<string> {
  if (text !== modelsText) {
    modelsText = text;
    const found = new Set<string>();
    addFirstGroups(MAKER_MODEL, text, found);
    addFirstGroups(NAMED_MODEL, text, found);
    models = found;
  }
  return models;
}

/** Adds the first group of every match of a global regex (whose matches are never empty) to `into`. */
function addFirstGroups(pattern: RegExp, text: string, into: Set<string>): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) into.add(m[1]!);
}

/**
 * "An Air India Boeing 787-8 carrying 242 people", then "the 787 has had a strong record", "787
 * Dreamliner jets": once a text names a model after its maker, the number is that model wherever it
 * stands, and so is the variant after its hyphen ("-8").
 */
function isMakersModel(text: string, n: NumberMatch): boolean {
  if (n.words || n.start === 0) return false;
  const found = modelNumbers(text);
  if (found.size === 0) return false;
  if (found.has(text.slice(n.start, n.end))) return true;
  const variantOf = /(\d{2,4})-$/.exec(text.slice(Math.max(0, n.start - 5), n.start));
  return variantOf !== null && found.has(variantOf[1]!);
}

/**
 * "the Bell 212 helicopter", "a Boeing 737 jet": a maker's name, then a number before one machine,
 * is the model. Not at a sentence start ("About 40 jets"), where any word is capitalised.
 */
function isModelNumber(text: string, n: NumberMatch, before: string): boolean {
  if (!/^\p{Lu}\p{L}+$/u.test(before)) return false;
  const lead = text.slice(Math.max(0, n.start - before.length - 4), n.start - before.length - 1);
  return /[\p{Ll},]\s*$/u.test(lead) && MACHINE_AFTER.test(text.slice(n.end, n.end + 16));
}

const MACHINE_AFTER =
  /^\s+(?:helicopter|jet|aircraft|plane|airliner|rifle|tank|drone|missile|launcher|engine|truck|howitzer|bomber|fighter|model|series)\b/i;

/**
 * "WBAL-TV 11 will update this story", "KTLA 5 reported": a broadcaster's call sign in capitals,
 * then a number that counts nothing after it, is the station's channel.
 */
function isCallSign(text: string, n: NumberMatch, before: string): boolean {
  return /^[A-Z]{2,6}$/.test(before) && STATION_AFTER.test(text.slice(n.end, n.end + 24));
}

/** What follows a station's name: a verb of reporting or an auxiliary, or the end of a phrase. */
const STATION_AFTER =
  /^(?:\s*[.,;:)]|\s+(?:will|would|has|have|had|is|was|reported|reports|said|says|told|news|can|could)\b)/i;

const NUMBERED_NOUNS = new Set(
  'Interstate Highway Route Gate Terminal Flight Article Resolution Chapter Section Platform Building Block Ward Unit Reactor Sector Zone Phase Runway Exit Junction Line Pier Berth Track Channel Room Floor Hall Lane Camp Local Decree Precinct'.split(
    ' ',
  ),
);

/** "sub-zero temperatures", "non-zero", "post-2020": a prefix joined by a hyphen makes it a word. */
function isPrefixed(text: string, n: NumberMatch): boolean {
  return /\b(?:sub|non|near|pre|post|mid|anti)-$/i.test(text.slice(Math.max(0, n.start - 6), n.start));
}

/** "a magnitude 6.8 quake", "a 7.8-magnitude earthquake", "Category 5": a reading on a scale counts nothing. */
function isMagnitude(text: string, n: NumberMatch): boolean {
  if (n.words) return false;
  const before = wordBefore(text, n.start).toLowerCase();
  const after = wordAfter(text, text[n.end] === '-' ? n.end + 1 : n.end).toLowerCase();
  // "a Category 5 hurricane", "a level 4 alert": a rank on a scale, not a count.
  // "put its magnitude at 6.8", "a magnitude of 7 according to …": the scale named just before.
  if (MAGNITUDE_LINKED.test(text.slice(Math.max(0, n.start - 24), n.start))) return true;
  return (
    before === 'magnitude' ||
    before === 'category' ||
    before === 'level' ||
    after === 'magnitude' ||
    after === 'richter'
  );
}

/**
 * "minus 16 degrees Celsius (3 Fahrenheit)", "minus 16 C", "a 30-degree slope": a reading on a scale of
 * temperature or angle, like a magnitude, counts nothing.
 */
function isTemperature(text: string, n: NumberMatch): boolean {
  const after = text.slice(n.end, n.end + 14);
  if (/^(?:-|\s)?(?:degrees?|deg|°|celsius|fahrenheit|centigrade)\b|^\s?°/i.test(after)) return true;
  // "16 C", "-20C", "113F": a lone C or F after a number read as a temperature (not "Category C").
  return (
    /^\s?[CF]\b(?![-.]\w)/.test(after) &&
    /(?:minus|below|to|at|of|reached|hit|-)\s*$/i.test(text.slice(Math.max(0, n.start - 10), n.start))
  );
}

const MAGNITUDE_LINKED = /\bmagnitude\s+(?:of|at|was|is|as)\s+$/i;

export function isYear(n: NumberMatch): boolean {
  return !n.words && /^\d{4}$/.test(n.text) && n.value >= 1800 && n.value <= 2100;
}

function isDatePart(text: string, n: NumberMatch): boolean {
  if (n.words) return false;
  // "3/9" is a date, "1/4 mile" a measure.
  if (/\//.test(n.text)) return measureAfter(text, n.end) === null;
  return isMonthName(wordBefore(text, n.start)) || isMonthName(wordAfter(text, n.end));
}

/** A capitalised month name or abbreviation ("may" the verb is lower-case). */
function isMonthName(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 65 && first <= 90 && MONTH.test(word);
}

function isTime(text: string, n: NumberMatch): boolean {
  if (/^[:.]\d/.test(text.slice(n.end, n.end + 2)) && !n.text.includes('.')) return true;
  if (text[n.start - 1] === ':') return true;
  return /^(?:a\.?m\.?|p\.?m\.?|gmt|utc|cet|o'clock|hours?\s+(?:gmt|local))$/i.test(wordAfter(text, n.end));
}

function isAge(text: string, n: NumberMatch): boolean {
  if (/^(?:aged|age|ages)$/i.test(wordBefore(text, n.start))) return true;
  // "residents aged 37 and 52", "aged between eight and 14": the later ages of a list or range after "aged".
  if (AGES_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start))) return true;
  if (isAgeApposition(text, n)) return true;
  // "19,000 are over 65", "some older than 65": an age threshold, with no noun counted after it.
  const before = text.slice(Math.max(0, n.start - 24), n.start);
  if (AGE_THRESHOLD.test(before) && !NOUN_AFTER.test(text.slice(n.end, n.end + 24))) return true;
  return /^(?:-|\s)years?(?:-|\s)old\b/i.test(text.slice(n.end, n.end + 12));
}

/**
 * "Alejandro Fuentes, 35, of Dundalk": a whole number up to 110 set off by commas right after a
 * capitalised name is the person's age.
 */
function isAgeApposition(text: string, n: NumberMatch): boolean {
  if (n.words || !Number.isInteger(n.value) || n.value > 110) return false;
  // "Arman Sargsyan, 45, a teacher", "said one protester, Arman Sargsyan, 45." (not "7.5").
  if (!/^\s*(?:[,)]|\.(?!\d))/.test(text.slice(n.end, n.end + 3))) return false;
  const before = text.slice(Math.max(0, n.start - 40), n.start);
  const name = /(\p{Lu}[\p{L}'’-]+),\s*$/u.exec(before);
  return name !== null && !MONTH.test(name[1]!) && !WEEKDAY.test(name[1]!);
}

const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

const AGE_NUMBER = String.raw`(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)`;
const AGE_JOIN = String.raw`(?:,|\band\b|\bor\b|\bto\b|[-–])`;
/** "aged 37 and 52", "aged 18, 19 and 23", "aged between eight and 14", "aged 12 to 15", "aged 12-15". */
const AGES_BEFORE = new RegExp(
  String.raw`\b(?:aged|ages)\s+(?:between\s+|from\s+)?${AGE_NUMBER}(?:\s*${AGE_JOIN}\s*${AGE_NUMBER})*\s*${AGE_JOIN}\s*$`,
  'i',
);

/** "are over", "older than", "younger than": what comes before an age threshold. */
const AGE_THRESHOLD =
  /(?:\b(?:are|were|is|was|be|being|those|people|persons|children|aged)\s+(?:over|under|above|below)|\b(?:older|younger)\s+than)\s+$/i;

/** A word after a number that could be what it counts (not a verb or joining word). */
const NOUN_AFTER =
  /^\s+(?!(?:are|were|is|was|and|or|but|who|have|has|had|died|live|living|remain|make)\b)\p{L}/iu;

/** "30 years", "44-day war", "six weeks of fighting": a span of time, not a count. */
function isDuration(text: string, n: NumberMatch): boolean {
  const compound = /^-([A-Za-z]+)/.exec(text.slice(n.end, n.end + 16));
  if (compound?.[1]) return TIME_UNIT.test(compound[1]);
  return TIME_UNIT.test(wordAfter(text, n.end));
}

function isPhoneOrCode(text: string, n: NumberMatch): boolean {
  if (n.words) return false;
  const before = text.slice(Math.max(0, n.start - 4), n.start);
  // "+374", "F-16", "Su-25", "COVID-19", "No. 5", "#3": identifiers, not quantities.
  if (/[A-Za-z]-$|\+$|#$|\bNo\.?\s$/.test(before)) return true;
  // "the 3+3 format", "2+2 talks": a name made of numbers.
  if (/^\+\d/.test(text.slice(n.end, n.end + 2))) return true;
  // "the NDMA helpline 1700", "hotline number 112", "the hotline at 555-0199": a number to call.
  if (LINE_TO_CALL.test(text.slice(Math.max(0, n.start - 24), n.start))) return true;
  // "… at 555-0199": the digits after the hyphen are the same number's.
  const head = GROUP_BEFORE_DASH.exec(text.slice(Math.max(0, n.start - 8), n.start));
  if (
    head &&
    LINE_TO_CALL.test(text.slice(Math.max(0, n.start - head[0].length - 24), n.start - head[0].length))
  )
    return true;
  const around = text.slice(Math.max(0, n.start - 12), n.end + 12);
  return /\d{2,4}[-. ]\d{2,4}[-. ]\d{2,4}/.test(around) && /\d[-.]\d/.test(around) && !/,\d{3}/.test(n.text);
}

const GROUP_BEFORE_DASH = /\d{2,5}-$/;
const LINE_TO_CALL =
  /\b(?:helplines?|hotlines?|(?:helpline|hotline|toll-free|emergency|phone|telephone)\s+numbers?|dial(?:led|ing)?)\s+(?:on\s+|at\s+)?$/i;

/** "the two countries", "both sides": a reference back to things already named, not a new count. */
function isAnaphoric(text: string, n: NumberMatch): boolean {
  // "the 33 million people affected", "the two million displaced": a count, whatever comes before it.
  if (!n.words || /^\d/.test(n.text) || n.value >= 1000) return false;
  // "the six-mile trip" is a measure, whatever comes before it ("one foot in the door" is not).
  if (text[n.end] === '-' && measureAfter(text, n.end)) return false;
  // "the five-sided meeting" counts its parties even after "the".
  if (/^-(?:sided|way|party|nation|member|power)\b/i.test(text.slice(n.end, n.end + 10))) return false;
  const before = wordBefore(text, n.start).toLowerCase();
  // "his two sons", "their three children": a family counted, told for the first time.
  if (/^(?:his|her|their)$/.test(before) && KIN_AFTER.test(text.slice(n.end, n.end + 16))) return false;
  // "the nine steps recommended by the Commission", "the two articles that remained open", "the two
  // remaining articles": a clause that says which ones tells them for the first time.
  // Not in apposition to names just given ("Russia and Iran, the two powers that border the route").
  if (
    before === 'the' &&
    RESTRICTED_AFTER.test(text.slice(n.end, n.end + 60)) &&
    !/,\s*the\s+$/i.test(text.slice(Math.max(0, n.start - 8), n.start))
  )
    return false;
  if (/^(?:the|these|those|its|their|his|her|our|your|my|both|all|every|each|no|any|another)$/.test(before))
    return true;
  // "one of its goals", "one another", "one day", "one side": "one" as a pronoun or determiner, but
  // "one penny", "a one-yen bid" are amounts.
  if (n.value === 1)
    return (
      currencyAfter(text, n.end) === null &&
      !isOneCasualty(text, n) &&
      !isOneOfThoseCounted(text, n) &&
      !isOneInAList(text, n) &&
      !isOneHeld(text, n)
    );
  return false;
}

/**
 * "The new format has one mediator", "only one hospital": "one" after "has" or "only" counts the noun
 * after it, unless the noun makes an idiom ("has one foot in", "only one way").
 */
function isOneHeld(text: string, n: NumberMatch): boolean {
  if (!/^(?:has|have|had|only|just)$/i.test(wordBefore(text, n.start))) return false;
  const noun = /^\s+([a-z]+)\b/.exec(text.slice(n.end, n.end + 24))?.[1];
  return noun !== undefined && /[a-z]{3,}/.test(noun) && !ONE_IDIOM_NOUNS.has(noun);
}

const ONE_IDIOM_NOUNS = new Set(
  'day time way side thing point hand foot eye another other more of and or in to the who that which'.split(
    ' ',
  ),
);

/**
 * "Seven people were injured, the minister said, one of them by gunfire": after a comma, one of the
 * people a count earlier in the sentence counted.
 */
function isOneOfThoseCounted(text: string, n: NumberMatch): boolean {
  if (!/^\s+of\s+(?:them|whom)\b/.test(text.slice(n.end, n.end + 12))) return false;
  const before = text.slice(Math.max(0, n.start - 160), n.start);
  if (!/,\s*$/.test(before)) return false;
  const sentence = before.slice(before.search(/[^.!?]*$/));
  return /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\s+(?:[a-z-]+\s+){0,2}?(?:people|persons|civilians|children|soldiers|protesters|officers|workers|residents|victims|wounded|injured|dead)\b/i.test(
    sentence,
  );
}

/** "18 Filipinos and one Greek": the last of a list of counts by nationality or kind, not a pronoun. */
function isOneInAList(text: string, n: NumberMatch): boolean {
  const before = text.slice(Math.max(0, n.start - 40), n.start);
  if (COUNT_THEN_AND.test(before) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(n.end, n.end + 4))) return true;
  // "two in the Jeseník area and one near Opava": counts told by where they are.
  return (
    PLACED_COUNT_THEN_AND.test(before) && /^\s+(?:in|near|at|on|from)\s/.test(text.slice(n.end, n.end + 8))
  );
}

const PLACED_COUNT_THEN_AND =
  /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))[\d,]*\s+(?:in|near|at|on|from)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+,?\s+and\s+$/iu;

const COUNT_THEN_AND =
  /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))[\d,]*\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+,?\s+and\s+$/iu;

const RESTRICTED_AFTER =
  /^\s+(?:remaining\s+[a-z]|(?:[a-z-]+\s+)?[a-z-]+s\s+(?:that|which|who)\s|(?:[a-z-]+\s+)?[a-z-]+s\s+[a-z]+ed\s+by\b)/;

const KIN_AFTER =
  /^\s+(?:sons|daughters|children|kids|brothers|sisters|grandchildren|grandsons|granddaughters|nephews|nieces|cousins|wives)\b/i;

/** A person after "one", then what befell them: "one person died", "one man was killed". */
const ONE_CASUALTY_AFTER =
  /^\s+(?:person|man|woman|child|boy|girl|soldier|serviceman|policeman|policewoman|police officer|civilian|resident|worker|officer|firefighter|rescuer|journalist|migrant|fisherman|passenger|pilot|guard|driver|pedestrian|tourist|pilgrim|student|patient|baby|infant)\b[^.;,]{0,40}?\b(?:died|killed|dead|drowned|injured|wounded|hurt|missing)\b/i;
/** "one of its soldiers was killed", "one of the pilots died": one of a group, then what befell them. */
const ONE_OF_GROUP_CASUALTY =
  /^\s+of\s+(?:its|their|his|her|our|the)\s+(?:[a-z-]+\s+)?(?:soldiers|sailors|marines|troops|fighters|servicemen|officers|policemen|guards|workers|crew|crew members|pilots|passengers|civilians|residents|journalists|rescuers|firefighters|staff|employees|members|students|patients|children)\b[^.;,]{0,30}?\b(?:was|has been|had been|is)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|missing|dead)\b/i;
/** "Two officers were killed and one was wounded": "one" stands for one more of the people counted. */
const ONE_ELLIPTIC_CASUALTY =
  /^\s+(?:was|has been|had been)\s+(?:also\s+|later\s+|seriously\s+|critically\s+|badly\s+|slightly\s+)?(?:killed|wounded|injured|hurt|missing)\b/i;
/** What befell one person, said before: "killing at least one person", "still searching for one person". */
const ONE_CASUALTY_BEFORE =
  /\b(?:killing|killed|injuring|wounding|(?:looking|searching|search|hunting) for)\s+(?:at least\s+)?$/i;

/**
 * "one person died", "killing at least one person", "one of its soldiers was killed": a toll of one,
 * not "one" as a pronoun.
 */
function isOneCasualty(text: string, n: NumberMatch): boolean {
  return (
    ONE_CASUALTY_AFTER.test(text.slice(n.end, n.end + 80)) ||
    ONE_ELLIPTIC_CASUALTY.test(text.slice(n.end, n.end + 40)) ||
    ONE_OF_GROUP_CASUALTY.test(text.slice(n.end, n.end + 90)) ||
    ONE_CASUALTY_BEFORE.test(text.slice(Math.max(0, n.start - 30), n.start))
  );
}
