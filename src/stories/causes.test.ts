import { describe, expect, it } from 'vitest';
import { CauseTerms } from './causes.js';
import { TermTable } from './term-table.js';
import { stemTerm } from './terms.js';
import { Vocabulary } from './vocabulary.js';

function tableOf(vocabulary: Vocabulary, words: string[]): TermTable {
  const table = new TermTable();
  for (const word of words) table.add(vocabulary.intern(stemTerm(word)), 1);
  return table;
}

describe('CauseTerms', () => {
  const vocabulary = new Vocabulary();
  const causes = new CauseTerms(vocabulary);
  const quake = causes.mask(tableOf(vocabulary, ['quake', 'kills', 'province']));
  const aftershocks = causes.mask(tableOf(vocabulary, ['aftershocks', 'rattle', 'town']));
  const floods = causes.mask(tableOf(vocabulary, ['floods', 'kill', 'district']));
  const none = causes.mask(tableOf(vocabulary, ['officials', 'say', 'dead']));

  it('puts the words for one cause in one class', () => {
    expect(quake).not.toBe(0);
    expect(CauseTerms.differ(quake, aftershocks)).toBe(false);
  });

  it('tells two causes apart, and says nothing when a side names none', () => {
    expect(CauseTerms.differ(quake, floods)).toBe(true);
    expect(none).toBe(0);
    expect(CauseTerms.differ(quake, none)).toBe(false);
  });
});
