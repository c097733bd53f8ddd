// Reports of how markets took an event ("Won slumps to two-year low after martial law", "Insurers
// put losses at $15 billion", "Dhaka shares surge") are stories of their own: analysts file them
// under the economy, not under the event, however much of the event's wording they repeat.
import { stemTerm } from './terms.js';
import type { Vocabulary } from './vocabulary.js';

/** Words of trading and finance that a market report's title uses anywhere. */
const FINANCE_WORDS = [
  'shares',
  'stocks',
  'stock',
  'investors',
  'insurers',
  'traders',
  'trading',
  'liquidity',
  'currency',
  'bonds',
  'kospi',
  'nikkei',
  'sensex',
  'ftse',
  'dax',
  'bourse',
];

/** Currencies, which head a market report's title ("Won slumps…", "Lira hits record low"). */
const CURRENCIES = [
  'won',
  'yen',
  'yuan',
  'rupee',
  'lira',
  'peso',
  'rouble',
  'ruble',
  'dollar',
  'euro',
  'sterling',
  'naira',
  'rand',
  'shilling',
  'dram',
  'manat',
  'hryvnia',
  'taka',
  'ringgit',
  'baht',
  'rupiah',
];

export class MarketTerms {
  private readonly finance = new Set<number>();
  private readonly currencies = new Set<number>();

  constructor(vocabulary: Vocabulary) {
    for (const word of FINANCE_WORDS) this.finance.add(vocabulary.intern(stemTerm(word)));
    for (const word of CURRENCIES) this.currencies.add(vocabulary.intern(stemTerm(word)));
  }

  /** Whether a title's terms (in title order) head a report of markets. */
  reportsMarkets(titleTerms: readonly number[]): boolean {
    if (titleTerms.length > 0 && this.currencies.has(titleTerms[0]!)) return true;
    return titleTerms.some((id) => this.finance.has(id));
  }
}
