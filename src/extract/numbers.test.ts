import { describe, expect, it } from 'vitest';
import { findNumbers, parseNumberPhrase } from './numbers.js';

describe('parseNumberPhrase', () => {
  it.each([
    ['two hundred and five', 205],
    ['1.5k', 1500],
    ['3 dozen', 36],
    ['one third', 1 / 3],
    ['2.8 million', 2_800_000],
    ['15,569', 15569],
    ['twenty-one', 21],
    ['a million', 1_000_000],
    ['one and a half', 1.5],
    ['two thousand and two hundred', 2200],
    ['10 1/2', 10.5],
    ['3/4', 0.75],
    ['minus five', -5],
    ['120 thousand', 120_000],
    ['half a dozen', 6],
  ])('%s', (phrase, value) => expect(parseNumberPhrase(phrase)).toBeCloseTo(value, 9));

  it.each(['', 'people', '10km', 'the'])('rejects %j', (phrase) =>
    expect(parseNumberPhrase(phrase)).toBeNull(),
  );
});

describe('findNumbers', () => {
  it('finds separate numbers with offsets', () => {
    const text = 'Of 100,625 people, 15,569 went to Ararat and two stayed.';
    const found = findNumbers(text);
    expect(found.map((n) => [n.text, n.value])).toEqual([
      ['100,625', 100625],
      ['15,569', 15569],
      ['two', 2],
    ]);
    for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.text);
  });

  it('keeps a range as two numbers', () => {
    expect(findNumbers('only 50-1,000 remain').map((n) => n.value)).toEqual([50, 1000]);
  });
});
