import { wordTable } from '../../util/word-table.js';

// Units of measure: weights, lengths, areas, volumes, speeds, data sizes, power and energy. One table gives each
// unit's code (the short form figures carry: "kg", "km", "km/h"), its English name (to compare with
// other systems) and the ways it is written after a number: full names, plurals and abbreviations,
// spaced ("10 km"), hyphenated ("a six-mile trip") or glued ("7.62mm", "200lbs", "10km/hr").

interface Measure {
  code: string;
  name: string;
  /** Written forms matched without regard to case (full words). */
  words: string[];
  /** Abbreviations matched exactly as written ("MB" is not "mb", "m" is not "M"). */
  symbols?: string[];
}

const MEASURES: Measure[] = [
  // Weight
  { code: 'tons', name: 'ton', words: ['ton', 'tons', 'tonne', 'tonnes'], symbols: ['t'] },
  {
    code: 'metric tons',
    name: 'metric ton',
    words: ['metric ton', 'metric tons', 'metric tonne', 'metric tonnes'],
  },
  {
    code: 'kg',
    name: 'kilogram',
    words: ['kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos'],
    symbols: ['kg', 'kgs', 'Kg'],
  },
  { code: 'g', name: 'gram', words: ['gram', 'grams', 'gramme', 'grammes'], symbols: ['g', 'gr'] },
  {
    code: 'mg',
    name: 'milligram',
    words: ['milligram', 'milligrams', 'milligramme', 'milligrammes'],
    symbols: ['mg'],
  },
  {
    code: 'µg',
    name: 'microgram',
    words: ['microgram', 'micrograms', 'microgramme', 'microgrammes'],
    symbols: ['µg', 'μg', 'mcg'],
  },
  { code: 'lb', name: 'pound', words: ['lb', 'lbs'], symbols: ['lb', 'lbs'] },
  { code: 'oz', name: 'ounce', words: ['ounce', 'ounces'], symbols: ['oz'] },
  // Length
  {
    code: 'km',
    name: 'kilometer',
    words: ['kilometre', 'kilometres', 'kilometer', 'kilometers'],
    symbols: ['km', 'kms'],
  },
  { code: 'm', name: 'meter', words: ['metre', 'metres', 'meter', 'meters'], symbols: ['m'] },
  {
    code: 'dm',
    name: 'decimeter',
    words: ['decimetre', 'decimetres', 'decimeter', 'decimeters'],
    symbols: ['dm'],
  },
  {
    code: 'cm',
    name: 'centimeter',
    words: ['centimetre', 'centimetres', 'centimeter', 'centimeters'],
    symbols: ['cm'],
  },
  {
    code: 'mm',
    name: 'millimeter',
    words: ['millimetre', 'millimetres', 'millimeter', 'millimeters'],
    symbols: ['mm'],
  },
  {
    code: 'µm',
    name: 'micrometer',
    words: ['micrometre', 'micrometres', 'micrometer', 'micrometers', 'micron', 'microns'],
  },
  { code: 'nm', name: 'nanometer', words: ['nanometre', 'nanometres', 'nanometer', 'nanometers'] },
  { code: 'pm', name: 'picometer', words: ['picometre', 'picometres', 'picometer', 'picometers'] },
  { code: 'miles', name: 'mile', words: ['mile', 'miles'], symbols: ['mi'] },
  {
    code: 'nautical miles',
    name: 'nautical mile',
    words: ['nautical mile', 'nautical miles'],
    symbols: ['nmi'],
  },
  { code: 'yd', name: 'yard', words: ['yard', 'yards'], symbols: ['yd', 'yds'] },
  { code: 'feet', name: 'foot', words: ['foot', 'feet'], symbols: ['ft'] },
  { code: 'inches', name: 'inch', words: ['inch', 'inches'], symbols: ['in.', '″'] },
  // Area
  { code: 'ha', name: 'hectare', words: ['hectare', 'hectares'], symbols: ['ha'] },
  { code: 'acres', name: 'acre', words: ['acre', 'acres'] },
  {
    code: 'km2',
    name: 'square kilometer',
    words: ['square kilometre', 'square kilometres', 'square kilometer', 'square kilometers', 'sq km'],
    symbols: ['km2', 'km²'],
  },
  {
    code: 'm2',
    name: 'square meter',
    words: ['square metre', 'square metres', 'square meter', 'square meters', 'sq m'],
    symbols: ['m2', 'm²'],
  },
  { code: 'sq mi', name: 'square mile', words: ['square mile', 'square miles', 'sq mi'] },
  { code: 'sq ft', name: 'square foot', words: ['square foot', 'square feet', 'sq ft'] },
  // Volume
  { code: 'l', name: 'liter', words: ['litre', 'litres', 'liter', 'liters'], symbols: ['l', 'L'] },
  {
    code: 'ml',
    name: 'milliliter',
    words: ['millilitre', 'millilitres', 'milliliter', 'milliliters'],
    symbols: ['ml', 'mL'],
  },
  { code: 'gallons', name: 'gallon', words: ['gallon', 'gallons'], symbols: ['gal'] },
  { code: 'barrels', name: 'barrel', words: ['barrel', 'barrels'], symbols: ['bbl'] },
  {
    code: 'm3',
    name: 'cubic meter',
    words: ['cubic metre', 'cubic metres', 'cubic meter', 'cubic meters'],
    symbols: ['m3', 'm³'],
  },
  { code: 'cu ft', name: 'cubic foot', words: ['cubic foot', 'cubic feet'] },
  // Speed (before the lengths they start with: the longest written form wins)
  {
    code: 'km/h',
    name: 'kilometer per hour',
    words: [
      'kilometres per hour',
      'kilometers per hour',
      'kilometre per hour',
      'kilometer per hour',
      'kilometres an hour',
      'kilometers an hour',
      'km per hour',
      'km an hour',
    ],
    symbols: ['km/h', 'km/hr', 'kph', 'kmph', 'kmh'],
  },
  {
    code: 'mph',
    name: 'mile per hour',
    words: ['miles per hour', 'mile per hour', 'miles an hour', 'mile an hour'],
    symbols: ['mph'],
  },
  { code: 'knots', name: 'knot', words: ['knot', 'knots'] },
  // Data
  // "bit" only hyphenated to a number ("a 16-bit chip"): "one bit of news" is no measure.
  { code: 'bits', name: 'bit', words: ['-bit'] },
  { code: 'Mb', name: 'megabit', words: ['megabit', 'megabits'], symbols: ['Mb', 'mb'] },
  { code: 'MB', name: 'megabyte', words: ['megabyte', 'megabytes'], symbols: ['MB'] },
  { code: 'GB', name: 'gigabyte', words: ['gigabyte', 'gigabytes'], symbols: ['GB'] },
  { code: 'TB', name: 'terabyte', words: ['terabyte', 'terabytes'], symbols: ['TB'] },
  // Power and energy: the capacity a blackout cut or a plant adds ("2.2 GW", "a 600-megawatt plant").
  { code: 'kW', name: 'kilowatt', words: ['kilowatt', 'kilowatts'], symbols: ['kW'] },
  { code: 'MW', name: 'megawatt', words: ['megawatt', 'megawatts'], symbols: ['MW'] },
  { code: 'GW', name: 'gigawatt', words: ['gigawatt', 'gigawatts'], symbols: ['GW'] },
  ...energyMeasures(),
];

