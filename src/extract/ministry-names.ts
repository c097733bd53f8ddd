// A ministry named with its country gets one name, whichever way the article writes it: "the Russian
// Defence Ministry", "Russia's Defence Ministry" and "Russia's Ministry of Defence" are all the "Russian
// Ministry of Defence" — the form the gazetteer gives the ministries it lists ("Armenian Ministry of
// Foreign Affairs") and the shared gold gives a country's ministry ("French Ministry of Foreign
// Affairs"). Quotes take their speaker's name from here, so a ministry's statement is credited to
// the same name in every article. A ministry without a country nearby ("the Justice Ministry") and
// one that writes its country out ("Ministry of Defence of Azerbaijan") keep the name as written.
import type { EntityMention } from '../types.js';
import { COUNTRIES, TWO_WORD_COUNTRIES } from '../util/countries.js';
import { wordTable } from '../util/word-table.js';
import { ROLE_WORDS } from './lexicon.js';

/** "south korea" → "South Korea". */
const asName = (words: string) =>
  words.replace(/(^|[ -])(\p{L})/gu, (_, space, letter) => space + letter.toUpperCase());

/**
 * Countries and the adjective ministries are named with (the first of util/countries.ts), with the
 * short names and other spellings the text may use for the country.
 */
const COUNTRY_ADJECTIVES: [string, string][] = [
  ...Object.entries(COUNTRIES).map(([country, adjectives]): [string, string] => [
    asName(country),
    asName(adjectives.split(' ')[0]!),
  ]),
  // A two-word country has one adjective of two words ("South African"), not "South".
  ...Object.entries(TWO_WORD_COUNTRIES).map(([country, adjective]): [string, string] => [
    asName(country),
    asName(adjective),
  ]),
  ['UAE', 'Emirati'],
  ['Türkiye', 'Turkish'],
];

const ADJECTIVE_OF = new Map(COUNTRY_ADJECTIVES);
const ADJECTIVES = new Set(COUNTRY_ADJECTIVES.map(([, adjective]) => adjective));

/** "Foreign Ministry" is the Ministry of Foreign Affairs; "Defense" is spelt as the gazetteer spells it. */
const PORTFOLIO_NAMES: Record<string, string> = wordTable({ Foreign: 'Foreign Affairs', Defense: 'Defence' });

/** The ways a text names a ministry of the interior ("the Interior Ministry", "Ministry of Internal Affairs"). */
const INTERIOR = new Set(['Interior', 'Internal Affairs', 'Home Affairs']);

/**
 * Countries whose ministry of the interior is officially named otherwise in English, as golds and
 * the ministries themselves name it ("Georgian Ministry of Internal Affairs"); the rest are "Ministry
 * of Interior", however an outlet writes it, so one ministry has one name across outlets.
 */
const INTERIOR_NAMED: Record<string, string> = wordTable({
  Armenian: 'Internal Affairs',
  Azerbaijani: 'Internal Affairs',
  Belarusian: 'Internal Affairs',
  Georgian: 'Internal Affairs',
  Kazakh: 'Internal Affairs',
  Kyrgyz: 'Internal Affairs',
  Moldovan: 'Internal Affairs',
  Russian: 'Internal Affairs',
  Serbian: 'Internal Affairs',
  Tajik: 'Internal Affairs',
  Turkmen: 'Internal Affairs',
  Ukrainian: 'Internal Affairs',
  Uzbek: 'Internal Affairs',
  Indian: 'Home Affairs',
});

/** "Georgian" and "Interior" → "Georgian Ministry of Internal Affairs": a country's ministry, named one way. */
function nationalMinistryName(adjective: string, portfolio: string): string {
  const named = PORTFOLIO_NAMES[portfolio] ?? portfolio;
  return `${adjective} Ministry of ${INTERIOR.has(named) ? (INTERIOR_NAMED[adjective] ?? 'Interior') : named}`;
}

/** The portfolio as a key: every name of the interior ministry is one. */
const portfolioKey = (portfolio: string) => (INTERIOR.has(portfolio) ? 'Interior' : portfolio);

/** "Defence", "Foreign Affairs", "Labour and Social Affairs": capitalised words and "and". */
const PORTFOLIO = /^\p{Lu}\p{Ll}+(?: (?:and )?\p{Lu}\p{Ll}+){0,3}$/u;

