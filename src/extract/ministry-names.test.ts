import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../types.js';
import { lowerCaseMinistry, ministryOfMainCountry, nameMinistries } from './ministry-names.js';

/** Organisation mentions of `names` as they stand in `text` (each name's first occurrence). */
function mentionsIn(text: string, names: string[]): EntityMention[] {
  let from = 0;
  return names.map((name) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { article: 'a_1', name, type: 'organization', text: name, start, end: from };
  });
}

function renamed(text: string, names: string[]): string[] {
  const found = mentionsIn(text, names);
  nameMinistries(found, text);
  return found.map((m) => m.name);
}

describe('nameMinistries', () => {
  it('names a ministry with its country adjective first and its portfolio after "Ministry of"', () => {
    const text = 'The Polish Defence Ministry said the drills were over.';
    expect(renamed(text, ['Polish Defence Ministry'])).toEqual(['Polish Ministry of Defence']);
  });

  it('takes the country from a possessive right before the ministry', () => {
    const text = 'Kenya’s Ministry of Health sent doctors, and Norway’s Foreign Ministry sent money.';
    expect(renamed(text, ['Ministry of Health', 'Foreign Ministry'])).toEqual([
      'Kenyan Ministry of Health',
      'Norwegian Ministry of Foreign Affairs',
    ]);
  });

  it("names a country's Foreign Office as its Ministry of Foreign Affairs", () => {
    const text =
      "The Dutch Foreign Office protested, and Austria's Federal Foreign Office summoned the envoy.";
    expect(renamed(text, ['Dutch Foreign Office', 'Federal Foreign Office'])).toEqual([
      'Dutch Ministry of Foreign Affairs',
      'Austrian Ministry of Foreign Affairs',
    ]);
  });

  it("names a ministry after a place that is no country as it names a country's", () => {
    const text = 'The Donetsk Health Ministry and the Health Ministry of Kenya spoke.';
    expect(renamed(text, ['Donetsk Health Ministry'])).toEqual(['Donetsk Ministry of Health']);
  });

  it('gives the same name to the ministry named again without its country', () => {
    const text = "Chile's Interior Ministry opened shelters. Later the Interior Ministry said 40 were full.";
    expect(renamed(text, ['Interior Ministry', 'Interior Ministry'])).toEqual([
      'Chilean Ministry of Interior',
      'Chilean Ministry of Interior',
    ]);
  });

  it('keeps a ministry without a country, or with its country written out, as written', () => {
    const text = 'The Justice Ministry and the Ministry of Labour of Peru replied.';
    expect(renamed(text, ['Justice Ministry', 'Ministry of Labour of Peru'])).toEqual([
      'Justice Ministry',
      'Ministry of Labour of Peru',
    ]);
  });

  it('leaves a ministry alone when two countries have one of that portfolio', () => {
    const text =
      "Greece's Foreign Ministry and Italy's Foreign Ministry met; the Foreign Ministry host said no.";
    expect(renamed(text, ['Foreign Ministry', 'Foreign Ministry', 'Foreign Ministry'])).toEqual([
      'Greek Ministry of Foreign Affairs',
      'Italian Ministry of Foreign Affairs',
      'Foreign Ministry',
    ]);
  });

  it('takes the country that opens the ministry sentence as its subject, not one that owns a name', () => {
    const text = 'The Republic of Chile has closed two border posts, the Ministry of Interior said.';
    const found: EntityMention[] = [
      { article: 'a_1', name: 'Chile', type: 'place', text: 'Chile', start: 16, end: 21 },
      ...mentionsIn(text, ['Ministry of Interior']),
    ];
    nameMinistries(found, text);
    expect(found[1]!.name).toBe('Chilean Ministry of Interior');
    const owned = "Chile's central bank and the Ministry of Interior agreed.";
    const ownedFound: EntityMention[] = [
      { article: 'a_1', name: 'Chile', type: 'place', text: 'Chile', start: 0, end: 5 },
      ...mentionsIn(owned, ['Ministry of Interior']),
    ];
    nameMinistries(ownedFound, owned);
    expect(ownedFound[1]!.name).toBe('Ministry of Interior');
  });
});

describe('lowerCaseMinistry', () => {
  it('names a ministry written in lower case with its country adjective or possessive', () => {
    expect(lowerCaseMinistry('the Polish interior ministry')).toBe('Polish Ministry of Interior');
    expect(lowerCaseMinistry("Freedonia's foreign ministry")).toBeNull();
    expect(lowerCaseMinistry("Norway's defense ministry")).toBe('Norwegian Ministry of Defence');
    expect(lowerCaseMinistry('The Thai health ministry said. Later the Danish foreign ministry')).toBe(
      'Danish Ministry of Foreign Affairs',
    );
  });

  it('reads no ministry where the words before it are no portfolio', () => {
    expect(lowerCaseMinistry('Russian officials said the ministry')).toBeNull();
    expect(lowerCaseMinistry('the ministry')).toBeNull();
  });
});

describe('ministryOfMainCountry', () => {
  it('names the ministry of the country the text names most, by name or adjective', () => {
    const text =
      'Serbian students marched through Belgrade. Serbia has seen months of protests; Hungary watched.';
    expect(ministryOfMainCountry(['interior'], text)).toBe('Serbian Ministry of Internal Affairs');
    expect(ministryOfMainCountry(['foreign'], text)).toBe('Serbian Ministry of Foreign Affairs');
  });

  it('names no one when two countries are named as often, or the words name no portfolio', () => {
    expect(ministryOfMainCountry(['interior'], 'Armenia and Azerbaijan met in Granada.')).toBeNull();
    expect(ministryOfMainCountry(['interior'], 'Nothing names a country here.')).toBeNull();
    expect(ministryOfMainCountry(['same'], 'Serbian police and Serbia.')).toBeNull();
  });
});

describe('interior ministries', () => {
  it('are named as each country names its own, whichever way the text writes them', () => {
    expect(lowerCaseMinistry('the Russian interior ministry')).toBe('Russian Ministry of Internal Affairs');
    expect(lowerCaseMinistry('the Turkish interior ministry')).toBe('Turkish Ministry of Interior');
    const text = 'The Turkish Ministry of Internal Affairs said 53 were held.';
    const found = mentionsIn(text, ['Turkish Ministry of Internal Affairs']);
    nameMinistries(found, text);
    expect(found[0]!.name).toBe('Turkish Ministry of Interior');
  });
});
