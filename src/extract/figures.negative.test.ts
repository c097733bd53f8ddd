// Numbers that are not figures: chrono's negative-cases file, for figures.
import { describe, expect, it } from 'vitest';
import type { Article } from '../types.js';
import { annotate } from './annotate.js';
import { extractFigures } from './figures.js';

const negatives: [string, string][] = [
  ['a year', 'The ceasefire signed in 1994 held for years.'],
  ['a date', 'The summit is planned for 5 October in Granada.'],
  ['a time', 'The statement was issued at 13:36 local time.'],
  ['an age', 'The 67-year-old minister was re-elected. A man aged 45 was detained.'],
  [
    'a range of ages',
    'The children, aged between eight and 14, and the pupils aged 12 to 15 or 16-18 were safe.',
  ],
  ['a compound duration', 'The 44-day war ended with a truce.'],
  ['a duration', 'Fighting lasted six weeks and talks lasted 12 hours.'],
  ['an ordinal', 'It was the 3rd convoy and the first mission in years.'],
  ['a phone number', 'Call the hotline at 555-0142-77 for help.'],
  ['a short number to call', 'The flood helpline 1700 is open day and night; people can also dial 112.'],
  ['a reference back', 'The two countries have not signed a deal, and the two sides blame each other.'],
  ['"one" as a pronoun', 'One of the main goals was met, and no one objected.'],
  ['a model code', 'The F-16 jets and the Su-25 planes flew over the area.'],
  ['a span of years', 'The region has been the focus of disputes in the past 30 years.'],
  ['a year range', 'Between 1988 and 1994 the region changed hands.'],
  ['"one" before a measure word', 'There was one bit of good news: the mayor kept one foot in the talks.'],
  ['a lone half', 'More than half of the valley’s farmers stayed behind.'],
  ['an earthquake magnitude', 'A magnitude 6.8 quake struck, after a 7.8-magnitude one in February.'],
  ['"over N years" is no ratio', 'Donors gave $ over 3 years to the fund.'],
  ['a rank on a scale', 'Otis became a Category 5 hurricane, and a level 4 alert was raised.'],
  ['a duration ending the sentence', 'Rescuers worked through the past 24 hours.'],
  ['a number inside a prefixed word', 'Survivors spent the night in sub-zero temperatures.'],
  ['an age threshold', 'Many refugees are over 65, and some are younger than 18.'],
];

const article = (text: string) => ({ id: 'a_neg', text, published: '2023-10-04' }) as Article;

describe('extractFigures ignores', () => {
  it.each(negatives)('%s', (_name, text) => {
    expect(extractFigures(article(text), annotate(text))).toEqual([]);
  });
});

describe('extractFigures does not read money', () => {
  it('in a currency name that is also a word', () => {
    const text = 'The mayor saw two real problems with the plan.';
    expect(extractFigures(article(text), annotate(text)).map((f) => f.unit)).toEqual(['problems']);
  });
});
