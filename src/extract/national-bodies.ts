// A country's own institutions named without the country: "the Constitutional Court", "the Interior
// Ministry", "the Ministry of Foreign Affairs said". Each country has one of each, so the bare name
// means the one of the country the article is about, and two articles about two countries mean two
// bodies. The hand-made gold files name them so ("Constitutional Court of Armenia", "Omani Ministry
// of Foreign Affairs"): a ministry under the country's adjective, any other body "of" the country.

import type { EntityMention } from '../types.js';
import { CAPITALS, COUNTRIES, TWO_WORD_COUNTRIES } from '../util/countries.js';
import { wordTable } from '../util/word-table.js';
import type { Word } from './entity-words.js';
import { ROLE_WORDS } from './lexicon.js';

interface Country {
  name: string;
  adjective: string;
}

/** Country or adjective, in lower case → the country, both written as names. */
const COUNTRY_BY_WORD = new Map<string, Country>();
for (const [name, adjectives] of Object.entries(COUNTRIES)) {
  const country = { name: titleCase(name), adjective: titleCase(adjectives.split(' ')[0]!) };
  COUNTRY_BY_WORD.set(name, country);
  for (const adjective of adjectives.split(' ')) COUNTRY_BY_WORD.set(adjective, country);
}
// A two-word country's adjective is one adjective of two words ("south african"), not two: "South"
// alone names no country ("advised South Africans …" must not make a ministry "South").
// "New Zealander" names a person: the country's name is its adjective ("New Zealand Ministry of …").
for (const [name, adjective] of Object.entries(TWO_WORD_COUNTRIES)) {
  const country = {
    name: titleCase(name),
    adjective: titleCase(adjective.endsWith('er') ? name : adjective),
  };
  COUNTRY_BY_WORD.set(name, country);
  COUNTRY_BY_WORD.set(adjective, country);
}
COUNTRY_BY_WORD.set('turkiye', COUNTRY_BY_WORD.get('turkey')!);

/** A capital, in lower case → its country. */
const COUNTRY_BY_CAPITAL = new Map(
  Object.entries(CAPITALS).map(([capital, country]) => [capital, COUNTRY_BY_WORD.get(country)!]),
);

/** Bodies every country has one of, other than ministries. */
const NATIONAL_BODIES = new Set([
  // "the Government of the Republic of Mozambique" is the "Government of Mozambique".
  'Government',
  'Armed Forces',
  'Security Council',
  'Constitutional Court',
  'Supreme Court',
  'National Assembly',
  'Grand National Assembly',
  'Central Election Commission',
  'Council of Ministers',
  // "the Presidency of the Republic said", in a country's own statement: that country's presidency.
  'Presidency of the Republic',
  'Public Defender',
  'State Statistics Committee',
  'Investigative Committee',
  'State Emergency Service',
  "Prosecutor General's Office",
  'Prosecutor General’s Office',
]);

/** "Ministry of Foreign Affairs", "Ministry of the Interior". */
const LONG_MINISTRY = /^Ministry of (?:the )?\p{Lu}/u;
/** "Interior Ministry", "Defence Ministry": one portfolio word before "Ministry". */
const SHORT_MINISTRY = /^\p{Lu}\p{Ll}+ Ministry$/u;

/**
 * The article's bodies named without a country, renamed for the country they belong to: the country
 * whose name ends right before the body ("Georgia's Central Election Commission"), else the first
 * country the article names. Changes `found` in place.
 */
