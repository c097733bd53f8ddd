import { describe, expect, it } from 'vitest';
import { deflateText } from './bodies.js';
import { keptMatchText, matchText } from './match-texts.js';
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

describe('keptMatchText', () => {
  // Bodies without a dictionary are inflated without reading the database: any object is a connection.
  const db = {} as Db;
  const text = 'A “convoy” waits at the border.';
  const { data } = deflateText(text);

  it('inflates a text once and keeps it folded while the database stays the same', () => {
    expect(keptMatchText(db, '1:0', 7, data, null)).toEqual({ folded: matchText(text), text });
    // Kept: the body is not read again (nothing to inflate here).
    expect(keptMatchText(db, '1:0', 7, null, null)).toEqual({ folded: matchText(text), text: null });
  });

  it('forgets the texts when the database changes, and keeps none inside a transaction', () => {
    keptMatchText(db, '2:0', 8, data, null);
    expect(keptMatchText(db, '2:1', 8, null, null)).toEqual({ folded: '', text: '' });
    keptMatchText(db, null, 9, data, null);
    expect(keptMatchText(db, null, 9, null, null)).toEqual({ folded: '', text: '' });
  });
});
