import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../eval/shared.js';
import { makeArticle } from '../read/article.js';
import type { Article } from '../types.js';
import { annotate } from './annotate.js';
import { extractFigures, listedFigures } from './figures.js';

const dir = join(repoRoot, 'fixtures', 'extract', 'figures');
const cases = readdirSync(dir).sort();

function article(text: string, published: string | null): Article {
  return makeArticle({
    id: 'a_fixture',
    title: '',
    published,
    text,
    source: { file: 'fixture', startLine: 1, endLine: 1 },
  });
}

/** The figures of a one-sentence text published on `published`. */
const figuresOf = (text: string, published: string) =>
  extractFigures(article(text, published), annotate(text));

describe('extractFigures golden cases', () => {
  it('has at least 40 cases', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  it.each(cases)('%s', (name) => {
    const text = readFileSync(join(dir, name, 'input.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8'));
    const figures = extractFigures(article(text, expected.published ?? null), annotate(text));
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
    const got = figures.map(({ text, value, low, high, qualifier, unit, approximate, asOf }) => ({
      text,
      value,
      low,
      high,
      qualifier,
      unit,
      ...(approximate ? { approximate } : {}),
      ...(asOf ? { asOf } : {}),
    }));
    expect(got).toEqual(expected.figures);
    for (const f of figures) expect(f.subject.length).toBeGreaterThan(0);
  });
});

describe('currency names that several countries share', () => {
  it.each([
    ["Morocco's government will pay 30,000 dirhams to each family.", 'MAD'],
    ['In Dubai, a hotel room costs 500 dirhams a night.', 'AED'],
    ['The Libyan government set aside 2 billion dinars for the city.', 'LYD'],
    ['Officials in Iraq paid 1 million dinars to each family.', 'IQD'],
    ['In Lebanon, a bag of bread now costs 50,000 lira.', 'LBP'],
    ['Britain pledged 10 million pounds for Sudan.', 'GBP'],
  ])('%s → %s', (text, code) => {
    expect(figuresOf(text, '2023-09-14').map((f) => f.unit)).toEqual([code]);
  });

  it('stays a plain count when the text names none of their countries', () => {
    const text = 'The fund pays 30 dinars a day.';
    expect(figuresOf(text, '2023-09-14').map((f) => f.unit)).toEqual(['dinars']);
  });
});

describe('a bare number that counts people', () => {
  it.each([
    ['The death toll rose to 2,946 on Friday, the ministry said.', 2946],
    ['The health ministry put the toll at 5,500.', 5500],
    ['By evening, 5,500 dead had been counted.', 5500],
    ['The number of people killed by the quake in the border region rose above 11,000 on Wednesday.', 11000],
    ['The agency put the number of dead in the province at 8,574.', 8574],
    ['Deaths from the monsoon floods have risen to 1,136 since mid-June.', 1136],
    ['The aid will reach the 33 million people affected.', 33_000_000],
    ['The number of civilians killed in the fighting in the capital has risen to 97.', 97],
  ])('%s', (text, value) => {
    const figures = figuresOf(text, '2023-09-14');
    expect(figures.map((f) => [f.value, f.unit])).toEqual([[value, 'people']]);
  });
});

describe('the subject of a tally', () => {
  it('is the tally written before the number, with its places', () => {
    const text =
      'The combined death toll from the earthquake in Turkey and Syria rose above 17,000 on Thursday.';
    expect(figuresOf(text, '2023-02-09').map((f) => f.subject)).toEqual([
      'deaths earthquake in Turkey and Syria',
    ]);
  });

  it('is the tally nearest the verb when a sentence names two', () => {
    const text =
      'Three more people died in the floods on Friday, taking the toll this monsoon to 41, while the number of people affected rose to nearly 1.2 million.';
    expect(figuresOf(text, '2024-07-05').map((f) => [f.value, f.subject])).toEqual([
      [3, 'people died in the floods on Friday'],
      [41, 'deaths this monsoon'],
      [1_200_000, 'people affected'],
    ]);
  });
});

describe('the subject of a count that describes a noun', () => {
  it('leaves the verb to the noun before "of"', () => {
    const text =
      'The valley of nearly 40,000 people is cut off by snow, and a town of 5,000 residents was evacuated.';
    expect(figuresOf(text, '2024-01-10').map((f) => f.subject)).toEqual(['people', 'residents']);
  });
});

describe('the subject of a casualty count', () => {
  it.each([
    ['Heavy rain flooded the valley on Monday, killing at least 38 people, officials said.', 'people killed'],
    ['The strike injured 12 civilians, medics said.', 'civilians injured'],
    ['The storm displaced some 4,000 residents.', 'residents displaced'],
  ])('takes the verb written before the count: %s', (text, subject) => {
    expect(figuresOf(text, '2024-03-11').map((f) => f.subject)).toEqual([subject]);
  });

  it('puts the verb after the counted noun when the subject says more', () => {
    const text = 'The strike injured 12 civilians near the market.';
    expect(figuresOf(text, '2024-03-11').map((f) => f.subject)).toEqual([
      'civilians injured near the market',
    ]);
  });

  it('ends the first of two counts joined by "and" before the second', () => {
    const text = 'The commission said 31 people had been killed and 410 injured in the clashes.';
    expect(figuresOf(text, '2024-07-02').map((f) => f.subject)).toEqual([
      'people had been killed',
      'people injured in the clashes',
    ]);
  });

  it('ends the first count before a second verb joined by "and"', () => {
    const text = 'The landslide killed at least four people in the valley and injured nine others.';
    expect(figuresOf(text, '2024-07-02').map((f) => f.subject)).toEqual([
      'people killed in the valley',
      'others injured',
    ]);
  });

  it('ends a subject where "and" brings in a new subject with its own verb', () => {
    const text = 'Norway pledged 2 million euros in relief and Denmark sent a field hospital.';
    expect(figuresOf(text, '2024-07-02').map((f) => f.subject)).toEqual(['euros in relief']);
  });

  it('keeps a list of places whole: the toll is theirs together', () => {
    const text = 'At least nine people died in Dominica, St. Lucia and Martinique after the storm.';
    expect(figuresOf(text, '2024-07-02').map((f) => f.subject)).toEqual([
      'people died in Dominica St. Lucia and Martinique after the storm',
    ]);
  });

  it('gives each of two coordinated counts its own verb', () => {
    const text = 'The quake has killed at least 1,002 people and injured 2,376, the military said.';
    expect(figuresOf(text, '2025-03-29').map((f) => f.subject)).toEqual(['people killed', 'people injured']);
  });

  it('counts the members of a team sent somewhere, not casualties', () => {
    const text = 'Turkey sent a search and rescue team of 80 people to Myanmar after the deadly earthquake.';
    expect(figuresOf(text, '2025-03-30').map((f) => f.subject)).toEqual(['people in the team']);
  });
});

describe('rupees written Rs', () => {
  it.each([
    ['The cabinet in Pakistan approved Rs10 billion in relief.', 10_000_000_000, 'PKR'],
    ['Each family in India gets Rs. 5,000.', 5000, 'INR'],
    ['The state set aside Rs 40 crore for Kerala in India.', 400_000_000, 'INR'],
  ])('%s', (text, value, unit) => {
    const figures = figuresOf(text, '2022-08-30');
    expect(figures.map((f) => [f.value, f.unit])).toEqual([[value, unit]]);
  });
});

describe('listedFigures', () => {
  it('lists figures with a number and leaves out those that name none', () => {
    const text = 'Dozens of boats and 14 trucks reached the port, and tens of thousands of people waited.';
    const figures = extractFigures(article(text, '2024-05-03'), annotate(text));
    expect(figures.map((f) => f.text)).toContain('Dozens of boats');
    expect(listedFigures([{ figures }]).map((f) => f.text)).toEqual(['14 trucks']);
  });
});