export function qualifyNationalBodies(
  found: EntityMention[],
  words: Word[],
  text: string,
  listed: { has(name: string): boolean } = new Set<string>(),
  dateline: string | null = null,
  outlet: string | null = null,
): void {
  let home: Country | null | undefined;
  for (const [k, m] of found.entries()) {
    if (m.type !== 'organization') continue;
    // "Prosecutor General's Office of the Republic of Azerbaijan" → "… of Azerbaijan".
    const republic = OF_THE_REPUBLIC.exec(m.name) ?? OF_THE_FEDERATION.exec(m.name);
    const state = republic ? COUNTRY_BY_WORD.get(republic[2]!.toLowerCase()) : undefined;
    if (state && isBareNationalBody(republic![1]!)) {
      found[k] = { ...m, name: qualified(republic![1]!, state) };
      continue;
    }
    const owned = OWNED_SHORT_MINISTRY.exec(m.name);
    // Not "Russian Ministry of Foreign Affairs": an adjective of nationality is no portfolio; nor
    // "Federal Ministry of Justice", where a portfolio follows "of" and no owner does.
    if (
      owned &&
      !COUNTRY_BY_WORD.has(owned[1]!.toLowerCase()) &&
      !ROLE_WORDS.has(owned[2]!.split(' ')[0]!.toLowerCase())
    ) {
      found[k] = { ...m, name: ownedMinistry(owned[1]!, owned[2]!) };
      continue;
    }
    const adjective = ADJECTIVE_BODY.exec(m.name);
    const ownerOfBody = adjective ? COUNTRY_BY_WORD.get(adjective[1]!.toLowerCase()) : undefined;
    // Not "Sudanese Armed Forces", a name the gazetteer gives as it is.
    if (ownerOfBody && NATIONAL_BODIES.has(adjective![2]!) && !listed.has(m.name)) {
      found[k] = { ...m, name: `${adjective![2]} of ${withArticle(ownerOfBody.name)}` };
      continue;
    }
    // "Deputy Chairman of the Russian Security Council": the UN's short name after a country's adjective.
    // "Kazakhstan's president took over as head of the country's powerful Security Council": the
    // country the sentence named before, or else the one the article is about.
    if (m.name === 'UN Security Council' && m.text === 'Security Council') {
      let owner = countryBefore(words, m.start, true);
      if (!owner && THE_COUNTRYS.test(text.slice(Math.max(0, m.start - 40), m.start)))
        owner = countryEarlierInSentence(words, m.start) ?? firstNamedCountry(words, text, found);
      if (owner) found[k] = { ...m, name: `Security Council of ${withArticle(owner.name)}` };
      continue;
    }
    if (!isBareNationalBody(m.name)) continue;
    home ??=
      officeCountry(outlet) ?? datelineCountry(dateline, words) ?? firstNamedCountry(words, text, found);
    const country = countryBefore(words, m.start) ?? home;
    if (country) found[k] = { ...m, name: qualified(m.name, country) };
  }
}

