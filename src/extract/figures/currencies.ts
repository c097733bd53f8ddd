import { wordTable } from '../../util/word-table.js';

// Currency names, codes and signs (ISO 4217, plus a few pre-euro and minor units that still appear in
// archives). One table is the source for three readers: a sign or code before the amount ("€5m",
// "EUR 5"), a name after it ("420 million Finnish markka", "10 US dollars") and a glued sign after it
// ("100元"). Units are the ISO codes so that figures from different outlets compare.

interface Currency {
  code: string;
  /** Singular names, lower-case; plurals are derived ("dollar" → "dollars") unless listed. */
  names: string[];
  /** Signs written right before or after the amount. */
  signs?: string[];
}

// Names that are also common English words ("real", "won", "dong", "colon", "kip") are listed only
// with their country ("Brazilian real"): "two real problems" and "three won" are not money.
const CURRENCIES: Currency[] = [
  {
    code: 'USD',
    names: ['us dollar', 'u.s. dollar', 'united states dollar', 'american dollar', 'dollar', 'buck'],
  },
  { code: 'EUR', names: ['euro'], signs: ['€'] },
  { code: 'GBP', names: ['british pound', 'pound sterling', 'pound', 'sterling', 'quid'], signs: ['£'] },
  { code: 'JPY', names: ['japanese yen', 'yen'], signs: ['¥', '円'] },
  { code: 'CNY', names: ['chinese yuan', 'yuan', 'renminbi', 'rmb'], signs: ['元'] },
  { code: 'CHF', names: ['swiss franc', 'franc'] },
  { code: 'CAD', names: ['canadian dollar'] },
  { code: 'AUD', names: ['australian dollar'] },
  { code: 'NZD', names: ['new zealand dollar'] },
  { code: 'HKD', names: ['hong kong dollar'] },
  { code: 'SGD', names: ['singapore dollar'] },
  { code: 'TWD', names: ['taiwan dollar', 'new taiwan dollar'] },
  { code: 'RUB', names: ['russian rouble', 'russian ruble', 'rouble', 'ruble'], signs: ['₽'] },
  { code: 'UAH', names: ['ukrainian hryvnia', 'hryvnia', 'hryvnia'], signs: ['₴'] },
  { code: 'AMD', names: ['armenian dram', 'dram'], signs: ['֏'] },
  { code: 'AZN', names: ['azerbaijani manat', 'manat'], signs: ['₼'] },
  { code: 'GEL', names: ['georgian lari', 'lari'], signs: ['₾'] },
  { code: 'TRY', names: ['turkish lira', 'lira'], signs: ['₺', 'TL'] },
  { code: 'INR', names: ['indian rupee', 'rupee'], signs: ['₹'] },
  { code: 'LKR', names: ['sri lankan rupee'], signs: ['ரூ'] },
  { code: 'PKR', names: ['pakistani rupee'] },
  { code: 'IDR', names: ['indonesian rupiah', 'rupiah'] },
  { code: 'IRR', names: ['iranian rial', 'rial'], signs: ['﷼'] },
  { code: 'SAR', names: ['saudi riyal', 'riyal'] },
  { code: 'AED', names: ['uae dirham', 'emirati dirham', 'dirham'] },
  { code: 'ILS', names: ['israeli shekel', 'new israeli shekel', 'shekel'], signs: ['₪'] },
  { code: 'EGP', names: ['egyptian pound'] },
  { code: 'MXN', names: ['mexican peso', 'peso'] },
  { code: 'BRL', names: ['brazilian real'] },
  { code: 'KRW', names: ['south korean won', 'korean won'], signs: ['₩'] },
  { code: 'KZT', names: ['kazakh tenge', 'tenge'], signs: ['₸'] },
  { code: 'PLN', names: ['polish zloty', 'zloty'] },
  { code: 'SEK', names: ['swedish krona'] },
  { code: 'NOK', names: ['norwegian krone'] },
  { code: 'DKK', names: ['danish krone'] },
  { code: 'ZAR', names: ['south african rand', 'rand'] },
  { code: 'NGN', names: ['nigerian naira', 'naira'], signs: ['₦'] },
  { code: 'VND', names: ['vietnamese dong'], signs: ['₫'] },
  { code: 'THB', names: ['thai baht', 'baht'], signs: ['฿'] },
  { code: 'PHP', names: ['philippine peso'], signs: ['₱'] },
  { code: 'CRC', names: ['costa rican colon', 'costa rican colón'], signs: ['₡'] },
  { code: 'LAK', names: ['lao kip'], signs: ['₭'] },
  { code: 'KHR', names: ['cambodian riel', 'riel'], signs: ['៛'] },
  { code: 'MYR', names: ['malaysian ringgit', 'ringgit'] },
  // Currencies of places that crises are often reported from, by their country-qualified names.
  { code: 'MAD', names: ['moroccan dirham'] },
  { code: 'LYD', names: ['libyan dinar'] },
  { code: 'IQD', names: ['iraqi dinar'] },
  { code: 'JOD', names: ['jordanian dinar'] },
  { code: 'KWD', names: ['kuwaiti dinar'] },
  { code: 'TND', names: ['tunisian dinar'] },
  { code: 'DZD', names: ['algerian dinar'] },
  { code: 'RSD', names: ['serbian dinar'] },
  { code: 'SDG', names: ['sudanese pound'] },
  { code: 'SSP', names: ['south sudanese pound'] },
  { code: 'LBP', names: ['lebanese pound', 'lebanese lira'] },
  { code: 'SYP', names: ['syrian pound', 'syrian lira'] },
  { code: 'YER', names: ['yemeni rial'] },
  { code: 'OMR', names: ['omani rial'] },
  { code: 'QAR', names: ['qatari riyal'] },
  { code: 'AFN', names: ['afghan afghani', 'afghani'] },
  { code: 'MMK', names: ['myanmar kyat', 'burmese kyat', 'kyat'] },
  { code: 'ETB', names: ['ethiopian birr', 'birr'] },
  { code: 'KES', names: ['kenyan shilling'] },
  { code: 'UGX', names: ['ugandan shilling'] },
  { code: 'TZS', names: ['tanzanian shilling'] },
  { code: 'SOS', names: ['somali shilling'] },
  { code: 'HTG', names: ['haitian gourde', 'gourde'] },
  { code: 'VES', names: ['venezuelan bolivar', 'bolivar'] },
  { code: 'ARS', names: ['argentine peso', 'argentinian peso'] },
  { code: 'COP', names: ['colombian peso'] },
  { code: 'CLP', names: ['chilean peso'] },
  { code: 'BDT', names: ['bangladeshi taka', 'taka'] },
  { code: 'NPR', names: ['nepalese rupee', 'nepali rupee'] },
  { code: 'GHS', names: ['ghanaian cedi', 'cedi'] },
  { code: 'XOF', names: ['cfa franc', 'west african cfa franc'] },
  { code: 'CDF', names: ['congolese franc'] },
  { code: 'BYN', names: ['belarusian ruble', 'belarusian rouble'] },
  { code: 'MDL', names: ['moldovan leu'] },
  { code: 'HUF', names: ['hungarian forint', 'forint'] },
  { code: 'MNT', names: ['mongolian tugrik', 'tugrik'], signs: ['₮'] },
  { code: 'MGA', names: ['malagasy ariary', 'ariary'] },
  { code: 'MZN', names: ['mozambican metical', 'metical'] },
  { code: 'MWK', names: ['malawian kwacha'] },
  { code: 'ZMW', names: ['zambian kwacha'] },
  { code: 'BOB', names: ['boliviano'] },
  { code: 'PYG', names: ['paraguayan guaraní', 'guaraní', 'guarani'] },
  { code: 'PEN', names: ['peruvian sol'] },
  { code: 'VUV', names: ['vatu'] },
  { code: 'RON', names: ['romanian leu'] },
  { code: 'CZK', names: ['czech koruna', 'czech crown', 'koruna'] },
  { code: 'XAF', names: ['central african cfa franc'] },
  { code: 'RWF', names: ['rwandan franc'] },
  { code: 'JMD', names: ['jamaican dollar'] },
  { code: 'DOP', names: ['dominican peso'] },
  { code: 'CUP', names: ['cuban peso'] },
  { code: 'GTQ', names: ['guatemalan quetzal', 'quetzal'] },
  { code: 'HNL', names: ['honduran lempira', 'lempira'] },
  // Pre-euro currencies, still in archives and historical figures.
  { code: 'FIM', names: ['finnish markka', 'markka'] },
  { code: 'NLG', names: ['dutch guilder', 'netherlands guilder', 'guilder'] },
  { code: 'ESP', names: ['spanish peseta', 'peseta'] },
  { code: 'DEM', names: ['german mark', 'deutsche mark', 'deutschmark'] },
  { code: 'FRF', names: ['french franc'] },
  { code: 'ITL', names: ['italian lira'] },
  { code: 'XBT', names: ['bitcoin'], signs: ['₿'] },
  // Minor units keep their own code: "50 cents" is not 50 dollars.
  { code: 'cents', names: ['cent'], signs: ['¢'] },
  { code: 'pence', names: ['penny', 'pence'] },
];