/** "Russia's " or "Russia’s " right before a name: the country that owns it. */
const OWNER_BEFORE = /(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)['’]s\s+$/u;

/**
 * Renames, in place, the organisations that are a country's ministry to "<Adjective> Ministry of
 * <Portfolio>". The same ministry named later without its country ("China's Ministry of Finance …
 * according to the Ministry of Finance") takes that name too, when the article names only one
 * country's ministry of that portfolio.
 */
export function nameMinistries(found: EntityMention[], text: string): void {
  const named = new Map<string, Set<string>>();
  const unqualified: { index: number; portfolio: string }[] = [];
  for (const [k, mention] of found.entries()) {
    if (mention.type !== 'organization' || !/Ministry|Foreign Office/.test(mention.name)) continue;
    const parts = ministryParts(mention.name);
    if (!parts) continue;
    const portfolio = portfolioKey(PORTFOLIO_NAMES[parts.portfolio] ?? parts.portfolio);
    const adjective =
      parts.adjective ??
      ownerBefore(text, mention.start) ??
      countryOpeningSentence(found, text, mention.start);
    if (!adjective) {
      unqualified.push({ index: k, portfolio });
      continue;
    }
    const name = nationalMinistryName(adjective, parts.portfolio);
    named.set(portfolio, (named.get(portfolio) ?? new Set<string>()).add(name));
    if (name !== mention.name) found[k] = renamed(mention, name);
  }
  for (const { index, portfolio } of unqualified) {
    const names = named.get(portfolio);
    if (names?.size === 1) found[index] = renamed(found[index]!, [...names][0]!);
  }
}

/** Built field by field in the order of every other mention (see renamedMention in entities.ts). */
function renamed(mention: EntityMention, name: string): EntityMention {
  return {
    article: mention.article,
    name,
    type: mention.type,
    text: mention.text,
    start: mention.start,
    end: mention.end,
  };
}

const FOREIGN_OFFICE = /^(?:Federal )?Foreign Office$/;
const PLACE_THEN_PORTFOLIO = /^(\p{Lu}\p{Ll}+) (.+)$/u;

/** "Russian Defence Ministry", "Ministry of Health", "Turkish Ministry of Foreign Affairs"; null for other names. */
function ministryParts(name: string): { adjective: string | null; portfolio: string } | null {
  const adjective = leadingAdjective(name);
  const rest = adjective ? name.slice(adjective.length + 1) : name;
  let portfolio: string;
  if (rest.startsWith('Ministry of ')) portfolio = rest.slice('Ministry of '.length);
  else if (rest.endsWith(' Ministry')) portfolio = rest.slice(0, -' Ministry'.length);
  // "the German Foreign Office", "Germany's Federal Foreign Office": a foreign ministry by its own name.
  else if (FOREIGN_OFFICE.test(rest)) portfolio = 'Foreign';
  else return null;
  // "Ministry of Defence of Azerbaijan" writes its country out: a name of its own, kept as written.
  if (!PORTFOLIO.test(portfolio)) return null;
  // "Gaza Health Ministry": a place that is no country before the portfolio names whose ministry it
  // is, as a country's adjective does ("Gaza Ministry of Health").
  const place = adjective ? null : PLACE_THEN_PORTFOLIO.exec(portfolio);
  if (
    place &&
    !ROLE_WORDS.has(place[1]!.toLowerCase()) &&
    ROLE_WORDS.has(place[2]!.split(' ')[0]!.toLowerCase())
  )
    return { adjective: place[1]!, portfolio: place[2]! };
  return { adjective, portfolio };
}

function leadingAdjective(name: string): string | null {
  for (const adjective of ADJECTIVES) if (name.startsWith(`${adjective} `)) return adjective;
  return null;
}

/**
 * "The Sultanate of Oman has condemned …, the Ministry of Foreign Affairs said": the country a
 * ministry's sentence opens with, as its subject, is the ministry's own.
 */
function countryOpeningSentence(found: EntityMention[], text: string, start: number): string | null {
  const head = text.slice(Math.max(0, start - 300), start);
  const sentence = start - head.length + sentenceStart(head);
  const country = found.find((m) => m.type === 'place' && m.start >= sentence && m.start < start);
  if (!country || !STATE_BEFORE_NAME.test(text.slice(sentence, country.start))) return null;
  // "China's Ministry of Finance and Ministry of …": an owner, not the sentence's subject.
  if (/^['’]s\b/.test(text.slice(country.end, country.end + 3))) return null;
  return ADJECTIVE_OF.get(country.name) ?? null;
}

/** Where the last sentence of `head` starts: after a full stop and a space, or a line break. */
function sentenceStart(head: string): number {
  let at = 0;
  for (const m of head.matchAll(/[.!?]["”’]?\s+(?=["“]?\p{Lu})|\n/gu)) at = m.index + m[0].length;
  return at;
}

/** Nothing, "The", "The Kingdom of", "The Republic of …": words that open a sentence before a country's name. */
const STATE_BEFORE_NAME =
  /^\s*(?:The\s+)?(?:(?:Kingdom|Sultanate|Republic|State|Emirate|Federation|Islamic Republic|Federal Republic|People['’]s Republic)\s+of\s+(?:the\s+)?)?$/u;

/** "Armenia’s Ministry of Health": the adjective of the country named just before the mention. */
function ownerBefore(text: string, start: number): string | null {
  const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return owner ? (ADJECTIVE_OF.get(owner[1]!) ?? null) : null;
}

/** "Indian defence", "Norway's foreign": a country (adjective or possessive) and a portfolio in lower case. */
const LOWER_CASE_MINISTRY =
  /(?:^|\s)(?:[Tt]he\s+)?(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)(['’]s)?\s+((?:\p{Ll}+\s+){1,3})ministry\b/gu;

/**
 * The ministry a speaker phrase written in lower case names with its country ("the Indian defence
 * ministry", "Norway's foreign ministry"), as the gazetteer names ministries it lists ("Indian
 * Ministry of Defence"); the last such phrase in `text`, or null when there is none.
 */
export function lowerCaseMinistry(text: string): string | null {
  let name: string | null = null;
  for (const m of text.matchAll(LOWER_CASE_MINISTRY)) {
    const country = m[1]!;
    const adjective = m[2] ? ADJECTIVE_OF.get(country) : ADJECTIVES.has(country) ? country : undefined;
    if (!adjective) continue;
    const words = m[3]!.trim().split(/\s+/);
    // "Russian officials said the ministry": only words that name a portfolio ("defence", "emergency situations").
    if (!words.every((w) => ROLE_WORDS.has(w) || w === 'emergencies')) continue;
    const portfolio = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
    name = nationalMinistryName(adjective, portfolio);
  }
  return name;
}

/**
 * "the interior ministry said" with no country in the phrase and no ministry named before it: the
 * ministry of the country the article is about, named as the gazetteer names ministries ("Serbian
 * Ministry of Interior"), when the text names one country (by name or adjective) more often than any
 * other: wire copy leaves a domestic body of the country it reports on unnamed. `portfolio`: the
 * phrase's words between "the" and "ministry" ("interior", "foreign"), which must name a portfolio.
 */
export function ministryOfMainCountry(portfolio: readonly string[], text: string): string | null {
  if (portfolio.length === 0 || !portfolio.every((w) => ROLE_WORDS.has(w) || w === 'emergencies'))
    return null;
  const counts = new Map<string, number>();
  for (const m of text.matchAll(COUNTRY_WORD)) {
    const adjective = ADJECTIVE_OF.get(m[0]) ?? m[0];
    counts.set(adjective, (counts.get(adjective) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || (second && second[1] >= first[1])) return null;
  const name = portfolio.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
  return nationalMinistryName(first[0], name);
}

/** A country's name or national adjective, as a whole word (longest first: "South African" before "South"). */
const COUNTRY_WORD = new RegExp(
  `(?<![\\p{L}])(?:${[...new Set([...ADJECTIVE_OF.keys(), ...ADJECTIVES])]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}])`,
  'gu',
);

const COUNTRY_OF = new Map<string, string>();
for (const [country, adjective] of COUNTRY_ADJECTIVES)
  if (!COUNTRY_OF.has(adjective)) COUNTRY_OF.set(adjective, country);

/** "Azerbaijani" → "Azerbaijan": the country a national adjective names, or null. */
export function countryOfAdjective(adjective: string): string | null {
  return COUNTRY_OF.get(adjective) ?? null;
}

/**
 * "government of Kazakhstan", "Kazakhstan's government", "the Kazakh government": groups of country or
 * adjective (the word "government" itself is only looked ahead at, so "The government of …" is read).
 */
const GOVERNMENT_OF =
  /\b[Gg]overnment of (?:the )?(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)|(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)(?:['’]s)?(?= government\b)/gu;

/**
 * The country whose government `text` names last ("The government of Kazakhstan", "Kazakhstan's
 * government", "the Kazakh government"), by the country's name; null when none is named.
 */
export function governmentCountry(text: string): string | null {
  let country: string | null = null;
  for (const m of text.matchAll(GOVERNMENT_OF)) {
    const name = (m[1] ?? m[2]!).replace(/^The /, '');
    const found = ADJECTIVE_OF.has(name) ? name : (COUNTRY_OF.get(name) ?? null);
    if (found) country = found;
  }
  return country;
}
