import { describe, expect, it } from 'vitest';
import { MarketTerms } from './markets.js';
import { TermScanner } from './terms.js';
import { Vocabulary } from './vocabulary.js';

describe('MarketTerms', () => {
  const vocabulary = new Vocabulary();
  const markets = new MarketTerms(vocabulary);
  const scanner = new TermScanner(vocabulary);
  const reports = (title: string) => {
    const terms = scanner.scan(title, true);
    return markets.reportsMarkets(Array.from(terms.ids.subarray(0, terms.length)));
  };

  it('takes titles about trading and those headed by a currency', () => {
    expect(reports('Manila shares tumble as typhoon shuts ports')).toBe(true);
    expect(reports('Insurers put storm losses at $4 billion')).toBe(true);
    expect(reports('Peso slides to record low after coup attempt')).toBe(true);
  });

  it('leaves reports of the event alone, a marketplace included', () => {
    expect(reports('Fire guts the old fish market after the quake')).toBe(false);
    expect(reports('Rebels won the town after three days of fighting')).toBe(false);
    expect(reports('Typhoon kills 12 as ports close')).toBe(false);
  });
});
