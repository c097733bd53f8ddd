import { describe, expect, it } from 'vitest';
import type { Article } from '../../types.js';
import { annotate } from '../annotate.js';
import { extractDates } from '../dates.js';
import { extractFigures } from '../figures.js';
import { guarded, matchesIn, matchesWithin } from './scan.js';

const article = (text: string) => ({ id: 'a_1', text, published: '2024-01-10' }) as Article;

describe('a guarded scan', () => {
  it('finds what the plain scan finds in a text that passes the guard, and skips the others', () => {
    const text = 'The convoy drove 12 km, then 30 km more.';
    const pattern = guarded(/\b\d+ km\b/g, /\d km/);
    expect(matchesIn(pattern, text, 0, text.length).map((m) => m[0])).toEqual(['12 km', '30 km']);
    const never = guarded(/\b\d+ km\b/g, /a shape no text holds/);
    expect(matchesWithin(never, text, 0, text.length)).toBe(false);
  });

  // The guards of the money, percent, ordinal-day and holiday patterns must hold wherever those match.
  it.each([
    ['EUR  5 million in aid arrived.', 'EUR'],
    ['Each family in India gets Rs. 5,000.', 'INR'],
    ['They paid US$ 12 for each bag.', 'USD'],
    ['A bag costs ₹40 in Mumbai.', 'INR'],
    ['The agency sent supplies worth Rp500 million.', 'IDR'],
    ['The agency sent supplies worth Rp 2.5 billion.', 'IDR'],
  ])('keeps money written as in "%s"', (text, unit) => {
    const figures = extractFigures(article(text), annotate(text));
    expect(figures.map((f) => f.unit)).toContain(unit);
  });

  it('keeps a percentage written before its number', () => {
    const text = 'Turnout reached per cent of twenty-two districts.';
    expect(extractFigures(article(text), annotate(text)).map((f) => f.unit)).toContain('percent');
  });

  it.each([
    ['The talks ended on the 8th, officials said.', '2024-01-08'],
    ['Shops closed on Christmas Eve in the capital.', '2023-12-24'],
  ])('keeps the date in "%s"', (text, date) => {
    expect(extractDates(article(text), annotate(text)).map((d) => d.date)).toContain(date);
  });
});
