// Figures that the number reader alone does not see: money written with a sign and a glued scale
// ("€5m", "$11.5 million", "£1 million"), and imprecise counts ("tens of thousands", "several hundred").

import type { Figure } from '../../types.js';
import { wordTable } from '../../util/word-table.js';
import type { Annotated, Sentence } from '../annotate.js';
import { readNumberAt } from '../numbers.js';
import { countedAfter } from './counted.js';
import { CURRENCY_SIGNS, currencyOfSign, isCurrencyCode, rupeeCode, shillingCode } from './currencies.js';
import { measureAfter } from './measures.js';
import { minorAfter } from './minor.js';
import { qualifierBefore } from './qualifiers.js';
import { guarded, matchesIn } from './scan.js';
import { CURRENCY_PREFIX } from './units.js';

export interface Span {
  start: number;
  end: number;
}

type Draft = Omit<Figure, 'article' | 'text' | 'asOf'>;

const SIGNS = ['$', ...CURRENCY_SIGNS].map((s) => s.replace(/[$]/g, '\\$&')).join('|');
/** The last character of every currency sign, for a character class. */
const SIGN_ENDS = [...new Set(['$', ...CURRENCY_SIGNS].map((sign) => sign.slice(-1)))]
  .join('')
  .replace(/[\\\]^-]/g, '\\$&');
/**
 * An amount's number comes right after its sign or code, at most two spaces apart: after a sign's
 * last character, a capital letter (a code) or "s" or "." ("Rs."). MONEY scans only a text that
 * holds one of those before a digit. Written digit first, with the sign behind it: the regex engine
 * then looks for digits, a small class it scans for quickly, and checks what comes before only at
 * those. Led by the class of signs and capitals, it tested that large class at every offset of
 * every text: 13 µs a text of the ingest bench against 1 µs, and 2% of an extraction worker's time.
 */
const BEFORE_AMOUNT = new RegExp(`\\d(?<=[A-Zhs.${SIGN_ENDS}]\\s{0,2}\\d|Rp\\s?\\d)`);
const MONEY = guarded(
  new RegExp(
    `(?<sign>(?:\\b(?:[Uu]\\.?[Ss]\\.?|[Cc][Aa]?|[Hh][Kk]|[Nn][Zz])\\s?|\\bA|\\bS)?(?:${SIGNS})|\\b[A-Z]{3}\\s?|\\bRs\\.?|\\bRp\\.?|\\bRM(?=\\d)|\\bK[Ss]h\\.?|\\b[TU]?Sh\\.?|\\bR(?=\\d)|\\bP(?=\\d))\\s?` +
      '(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s?(?<scale>trillion|billion|million|thousand|crores?|lakhs?|tn|trn|bn|mn|m|b|k)\\b(?:\\s(?<crore>crores?)\\b)?)?',
    'g',
  ),
  BEFORE_AMOUNT,
);
const SCALE: Record<string, number> = wordTable({
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
  // South Asian scales: a crore is ten million, a lakh a hundred thousand.
  crore: 1e7,
  crores: 1e7,
  lakh: 1e5,
  lakhs: 1e5,
});

/**
 * Currencies that papers write with letters glued to the amount: "R10 million" (rand), "P3 billion"
 * (Philippine peso), "RM5 million" (ringgit), "KSh 2 billion" (Kenyan shilling), "TSh 10 billion"
 * (Tanzanian), "USh 90 million" (Ugandan), "Rp 5 juta". A bare "Sh" is the shilling of the country
 * the text names (East African papers write "Sh145" for their own currency).
 */
const LETTER_SIGNS: Record<string, string> = wordTable({
  R: 'ZAR',
  P: 'PHP',
  RM: 'MYR',
  KSh: 'KES',
  Ksh: 'KES',
  TSh: 'TZS',
  USh: 'UGX',
  Rp: 'IDR',
});

/** Letters papers write before an amount that are not the ISO code: "NIS 15 billion", "CFA 650 billion". */
const CODE_ALIASES: Record<string, string> = wordTable({ NIS: 'ILS', CFA: 'XOF' });

/**
 * "Rs" is the rupee and "Sh" the shilling of the country the text names; any other sign or code as the
 * table gives it.
 */
function letterSignCode(sign: string, text: string): string | null {
  if (/^Sh\.?$/.test(sign)) return shillingCode(text);
  return /^Rs\.?$/.test(sign) ? rupeeCode(text) : currencyOf(sign);
}