/** kWh, MWh, GWh, TWh: energy, the same four ways written for each prefix ("gigawatt-hours"). */
function energyMeasures(): Measure[] {
  const prefixes: [string, string][] = [
    ['k', 'kilo'],
    ['M', 'mega'],
    ['G', 'giga'],
    ['T', 'tera'],
  ];
  return prefixes.map(([symbol, prefix]) => ({
    code: `${symbol}Wh`,
    name: `${prefix}watt hour`,
    words: [`${prefix}watt hour`, `${prefix}watt hours`, `${prefix}watt-hours`],
    symbols: [`${symbol}Wh`],
  }));
}

const BY_WORD = new Map<string, Measure>();
const BY_SYMBOL = new Map<string, Measure>();
for (const m of MEASURES) {
  for (const w of m.words) BY_WORD.set(w, m);
  for (const s of m.symbols ?? []) BY_SYMBOL.set(s, m);
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/"]/g, '\\$&');
const longestFirst = (forms: Iterable<string>) =>
  [...forms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');

// A unit right after a number: a space or a hyphen may come between ("10 km", "six-mile"), a symbol
// may be glued ("7.62mm") or bracketed ("20 (kg)"). Nothing word-like may follow ("10 kmart").
const WORD_AFTER = new RegExp(
  `(?:[ \\u00a0]?-[ \\u00a0]?|[ \\u00a0]?)(${longestFirst(BY_WORD.keys())})(?![\\w-])`,
  'iy',
);
const SYMBOL_AFTER = new RegExp(
  `(?:[ \\u00a0]?)(?:([([{<])\\s?)?(${longestFirst(BY_SYMBOL.keys())})(?:\\s?[)\\]}>])?(?![\\w²³])`,
  'y',
);
const BRACKETS: Record<string, string> = wordTable({ '(': ')', '[': ']', '{': '}', '<': '>' });

/** The measure written at `at`, right after a number, with where it ends; null when none. */
export function measureAfter(text: string, at: number): { code: string; end: number } | null {
  WORD_AFTER.lastIndex = at;
  const word = WORD_AFTER.exec(text);
  SYMBOL_AFTER.lastIndex = at;
  const symbol = SYMBOL_AFTER.exec(text);
  const wordEnd = word ? at + word[0].length : -1;
  let symbolEnd = symbol ? at + symbol[0].length : -1;
  if (symbol?.[1]) {
    // A bracket around the symbol must close: "20 (kg)" yes, "20 (kg of" no.
    if (text[symbolEnd - 1] !== BRACKETS[symbol[1]]) symbolEnd = -1;
  } else if (symbol && /[)\]}>]$/.test(symbol[0])) {
    symbolEnd -= 1;
  }
  if (wordEnd < 0 && symbolEnd < 0) return null;
  if (wordEnd >= symbolEnd) return { code: BY_WORD.get(word![1]!.toLowerCase())!.code, end: wordEnd };
  return { code: BY_SYMBOL.get(symbol![2]!)!.code, end: symbolEnd };
}

/** True for a measure code this table gives ("kg", "km/h"). */
export function isMeasure(code: string): boolean {
  return CODES.has(code);
}
const CODES = new Set(MEASURES.map((m) => m.code));

/** The English name of a measure code ("kilometer per hour" for "km/h"), for comparing with other systems. */
export function measureName(code: string): string | undefined {
  return MEASURES.find((m) => m.code === code)?.name;
}
