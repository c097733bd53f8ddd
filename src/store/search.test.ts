import { describe, expect, it } from 'vitest';
import { toMatchExpression } from './search.js';

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
