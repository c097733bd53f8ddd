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
    ['five thirty-sevenths', 5 / 37],
    ['a forty-first', 1 / 41],
    ['two hundred fifty sixths', 200 / 56],
    ['one one thousand and third', 1 / 1003],
    ['six hundred and five eighths', 600.625],
    ['forty and two and three fifths', 42.6],
    ['five hundred and three dozen', 536],
    ['7 over 8', 7 / 8],
    ['2.5 M', 2_500_000],
    ['2^--3', 8],
  ])('%s', (phrase, value) => expect(parseNumberPhrase(phrase)).toBeCloseTo(value, 9));

  it.each(['', 'people', '10km', 'the'])('rejects %j', (phrase) =>
    expect(parseNumberPhrase(phrase)).toBeNull(),
  );
});

describe('findNumbers', () => {
  it('does not join a number in digits and a number word across "and"', () => {
    const found = findNumbers('A flood in 1998 and three storms since then.');
    expect(found.map((n) => [n.text, n.value])).toEqual([
      ['1998', 1998],
      ['three', 3],
    ]);
  });

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

  it.each([
    ['the router at 10.0.12.7 answered', [10, 0, 12, 7]],
    ['pages 14,18,22,35.', [14, 18, 22, 35]],
    ['the code was seven-nought-two', [7, 0, 2]],
    ['they paid 900 over 4 months', [900, 4]],
    ['a three millionth visitor', [3]],
    ['the twenty-first century', [20]],
    ['3 T-72 tanks', [3, 72]],
  ])('reads %j as separate numbers', (text, values) => {
    expect(findNumbers(text).map((n) => n.value)).toEqual(values);
  });

  it('keeps a range as two numbers', () => {
    expect(findNumbers('only 50-1,000 remain').map((n) => n.value)).toEqual([50, 1000]);
  });
});