/** Amounts with a currency sign or code before them. */
export function findMoney(text: string, from: number, to: number): Draft[] {
  const found: Draft[] = [];
  // Match inside the sentence only: a global regex left to run on would scan the rest of the text.
  for (const m of matchesIn(MONEY, text, from, to)) {
    const { sign = '', num = '', scale, crore } = m.groups ?? {};
    // "R10 million", "R150,000": the rand of South African papers, glued to an amount that a scale
    // or thousands separators mark as money (not the "R40" road).
    if (sign === 'R' && !scale && !num.includes(',')) continue;
    // "P3 billion", "P500 million": the peso of Philippine papers, only with a scale ("P5" is a grade).
    if (sign === 'P' && !scale) continue;
    const unit = LETTER_SIGNS[sign.trim().replace(/\.$/, '')] ?? letterSignCode(sign.trim(), text);
    if (!unit || nameWithNumber(sign, num, scale)) continue;
    let amount = Number(num.replace(/,/g, '')) * (scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1);
    // "Rs 2 lakh crore", "₹5 thousand crore": a crore after a scale multiplies it (a lakh crore is 10¹²).
    if (crore) amount *= SCALE.crore ?? 1;
    let end = m.index + m[0].length;
    const minor = scale ? null : minorAfter(text, end, to);
    if (minor) ({ amount, end } = { amount: amount + minor.value / 100, end: minor.end });
    // 16.4 × 1e6 is 16399999.999999998 in floating point: keep the digits that were written.
    const value = Number(amount.toPrecision(15));
    const q = qualifierBefore(text, m.index, from);
    found.push({
      value,
      low: null,
      high: null,
      qualifier: q?.qualifier ?? null,
      unit,
      subject: '',
      start: q?.start ?? m.index,
      end,
    });
  }
  return joinMoneyRanges(text, found);
}

const MONEY_RANGE_JOIN = /^\s*(?:-|–|—|to|and)\s*$/;

/**
 * A verb of change right before "from" ("has risen from ₮8,000 to ₮15,000", "was enlarged from 76 to
 * 126 seats"): a value before and one after, not a range.
 */
export const CHANGED_FROM =
  /\b(?:rose|risen|rising|increased|climbed|jumped|grew|grown|fell|fallen|dropped|declined|decreased|enlarged|expanded|raised|cut|reduced|lowered|doubled|shrank|shrunk)\s+from\s+$/i;

/** "between $3 billion and $6 billion", "€5m-€8m": two amounts in one currency that bound one figure. */
function joinMoneyRanges(text: string, amounts: Draft[]): Draft[] {
  const joined: Draft[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const low = amounts[i]!;
    const high = amounts[i + 1];
    const join = high ? MONEY_RANGE_JOIN.exec(text.slice(low.end, high.start)) : null;
    const opener = /\b(between|from)\s+$/i.exec(text.slice(Math.max(0, low.start - 9), low.start));
    const isRange =
      high !== undefined &&
      join !== null &&
      high.unit === low.unit &&
      high.qualifier === null &&
      (low.value ?? 0) < (high.value ?? 0) &&
      (join[0].trim() !== 'and' || opener !== null) &&
      !(
        opener?.[1]?.toLowerCase() === 'from' &&
        CHANGED_FROM.test(text.slice(Math.max(0, low.start - 40), low.start))
      );
    if (!isRange) {
      joined.push(low);
      continue;
    }
    const start = opener ? low.start - opener[0].length : low.start;
    joined.push({ ...low, value: null, low: low.value, high: high.value, start, end: high.end });
    i++;
  }
  return joined;
}

/**
 * "COP29", "COP28": a code glued to a short plain number is a name (a conference and its number), not
 * an amount in Colombian pesos; an amount glued to its code has separators, decimals or a scale
 * ("USD1,200", "EUR2.5bn").
 */
function nameWithNumber(sign: string, num: string, scale: string | undefined): boolean {
  return /^[A-Z]{3}$/.test(sign) && !scale && /^\d{1,3}$/.test(num);
}

function currencyOf(sign: string): string | null {
  if (/^[A-Z]{3}$/.test(sign)) return isCurrencyCode(sign) ? sign : (CODE_ALIASES[sign] ?? null);
  const other = currencyOfSign(sign);
  if (other) return other;
  for (const [pattern, code] of CURRENCY_PREFIX) {
    const m = pattern.exec(sign);
    if (m) return code || m[1] || null;
  }
  return null;
}

const IMPRECISE =
  /\b(?:(?<plural>tens|hundreds|thousands|millions|dozens|scores)(?:\s+of\s+(?<of>thousands|millions|billions))?|(?<few>several|a few|a couple of)\s+(?<scale>dozen|hundred|thousand|million))\b/gi;
const BASE: Record<string, number> = wordTable({
  tens: 10,
  dozens: 12,
  dozen: 12,
  scores: 20,
  hundreds: 100,
  hundred: 100,
  thousands: 1e3,
  thousand: 1e3,
  millions: 1e6,
  million: 1e6,
  billions: 1e9,
});

