// Unit vocabulary for figures: currency signs and words, measures, and the nouns that count people.
// Units are normalised codes (ISO 4217 for money) so that figures from different outlets compare.
import { wordTable } from '../../util/word-table.js';

/** Currency signs and codes written before the amount ("$", "US$", "€", "EUR 5"). */
export const CURRENCY_PREFIX: [RegExp, string][] = [
  [/U\.?S\.?\s?\$$/i, 'USD'],
  [/(?:C|CA)\s?\$$/i, 'CAD'],
  [/HK\s?\$$/i, 'HKD'],
  [/NZ\s?\$$/i, 'NZD'],
  [/(?:^|[^\w.])A\s?\$$/i, 'AUD'],
  [/(?:^|[^\w.])S\s?\$$/i, 'SGD'],
  [/\$$/, 'USD'],
  [/€$/, 'EUR'],
  [/£$/, 'GBP'],
  [/¥$/, 'JPY'],
  [/₽$/, 'RUB'],
  [/֏$/, 'AMD'],
  [/₼$/, 'AZN'],
  [/₺$/, 'TRY'],
  [/₹$/, 'INR'],
  [/\b(USD|EUR|GBP|RUB|AMD|AZN|TRY|JPY|CNY|CHF|INR)$/, ''],
];

/** Unit words written after the amount, singular and plural, mapped to a code. */
const UNIT_WORDS: Record<string, string> = wordTable({
  dollar: 'USD',
  dollars: 'USD',
  usd: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  gbp: 'GBP',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  rub: 'RUB',
  dram: 'AMD',
  drams: 'AMD',
  amd: 'AMD',
  manat: 'AZN',
  manats: 'AZN',
  azn: 'AZN',
  lira: 'TRY',
  liras: 'TRY',
  yen: 'JPY',
  yuan: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  franc: 'CHF',
  francs: 'CHF',
  cent: 'cents',
  cents: 'cents',
  percent: 'percent',
  'per cent': 'percent',
  percentage: 'percent',
  percents: 'percent',
  '%': 'percent',
  'percentage point': 'percentage points',
  'percentage points': 'percentage points',
  ton: 'tons',
  tons: 'tons',
  tonne: 'tons',
  tonnes: 'tons',
  t: 'tons',
  kilogram: 'kg',
  kilograms: 'kg',
  kilogramme: 'kg',
  kilogrammes: 'kg',
  kg: 'kg',
  kilo: 'kg',
  kilos: 'kg',
  gram: 'g',
  grams: 'g',
  g: 'g',
  lb: 'lb',
  lbs: 'lb',
  kilometre: 'km',
  kilometres: 'km',
  kilometer: 'km',
  kilometers: 'km',
  km: 'km',
  mile: 'miles',
  miles: 'miles',
  metre: 'm',
  metres: 'm',
  meter: 'm',
  meters: 'm',
  hectare: 'ha',
  hectares: 'ha',
  ha: 'ha',
  litre: 'l',
  litres: 'l',
  liter: 'l',
  liters: 'l',
  barrel: 'barrels',
  barrels: 'barrels',
  inch: 'inches',
  inches: 'inches',
  foot: 'feet',
  feet: 'feet',
  // "a two-storey home", "12 storeys": floors of a building ("story" is too often a news story).
  storey: 'storeys',
  storeys: 'storeys',
});

/** The unit code for a unit word, or undefined. */
export function unitWord(word: string): string | undefined {
  return UNIT_WORDS[word.toLowerCase()];
}

// Nouns that count persons. Demonyms ("Armenians", "Azerbaijanis") are recognised by shape instead.
const PERSON_NOUNS = new Set(
  (
    'people persons person individuals refugees refugee residents resident civilians civilian ' +
    'inhabitants migrants evacuees citizens children child women men adults minors displaced ' +
    'survivors victims nationals settlers returnees asylum-seekers dead injured wounded fatalities ' +
    'casualties martyrs volunteers protesters demonstrators detainees hostages prisoners patients ethnic ' +
    // Peoples whose plural no demonym ending marks ("a million Rohingya", "3,000 Kurds").
    'rohingya rohingyas kurds uyghurs uighurs hazaras hutus druze bedouins roma tamils sikhs ' +
    'pashtuns muslims jews alawites shiites copts'
  ).split(' '),
);

/** True for nouns that count persons, demonyms included ("Armenians", "Azerbaijanis"). */
export function isPersonNoun(word: string, pos: string): boolean {
  const lower = word.toLowerCase();
  if (PERSON_NOUNS.has(lower)) return true;
  return (
    /^[A-Z][a-z]+(?:ians|ans|is|ese|ers)$/.test(word) && (pos === 'PROPN' || pos === 'NOUN' || pos === 'ADJ')
  );
}

/** Time units make a duration or an age, never a figure ("44-day war", "30 years", "six weeks"). */
export const TIME_UNIT =
  /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|nights?|mins?|hrs?|yrs?|millennia|millennium)$/i;

/** Hyphenated counts of participants: "five-sided meeting", "three-way format", "27-nation bloc". */
export const PARTY_SUFFIX = /^(?:sided|way|party|parties|nation|member|country|power|state|lateral)$/i;

/**
 * A month's name or short form, in English or, as the names of squares and streets keep them ("Place
 * du 13 Mai", "Avenida 9 de Julio", "Rua 25 de Março"), in French, Spanish or Portuguese.
 */
export const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|f[ée]vrier|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro)\.?$/iu;