const IRREGULAR_PLURALS: Record<string, string> = wordTable({
  penny: 'pennies',
  pence: 'pence',
  yen: 'yen',
  yuan: 'yuan',
  renminbi: 'renminbi',
  rmb: 'rmb',
  won: 'won',
  markka: 'markkaa',
  lira: 'lire',
  real: 'reais',
  krona: 'kronor',
  krone: 'kroner',
  sterling: 'sterling',
  quid: 'quid',
  baht: 'baht',
  kip: 'kip',
  dong: 'dong',
  colón: 'colones',
  colon: 'colones',
  ariary: 'ariary',
  metical: 'meticais',
  kwacha: 'kwacha',
  guaraní: 'guaraníes',
  guarani: 'guaranis',
  vatu: 'vatu',
  leu: 'lei',
  koruna: 'korun',
  quetzal: 'quetzales',
  lempira: 'lempiras',
});

/** Every written form (singular and plural, lower-case) → code. */
const BY_NAME = new Map<string, string>();
const BY_SIGN = new Map<string, string>();
for (const currency of CURRENCIES) {
  for (const name of currency.names) {
    const last = name.split(' ').pop()!;
    const irregular = IRREGULAR_PLURALS[last];
    const plural = irregular ? name.slice(0, name.length - last.length) + irregular : `${name}s`;
    for (const form of [name, plural, `${name}s`]) if (!BY_NAME.has(form)) BY_NAME.set(form, currency.code);
  }
  for (const sign of currency.signs ?? []) BY_SIGN.set(sign, currency.code);
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAMES_LONGEST_FIRST = [...BY_NAME.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);

/** A currency name right after an amount: "  Finnish markka", " US dollars", "-yen". */
const NAME_AFTER = new RegExp(
  `[ \\u00a0]?(?:-|[ \\u00a0])?(${NAMES_LONGEST_FIRST.join('|')})(?![\\w-])`,
  'iy',
);
/** A currency sign glued to or spaced after an amount: "100元", "100,000 ₭". */
const SIGN_AFTER = new RegExp(`[ \\u00a0]?(${[...BY_SIGN.keys()].map(escapeRegex).join('|')})`, 'y');

/**
 * Names that several countries use, with the words that point to each ("30,000 dirhams" in a report
 * from Morocco are Moroccan). The first country the article names decides; without one, the table's
 * default (or, for a name it lacks, no currency) stands.
 */
const SHARED_NAMES: Record<string, [code: string, hint: RegExp][]> = wordTable({
  dirham: [
    ['MAD', /\bMorocc/],
    ['AED', /\b(?:UAE|Emirat|Dubai|Abu Dhabi)/],
  ],
  dinar: [
    ['LYD', /\bLibya/],
    ['IQD', /\bIraq/],
    ['JOD', /\bJordan/],
    ['KWD', /\bKuwait/],
    ['TND', /\bTunisia/],
    ['DZD', /\bAlgeria/],
    ['RSD', /\bSerbia/],
  ],
  rial: [
    ['IRR', /\bIran/],
    ['YER', /\bYemen/],
    ['OMR', /\bOman\b/],
  ],
  riyal: [
    ['SAR', /\bSaudi/],
    ['QAR', /\bQatar/],
  ],
  shilling: [
    ['KES', /\bKenya/],
    ['UGX', /\bUganda/],
    ['TZS', /\bTanzania/],
    ['SOS', /\bSomali/],
  ],
  peso: [
    ['MXN', /\bMexic/],
    ['ARS', /\bArgentin/],
    ['COP', /\bColombia/],
    ['CLP', /\bChile/],
    ['PHP', /\bPhilippin/],
  ],
  rupee: [
    ['INR', /\bIndia/],
    ['PKR', /\bPakistan/],
    ['LKR', /\bSri Lanka/],
    ['NPR', /\bNepal/],
  ],
  kwacha: [
    ['MWK', /\bMalawi/],
    ['ZMW', /\bZambia/],
  ],
  leu: [
    ['RON', /\bRomania/],
    ['MDL', /\bMoldov/],
  ],
  // "CFA 50,000 francs", "15,000 francs" in a report from Mali: the CFA franc, not the Swiss one.
  franc: [
    [
      'XOF',
      /\bCFA\b|\bMali\b|\bSenegal|\bNiger\b|\bBurkina|\bIvory Coast|\bCôte d['’]Ivoire|\bBenin\b|\bTogo\b/,
    ],
    ['XAF', /\bCameroon|\bChad\b|\bGabon|\bCentral African|\bEquatorial Guinea|\bRepublic of (?:the )?Congo/],
    ['CHF', /\bSwiss|\bSwitzerland/],
    ['RWF', /\bRwand/],
    ['BIF', /\bBurundi/],
    ['GNF', /\bGuinea\b/],
  ],
  lira: [
    ['TRY', /\b(?:Turk|Türk)/],
    ['LBP', /\bLeban/],
    ['SYP', /\bSyria/],
  ],
});
/** Plurals of shared names that are not the name plus "s". */
const SHARED_PLURALS: Record<string, string> = wordTable({ lira: 'lire', kwacha: 'kwacha', leu: 'lei' });
const SHARED_FORMS = new Map<string, string>();
for (const name of Object.keys(SHARED_NAMES)) {
  SHARED_FORMS.set(name, name);
  SHARED_FORMS.set(SHARED_PLURALS[name] ?? `${name}s`, name);
}
const SHARED_NAME_AFTER = new RegExp(`[ \\u00a0]?(${[...SHARED_FORMS.keys()].join('|')})(?![\\w-])`, 'iy');

/** The code a shared currency name has in this text, or null when the text names none of its countries. */
function sharedNameCode(name: string, text: string): string | null {
  const choices = SHARED_NAMES[SHARED_FORMS.get(name.toLowerCase()) ?? ''];
  if (!choices) return null;
  let best: { code: string; at: number } | null = null;
  for (const [code, hint] of choices) {
    const at = text.search(hint);
    if (at >= 0 && (!best || at < best.at)) best = { code, at };
  }
  return best?.code ?? null;
}

/**
 * "Rs10 billion", "Rs. 25,000": the rupee abbreviation of South Asian papers, in the currency of the
 * country the text names (India's when it names none, as "rupees" alone reads).
 */
export function rupeeCode(text: string): string {
  return sharedNameCode('rupee', text) ?? 'INR';
}

/**
 * "Sh145", "Sh1.1 billion": the shilling abbreviation of East African papers, in the currency of the
 * country the text names (Kenya's when it names none: Kenyan papers write it most).
 */
export function shillingCode(text: string): string {
  return sharedNameCode('shilling', text) ?? 'KES';
}

/** The code of a currency written at `at` after an amount, with where the name ends; null when none. */
export function currencyAfter(text: string, at: number): { code: string; end: number } | null {
  const first = text.charCodeAt(at);
  // Cheap exit: a currency follows only after a space, hyphen or a non-ASCII sign.
  if (first !== 32 && first !== 45 && first !== 160 && first < 128) return null;
  NAME_AFTER.lastIndex = at;
  const name = NAME_AFTER.exec(text);
  if (name?.[1]) {
    const code = sharedNameCode(name[1], text) ?? BY_NAME.get(name[1].toLowerCase());
    if (code) return { code, end: at + name[0].length };
  }
  SHARED_NAME_AFTER.lastIndex = at;
  const shared = SHARED_NAME_AFTER.exec(text);
  const sharedCode = shared?.[1] ? sharedNameCode(shared[1], text) : null;
  if (sharedCode) return { code: sharedCode, end: at + shared![0].length };
  const scaled = scaledWordCurrency(text, at);
  if (scaled) return scaled;
  SIGN_AFTER.lastIndex = at;
  const sign = SIGN_AFTER.exec(text);
  const code = sign?.[1] ? BY_SIGN.get(sign[1]) : undefined;
  return code ? { code, end: at + sign![0].length } : null;
}

/**
 * "10 trillion won", "4.5 billion dong": after a scale word, a currency name that is also an English
 * word ("won", "dong", "kip", "reais") can only be money; "three won" alone stays no money.
 */
const COMMON_WORD_CURRENCY: Record<string, string> = wordTable({
  won: 'KRW',
  dong: 'VND',
  kip: 'LAK',
  reais: 'BRL',
});
const WORD_NAME_AFTER = /[ \u00a0](won|dong|kip|reais)(?![\w-])/iy;

function scaledWordCurrency(text: string, at: number): { code: string; end: number } | null {
  if (!/(?:million|billion|trillion|bn|mn)$/i.test(text.slice(Math.max(0, at - 8), at))) return null;
  WORD_NAME_AFTER.lastIndex = at;
  const m = WORD_NAME_AFTER.exec(text);
  const code = m?.[1] ? COMMON_WORD_CURRENCY[m[1].toLowerCase()] : undefined;
  return code ? { code, end: at + m![0].length } : null;
}

/** The code for a currency sign, or undefined. */
export function currencyOfSign(sign: string): string | undefined {
  return BY_SIGN.get(sign);
}

/** The code for a currency name ("euros", "Swiss francs"), or undefined. */
export function currencyOfName(name: string): string | undefined {
  return BY_NAME.get(name.toLowerCase());
}

/** True for an ISO 4217 code in the table ("EUR", "GEL"); used for codes written before amounts. */
export function isCurrencyCode(code: string): boolean {
  return CODES.has(code);
}
const CODES = new Set(CURRENCIES.map((c) => c.code).filter((c) => /^[A-Z]{3}$/.test(c)));

/** Every sign in the table, for building the prefix pattern. */
export const CURRENCY_SIGNS = [...BY_SIGN.keys()];

/** The names a code is written with, lower-case singular (for matching other systems' unit names). */
export function currencyNames(code: string): string[] {
  return CURRENCIES.find((c) => c.code === code)?.names ?? [];
}
