import { describe, expect, it } from 'vitest';
import { keepText, keptText, MAX_KEPT_CHARACTERS, matchText } from './match-texts.js';
import type { Db } from './open.js';
import { compileQuery, foldText } from './search.js';

const TEXTS = [
  '“Ceasefire” – talks in Goris…',
  'The convoy—stalled at the border—waited; ‘aid’ arrived.',
  'Türkiye’s envoy: “talks resume” on Monday',
  'Zoë said "ÇA VA" to the envoy\u2009in Paris',
];

describe('matchText', () => {
  it('folds as foldText does, with general punctuation as spaces', () => {
    expect(matchText('“Ça va” – Zoë')).toBe(' ca va    zoe');
    expect(matchText('plain ascii text')).toBe(foldText('plain ascii text'));
  });

  it.each([
    'ceasefire',
    'talks goris',
    'convoy border',
    'aid',
    'turkiye',
    'turkiye s',
    '"talks resume"',
    '"ca va"',
    'envoy*',
  ])('counts and tests %s as on the folded text', (query) => {
    const compiled = compileQuery(query);
    for (const text of TEXTS) {
      for (const term of compiled.terms) expect(term.count(matchText(text))).toBe(term.count(foldText(text)));
      if (compiled.test) expect(compiled.test('', matchText(text))).toBe(compiled.test('', foldText(text)));
    }
  });
});

describe('keptText', () => {
  // The memory is per connection object; no statement is run.
  const db = {} as Db;
  const text = { title: 'Convoy', size: 7, folded: matchText('A “convoy” waits at the border.') };

  it('keeps an article while the database stays the same', () => {
    expect(keptText(db, '1:0', 7)).toBeUndefined();
    keepText(db, '1:0', 7, text);
    expect(keptText(db, '1:0', 7)).toEqual(text);
  });

  it('forgets the articles when the database changes, and keeps none inside a transaction', () => {
    keepText(db, '2:0', 8, text);
    expect(keptText(db, '2:1', 8)).toBeUndefined();
    keepText(db, null, 9, text);
    expect(keptText(db, null, 9)).toBeUndefined();
  });

  it('lets the least recently used go first when full', () => {
    // Two big ones fit, with the small one too many.
    const big = { ...text, folded: 'x'.repeat(MAX_KEPT_CHARACTERS / 2 - 10) };
    keepText(db, '3:0', 1, big);
    keepText(db, '3:0', 2, text);
    keptText(db, '3:0', 1);
    keepText(db, '3:0', 3, big);
    expect([1, 2, 3].map((n) => keptText(db, '3:0', n) !== undefined)).toEqual([true, false, true]);
  });
});

describe('matchText of texts beyond Latin-1', () => {
  it('keeps every character', () => {
    const text = 'Łódź: “Київ” – 東京 😀 café';
    expect(matchText(text)).toBe(foldText(text).replace(/[\u2000-\u206f]/g, ' '));
  });
});