/** "the country's (powerful) ", "the nation's ": a body of the country the article is about. */
const THE_COUNTRYS = /\bthe (?:country|nation)['’]s (?:\p{Ll}+ )?$/u;

/** A body's name that names no country: "Ministry of Defence", not "Russian Foreign Ministry". */
export function isBareNationalBody(name: string): boolean {
  if (!NATIONAL_BODIES.has(name) && !LONG_MINISTRY.test(name) && !SHORT_MINISTRY.test(name)) return false;
  // "Ministry of Foreign Affairs of South Ossetia": an owner after the portfolio.
  if (name.indexOf(' of ') !== name.lastIndexOf(' of ')) return false;
  const words = name.toLowerCase().split(' ');
  // "South African Ministry of Defence" names its country in two words.
  return !words.some(
    (word, k) => COUNTRY_BY_WORD.has(word) || COUNTRY_BY_WORD.has(`${word} ${words[k + 1]}`),
  );
}

/** "the Philippines", "the United Kingdom": a country's name as it follows "of". */
function withArticle(country: string): string {
  return COUNTRIES_WITH_THE.test(country) ? `the ${country}` : country;
}

const COUNTRIES_WITH_THE =
  /^(?:Philippines|Netherlands|Gambia|Bahamas|Maldives|Comoros|Seychelles|United .+|.+ Republic|.+ Islands)$/;

function qualified(name: string, country: Country): string {
  // "the Council of Ministers" is the "French Council of Ministers", named as its ministries are.
  if (LONG_MINISTRY.test(name) || name === 'Council of Ministers') return `${country.adjective} ${name}`;
  if (!SHORT_MINISTRY.test(name)) return `${name} of ${withArticle(country.name)}`;
  // "Defence Ministry" → "Ministry of Defence", as the long name is written. Not "Interior Ministry":
  // "of Internal Affairs" or "of the Interior" depends on the country (see interiorMinistryNames).
  const portfolio = name.slice(0, name.indexOf(' '));
  if (portfolio === 'Interior') return `${country.adjective} ${name}`;
  return `${country.adjective} Ministry of ${PORTFOLIOS[portfolio] ?? portfolio}`;
}

/** "National Assembly of the Republic of Armenia": a body and its state's formal name. */
const OF_THE_REPUBLIC =
  /^(.+) of the (?:(?:Plurinational|Islamic|Federal|Federative|Democratic|Bolivarian|United|Hashemite|People['’]s) )?(?:Republic|Kingdom|Sultanate|State) of (\p{Lu}.*)$/u;

/** "Armed Forces of the Russian Federation": a body and its state's formal name, by its adjective. */
const OF_THE_FEDERATION = /^(.+) of the (\p{Lu}\p{Ll}+) Federation$/u;

/** "Foreign Ministry of South Ossetia": a portfolio, "Ministry of" and its owner. */
const OWNED_SHORT_MINISTRY = /^(\p{Lu}\p{Ll}+) Ministry of (\p{Lu}.*)$/u;

/** "Foreign Ministry of South Ossetia" → "Ministry of Foreign Affairs of South Ossetia". */
function ownedMinistry(portfolio: string, owner: string): string {
  const country = COUNTRY_BY_WORD.get(owner.toLowerCase());
  const long = portfolio === 'Interior' ? null : (PORTFOLIOS[portfolio] ?? portfolio);
  if (!long) return country ? `${country.adjective} Interior Ministry` : `${portfolio} Ministry of ${owner}`;
  return country ? `${country.adjective} Ministry of ${long}` : `Ministry of ${long} of ${owner}`;
}

/** Portfolios whose long name differs from the word before "Ministry". */
const PORTFOLIOS: Record<string, string> = wordTable({
  Foreign: 'Foreign Affairs',
  Emergencies: 'Emergency Situations',
  Economy: 'Economy',
});

/** The long names an interior ministry goes by. */
const INTERIOR = ['Ministry of Internal Affairs', 'Ministry of the Interior', 'Ministry of Interior'];
const SHORT_INTERIOR = ['Interior Ministry', 'Ministry of Interior'];

/**
 * "Georgian Interior Ministry" is the "Georgian Ministry of Internal Affairs" another article of the
 * batch names: the long name, where the batch has one. Returns short name → long name.
 */
export function interiorMinistryNames(mentions: Iterable<EntityMention>): Map<string, string> {
  const forms = new Map<string, string>();
  const short = new Set<string>();
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'organization') continue;
    // Written "Interior Ministry", whatever name it was given (ministry-names.ts spells it out as
    // "Ministry of Interior"); the long names are those written long (not "the Ministry" referring
    // back to either).
    if (m.text.endsWith('Interior Ministry')) short.add(m.name);
    else if (m.text.includes('Ministry of')) names.add(m.name);
  }
  for (const name of short) {
    const form = SHORT_INTERIOR.find((form) => name.endsWith(` ${form}`));
    if (!form) continue;
    const owner = name.slice(0, -(form.length + 1));
    const long = INTERIOR.map((form) => `${owner} ${form}`).filter((form) => names.has(form));
    if (long.length === 1 && long[0] !== name) forms.set(name, long[0]!);
  }
  return forms;
}

/**
 * "Armenia's Ministry of Foreign Affairs": the possessive country right before the body; with
 * `adjective`, "Russian Security Council" too.
 */
function countryBefore(words: Word[], start: number, adjective = false): Country | null {
  const at = words.findIndex((w) => w.start >= start);
  // The tagger may give the possessive ending a token of its own ("Georgia" "'s").
  const owner = /^['’]s?$/.test(words[at - 1]?.text ?? '') ? at - 2 : at - 1;
  if (!words[owner]?.possessive && !(adjective && owner === at - 1)) return null;
  return countryAt(words, owner) ?? null;
}

/** The last country named (or its adjective) before `start` in the same sentence. */
function countryEarlierInSentence(words: Word[], start: number): Country | null {
  for (let k = words.findIndex((w) => w.start >= start) - 1; k >= 0; k--) {
    const country = countryAt(words, k);
    if (country) return country;
    if (words[k]!.sentenceStart) break;
  }
  return null;
}

/** "Russian Security Council", "Georgian Constitutional Court": an adjective of nationality and a body. */
const ADJECTIVE_BODY = /^(\p{Lu}\p{Ll}+) (.+)$/u;

/** The country written at word k, alone or as the second word of a two-word name. */
function countryAt(words: Word[], k: number): Country | undefined {
  const word = words[k]!;
  if (!word.cap) return undefined;
  const previous = words[k - 1];
  if (previous?.cap) {
    const pair = COUNTRY_BY_WORD.get(`${previous.key} ${word.key}`);
    if (pair) return pair;
  }
  return COUNTRY_BY_WORD.get(word.key);
}

/**
 * The first country the article names, by name, adjective or capital: its lead says whose story it is
 * ("Police in Georgia fired …", "Rishi Sunak said Britain …", "protesters broke into parliament in
 * Yerevan … on terms dictated by Azerbaijan"). The country named most often misleads where a story
 * is told from a border ("the Armenian town on the Iranian border" names Iran more).
 */
function firstNamedCountry(words: Word[], text: string, found: readonly EntityMention[]): Country | null {
  // A wire report's summary bullets come before its lead and may name a neighbour first.
  const bullets = [...text.matchAll(SUMMARY_BULLET)].map((b) => [b.index, b.index + b[0].length]);
  const inBullet = (at: number) => bullets.some(([from, to]) => at >= from! && at < to!);
  // "Jordan Bardella", "Georgia Meloni": a country's name inside a person's is no country, nor inside
  // a firm's or an outlet's ("Fiji Airways", "Kenya Times").
  const people = found.filter(
    (m) => m.type === 'person' || (m.type === 'organization' && FIRM_NAME.test(m.name)),
  );
  const inName = (at: number) => people.some((m) => at >= m.start && at < m.end);
  for (let k = 0; k < words.length; k++) {
    if (words[k]!.skip || inBullet(words[k]!.start) || inName(words[k]!.start)) continue;
    const country = countryAt(words, k) ?? capitalAt(words, k);
    if (country) return country;
  }
  return null;
}

const SUMMARY_BULLET = /^[ \t]*•.*$/gmu;

/** A firm's or an outlet's name, which may open with a country's: "Fiji Airways", "Bank of Georgia". */
const FIRM_NAME =
  /(?:\b(?:Airways|Airlines|Air|Bank|Telecom|Railways|Times|News|Post|Television|TV|Radio|Airport)$|^Bank of\b)/;

/**
 * "Baku / 11.11.20 / Turan: Armenian shelling of Azerbaijani towns …": the country of a dateline's
 * capital, when the lead's first sentence names that country or its people too (a Gulf bureau's "DUBAI" over a
 * report on Iran names no Emirati body).
 */
/**
 * "New Zealand Government", "Government of Tonga", "Ministry of Foreign Affairs of Fiji": a state's
 * own office publishing the article, whose unqualified ministries are its country's.
 */
function officeCountry(outlet: string | null): Country | null {
  if (!outlet || !OFFICE_WORD.test(outlet)) return null;
  const words = outlet.toLowerCase().split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const country = COUNTRY_BY_WORD.get(`${words[k]} ${words[k + 1]}`) ?? COUNTRY_BY_WORD.get(words[k]!);
    if (country) return country;
  }
  return null;
}

const OFFICE_WORD = /\b(?:Government|Ministry|Office|Presidency|President|Prime Minister|Embassy|Cabinet)\b/;

function datelineCountry(dateline: string | null, words: Word[]): Country | null {
  const country =
    dateline && !dateline.includes('/') ? COUNTRY_BY_CAPITAL.get(dateline.trim().toLowerCase()) : undefined;
  if (!country) return null;
  for (let k = 0; k < words.length; k++) {
    if (k > 0 && words[k]!.sentenceStart) break;
    if (countryAt(words, k) === country || peopleOf(words[k]!) === country) return country;
  }
  return null;
}

/** "Cambodians", "Armenians": the country whose people a capitalised plural demonym names. */
function peopleOf(word: Word): Country | undefined {
  return word.cap && word.key.endsWith('s') ? COUNTRY_BY_WORD.get(word.key.slice(0, -1)) : undefined;
}

/** The country whose capital is written at word k ("Baku", "YEREVAN"). */
function capitalAt(words: Word[], k: number): Country | undefined {
  const word = words[k]!;
  return word.cap ? COUNTRY_BY_CAPITAL.get(word.key) : undefined;
}

function titleCase(name: string): string {
  return name.replace(/(^|\s)\p{Ll}/gu, (letter) => letter.toUpperCase());
}
