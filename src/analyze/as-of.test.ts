import { describe, expect, it } from 'vitest';
import type { Article, DateMention, Figure } from '../types.js';
import { asOfFor } from './as-of.js';

const published = '2025-03-14';

/** The figure and the date as extraction would give them for `text`, found by their words. */
function asOf(text: string, figureText: string, dateText: string, date: string): string | null {
  const article = { id: 'a_1', text, published } as Article;
  const start = text.indexOf(figureText);
  const figure = {
    article: 'a_1',
    text: figureText,
    start,
    end: start + figureText.length,
    asOf: null,
  } as Figure;
  const at = text.indexOf(dateText);
  const mention = {
    article: 'a_1',
    text: dateText,
    start: at,
    end: at + dateText.length,
    date,
    precision: 'day',
  };
  return asOfFor(figure, article, [mention as DateMention]);
}

describe('asOfFor', () => {
  it('dates a count by the day it was said on', () => {
    const text = 'The relief agency said on March 9 that at least 40 families had lost their homes.';
    expect(asOf(text, 'at least 40 families', 'March 9', '2025-03-09')).toBe('2025-03-09');
  });

  it('keeps the article date when the day names something else than the saying', () => {
    const text =
      'The storm of March 9 flattened the port, and the agency now says at least 40 families lost their homes.';
    expect(asOf(text, 'at least 40 families', 'March 9', '2025-03-09')).toBe(published);
  });

  it('dates a count by the day the clause leading into it names', () => {
    const text = 'Aid has flowed since March 10, when the agency counted 1,200 tents.';
    expect(asOf(text, '1,200 tents', 'March 10', '2025-03-10')).toBe('2025-03-10');
  });

  it('dates a count by the day "by" names further along its clause', () => {
    const text =
      'Nearly 5,000 people left the valley, and 2,180 of them were in the school shelters by Tuesday night.';
    expect(asOf(text, '2,180', 'Tuesday night', '2025-03-11')).toBe('2025-03-11');
    const far = 'About 2,180 of them were in the school shelters, the agency said on Tuesday.';
    expect(asOf(far, '2,180', 'Tuesday', '2025-03-11')).toBe(published);
  });
});
