import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../types.js';
import { writtenSpellings } from './entity-spellings.js';

const person = (name: string, text: string): EntityMention => ({
  article: 'a_1',
  name,
  type: 'person',
  text,
  start: 0,
  end: text.length,
});

describe('writtenSpellings', () => {
  it('names a listed person as the batch writes the full name', () => {
    const mentions = [person('Aleksey Ivanov', 'Alexei Ivanov'), person('Aleksey Ivanov', 'Ivanov')];
    expect(writtenSpellings(mentions)).toEqual(new Map([['Aleksey Ivanov', 'Alexei Ivanov']]));
  });

  it('keeps the canonical spelling where a mention writes it, or writes it only without accents', () => {
    expect(
      writtenSpellings([
        person('Aleksey Ivanov', 'Alexei Ivanov'),
        person('Aleksey Ivanov', 'Aleksey Ivanov'),
      ]),
    ).toEqual(new Map());
    expect(writtenSpellings([person('Mehmet Ozturk', 'Mehmet Öztürk')])).toEqual(new Map());
  });

  it('leaves shorter forms, capitals and other surnames alone', () => {
    expect(
      writtenSpellings([
        person('Maria Luisa Ortega', 'Luisa Ortega'),
        person('Pavel Sokolov', 'PAVEL SOKOLOV'),
        person('Anna Petrova', 'Anna Kuznetsova'),
      ]),
    ).toEqual(new Map());
  });
});
