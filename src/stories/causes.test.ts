import { describe, expect, it } from 'vitest';
import { CauseTerms, HarmTerms } from './causes.js';
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

  it('takes fire for a hazard only where no cause of war is named beside it', () => {
    const wildfire = causes.mask(tableOf(vocabulary, ['fire', 'spreads', 'hills']));
    const gunfire = causes.mask(tableOf(vocabulary, ['troops', 'opened', 'fire', 'shelled', 'villages']));
    expect(CauseTerms.hazards(wildfire)).not.toBe(0);
    expect(CauseTerms.hazards(gunfire)).toBe(0);
  });
});

describe('HarmTerms', () => {
  const vocabulary = new Vocabulary();
  const causes = new CauseTerms(vocabulary);
  const harm = new HarmTerms(vocabulary);
  const title = (text: string) => text.split(' ').map((word) => vocabulary.intern(stemTerm(word)));

  it('knows a report of the dead, the missing or the damage', () => {
    expect(harm.reportsHarm(title('sixty missing after dam gives way'))).toBe(true);
    expect(harm.reportsHarm(title('toll rises to 124 in kermanshah'))).toBe(true);
  });

  it('leaves out a response to the harm, even one that names it', () => {
    expect(harm.reportsHarm(title('morocco to rebuild 50,000 homes destroyed by quake'))).toBe(false);
    expect(harm.reportsHarm(title('un appeals for $71 million for flood survivors'))).toBe(false);
    expect(harm.reportsHarm(title('japan sends rescuers to the quake zone'))).toBe(false);
    expect(harm.reportsHarm(title('rescuers reach villages cut off by the quake'))).toBe(true);
  });

  it('counts a named cause as harm only when asked to', () => {
    expect(harm.reportsHarm(title('cyclone slams into the coast'))).toBe(false);
    expect(harm.reportsHarm(title('cyclone slams into the coast'), causes)).toBe(true);
  });
});