/** "tens of thousands of people": approximate, value = the smallest amount the words allow. */
export function findImprecise(annotated: Annotated, sentence: Sentence): Draft[] {
  const text = annotated.text;
  const found: Draft[] = [];
  for (const m of matchesIn(IMPRECISE, text, sentence.start, sentence.end)) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    const value = lowerBound(g);
    const ofNext = /^\s+of\s+/i.exec(text.slice(end, end + 5));
    const counted = countedAfter(annotated, m.index, end + (ofNext?.[0].length ?? 0), sentence.end, true);
    if (!counted) continue;
    const q = qualifierBefore(text, m.index, sentence.start);
    found.push({
      value,
      low: null,
      high: null,
      qualifier: q?.qualifier ?? null,
      unit: counted.unit,
      subject: counted.unit,
      approximate: true,
      start: q?.start ?? m.index,
      end: Math.max(end, counted.end),
    });
  }
  return found;
}

function lowerBound(g: Record<string, string | undefined>): number {
  if (g.plural) {
    // A plural means at least two of the unit: "hundreds" ≥ 200, "tens of thousands" ≥ 20,000.
    return 2 * (BASE[g.plural.toLowerCase()] ?? 1) * (g.of ? (BASE[g.of.toLowerCase()] ?? 1) : 1);
  }
  const times = g.few?.toLowerCase() === 'several' ? 3 : 2;
  return times * (BASE[g.scale?.toLowerCase() ?? ''] ?? 1);
}

// "per cent of twenty-two": the unit written first, with no number before it ("40 percent of 200" is
// a percentage of a count, which the number reader handles from the 40).
const PERCENT_OF = guarded(/\b(?:percents?|per cent|pct)\s+of\s+/gi, /p(?:er ?cents?|ct)\s+of\s/i);
const NUMBER_BEFORE =
  /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|[a-z]+ty|hundred|thousand|million|billion|dozen))\s*$/i;

/** A percentage written as "percent of N". */
export function findPercentOf(text: string, from: number, to: number): Draft[] {
  const found: Draft[] = [];
  for (const m of matchesIn(PERCENT_OF, text, from, to)) {
    if (NUMBER_BEFORE.test(text.slice(Math.max(from, m.index - 12), m.index))) continue;
    const n = readNumberAt(text, m.index + m[0].length, to);
    if (!n || n.fraction) continue;
    found.push({
      value: n.value,
      low: null,
      high: null,
      qualifier: null,
      unit: 'percent',
      subject: '',
      start: m.index,
      end: n.end,
    });
  }
  return found;
}

// A number glued to a unit symbol ("7.62mm", "200lbs", "24703m2"): the number reader skips these,
// since a number glued to letters is usually a code ("A4", "F16").
const GLUED = /(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?=[A-Za-zµμ″])/g;

/** The plural noun right after "20m": what the millions count ("barrels", "people"). */
const MILLIONS_OF = /^ ((?:[a-z]{2,}s)|people|children|livestock|cattle)\b/;
/** Plural words after "20m" that measure or place the metres: "20m apart", "5m tall waves" is not plural. */
const NOT_COUNTED = new Set([
  'was',
  'has',
  'is',
  'as',
  'us',
  'its',
  'this',
  'thus',
  'plus',
  'less',
  'across',
  'towards',
  'upwards',
  'downwards',
  'inland',
  'seas',
  'waves',
  'swells',
  'drops',
]);

/** Measures written with the unit glued to the number. */
export function findGluedMeasures(text: string, from: number, to: number): Draft[] {
  const found: Draft[] = [];
  for (const m of matchesIn(GLUED, text, from, to)) {
    const end = m.index + m[0].length;
    // "4.5pc", "12pc": the per cent of British papers, glued to the number.
    const percent = /^pc\b/.test(text.slice(end, end + 3)) ? { code: 'percent', end: end + 2 } : null;
    const measure = percent ?? measureAfter(text, end);
    if (!measure || measure.end > to) continue;
    const q = qualifierBefore(text, m.index, from);
    const value = Number(m[0].replace(/,/g, ''));
    // "nearly 20m barrels", "3.3m people": a glued "m" before a plural noun is millions, not metres.
    const counted =
      measure.code === 'm' && text[end] === 'm' ? MILLIONS_OF.exec(text.slice(measure.end, to)) : null;
    if (counted && counted[1] && !NOT_COUNTED.has(counted[1].toLowerCase())) {
      found.push({
        value: value * 1e6,
        low: null,
        high: null,
        qualifier: q?.qualifier ?? null,
        unit: counted[1].toLowerCase(),
        subject: '',
        start: q?.start ?? m.index,
        end: measure.end + counted[0].length,
      });
      continue;
    }
    found.push({
      value,
      low: null,
      high: null,
      qualifier: q?.qualifier ?? null,
      unit: measure.code,
      subject: '',
      start: q?.start ?? m.index,
      end: measure.end,
    });
  }
  return found;
}
