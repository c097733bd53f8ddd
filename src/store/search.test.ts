import { describe, expect, it } from 'vitest';
import { compileQuery, indexMatch, queryTest, toMatchExpression } from './search.js';

describe('toMatchExpression', () => {
  it.each([
    ['Pashinyan', '"Pashinyan"'],
    ['Pashinyan resign', '("Pashinyan" "resign")'],
    ['"peace talks"', '"peace talks"'],
    ['refug*', '"refug"*'],
    ['Nagorno-Karabakh', '"Nagorno-Karabakh"'],
    ['U.S. sanctions', '("U.S." "sanctions")'],
    ['Aliyev OR Pashinyan', '("Aliyev" OR "Pashinyan")'],
    ['talks -Brussels', '"talks" NOT "Brussels"'],
    ['talks NOT Brussels', '"talks" NOT "Brussels"'],
    ['say "he said" ok', '("say" "he said" "ok")'],
    ['quote"inside', '"quote""inside"'],
    ['talks ,, ;', '"talks"'],
  ])('%s → %s', (query, expected) => {
    expect(toMatchExpression(query)).toBe(expected);
  });

  it.each(['', '   ', '-alone', ',,,', 'OR NOT'])('refuses %j: nothing to look for', (query) => {
    expect(() => toMatchExpression(query)).toThrow(/no word to look for/);
  });
});

describe('indexMatch and queryTest', () => {
  it.each([
    ['Pashinyan resign', '("Pashinyan" "resign")', false],
    ['"peace talks"', '("peace" "talks")', true],
    ['"peace tal"*', '("peace" "tal"*)', true],
    ['Nagorno-Karabakh', '("nagorno" "karabakh")', true],
    ['talks -"in Brussels"', '"talks"', true],
    ['talks -Brussels', '"talks" NOT "Brussels"', false],
    ['"forcibly displaced" Goris', '("forcibly" "displaced" "Goris")', true],
    ['Goris OR "peace talks"', '("Goris" OR "peace" "talks")', true],
  ])('%s → %s for the index', (query, expected, checked) => {
    expect(indexMatch(query)).toBe(expected);
    expect(queryTest(query) !== null).toBe(checked);
  });

  it('tests phrases, OR groups and exclusions on the title and the text', () => {
    const test = queryTest('"peace talks" OR "cease fire" -"in Brussels"');
    expect(test?.('Peace talks resume', '')).toBe(true);
    expect(test?.('', 'They agreed a cease-fire.')).toBe(true);
    expect(test?.('', 'talks on peace')).toBe(false);
    expect(test?.('Peace talks', 'Held in Brussels.')).toBe(false);
    expect(queryTest('Turkiye "Türkiye offers"')?.('Türkiye offers', 'in Turkiye')).toBe(true);
  });
});

describe('compileQuery', () => {
  it.each([
    ['Pashinyan resign', true],
    ['"peace talks" Goris', true],
    ['talks -"in Brussels"', true],
    ['Aliyev OR Pashinyan', false],
    ['talks -Brussels', false],
    ['refug*', false],
    ['"peace tal"*', false],
  ])('%s asks only for all of its terms: %s', (query, conjunctive) => {
    expect(compileQuery(query).conjunctive).toBe(conjunctive);
  });
});
