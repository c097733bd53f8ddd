// Phrases that look like dates and are not (after chrono's negative_cases.test.ts).
import { describe, expect, it } from 'vitest';
import type { Article } from '../types.js';
import { annotate } from './annotate.js';
import { extractDates } from './dates.js';

const negatives: [string, string][] = [
  ['a percentage', 'Prices rose 12.53% over the quarter.'],
  ['money', 'The fund holds $2,018 per person.'],
  ['a count shaped like a year', 'There were 2000 people in the square.'],
  ['a time of day alone', 'The statement came at 13:36.'],
  ['a span counted back', 'It was the first mission in 30 years.'],
  [
    'a gap between two times',
    'The vote could come six months earlier than planned, or a year later than scheduled.',
  ],
  [
    'events counted within a span',
    "It was the region's second coup in eight months, and a third attack in nine days.",
  ],
  ['a duration', 'The siege went on for nine months.'],
  ['plain numbers', 'Section 12 of the law was amended by 45 votes.'],
  ['"may" the verb', 'The refugees may return if it is safe.'],
  ['a stretch of years', 'They fought two wars in the past 30 years.'],
  ['a fraction', 'The coalition won 2/3 of the seats, and the camp lies 1/2 mile away.'],
  ['an ordinal before a noun', 'The brigade fought on the 3rd front after the 20th century ended.'],
  ['a stretch up to publication', 'Clashes displaced 14,000 people over the past week.'],
  ['a span counted from an event', 'Hope faded six days after the earthquake, two weeks before the vote.'],
  ['a day counted from an event', 'Talks began a day after the offensive and one day before the vote.'],
  ['an ordinal of a month-less list', 'Since the 5th of the candidates withdrew, the vote was delayed.'],
  [
    'a day that names a place or a movement',
    'Crowds filled May 13 Square and crossed the October 6 Bridge; the March 8 Movement marched.',
  ],
  ['a stretch of days no one names', 'In the days before, officials had warned of trouble at the border.'],
  [
    'a part of the day that goes with a clock time',
    'The blaze began at around 2:30 in the morning in a crowded club.',
  ],
  ['the night of an event', 'Shops burned during the night of the storm and through the night of the vote.'],
  ['a stretch of hours', 'Doctors said the next 72 hours would decide, as in the past 24 hours.'],
  ['"last" the verb before hours', 'The truce will last 72 hours.'],
];

const article = (text: string) => ({ id: 'a_neg', text, published: '2023-10-04' }) as Article;

describe('extractDates ignores', () => {
  it.each(negatives)('%s', (_name, text) => {
    expect(extractDates(article(text), annotate(text))).toEqual([]);
  });
});
