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
  { code: 'TRY', names: ['turkish lira', 'lira'], signs: ['₺'] },
  { code: 'INR', names: ['indian rupee', 'rupee'], signs: ['₹'] },
  { code: 'LKR', names: ['sri lankan rupee'], signs: ['ரூ'] },
  { code: 'PKR', names: ['pakistani rupee'] },
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
  { code: 'MNT', names: ['mongolian tugrik', 'tugrik'], signs: ['₮'] },
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

const IRREGULAR_PLURALS: Record<string, string> = {
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
};

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

/** The code of a currency written at `at` after an amount, with where the name ends; null when none. */
export function currencyAfter(text: string, at: number): { code: string; end: number } | null {
  const first = text.charCodeAt(at);
  // Cheap exit: a currency follows only after a space, hyphen or a non-ASCII sign.
  if (first !== 32 && first !== 45 && first !== 160 && first < 128) return null;
  NAME_AFTER.lastIndex = at;
  const name = NAME_AFTER.exec(text);
  if (name?.[1]) {
    const code = BY_NAME.get(name[1].toLowerCase());
    if (code) return { code, end: at + name[0].length };
  }
  SIGN_AFTER.lastIndex = at;
  const sign = SIGN_AFTER.exec(text);
  const code = sign?.[1] ? BY_SIGN.get(sign[1]) : undefined;
  return code ? { code, end: at + sign![0].length } : null;
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
