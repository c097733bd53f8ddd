import { describe, expect, it } from 'vitest';
import { CAPITALS, COUNTRIES, TWO_WORD_COUNTRIES } from '../util/countries.js';
import { annotate } from './annotate.js';
import { extractEntities } from './entities.js';
import { fixtureArticle } from './fixtures.js';
import { buildGazetteer } from './gazetteer.js';
import { extractAll } from './index.js';
import { interiorMinistryNames, isBareNationalBody } from './national-bodies.js';

const gazetteer = buildGazetteer();
const names = (text: string) =>
  extractEntities(fixtureArticle('n', text), annotate(text), gazetteer).mentions.map((m) => m.name);

describe('national bodies', () => {
  it('knows a body that names no country', () => {
    expect(isBareNationalBody('Ministry of Defence')).toBe(true);
    expect(isBareNationalBody('Health Ministry')).toBe(true);
    expect(isBareNationalBody('Supreme Court')).toBe(true);
    expect(isBareNationalBody('Russian Ministry of Foreign Affairs')).toBe(false);
    expect(isBareNationalBody('Ministry of Health of Peru')).toBe(false);
    expect(isBareNationalBody('Supreme Court of Kenya')).toBe(false);
    expect(isBareNationalBody('Bank of England')).toBe(false);
  });

  it("names a country's Council of Ministers as its ministries are named", () => {
    const text = 'Italy declared an emergency, and the Council of Ministers met in Rome on Friday.';
    expect(names(text)).toContain('Italian Council of Ministers');
  });

  it("names a government written with its state's formal name by the country", () => {
    const text = 'The bloc said it would work with the Government of the Republic of Zambia on relief.';
    expect(names(text)).toContain('Government of Zambia');
  });

  it('reads a two-word country\'s adjective as one ("South African"), not as "South"', () => {
    expect(isBareNationalBody('South African Ministry of Defence')).toBe(false);
    const text = 'Agents told South Koreans to wait. In Lusaka, the Foreign Ministry said flights were full.';
    expect(names(text)).not.toContain('South Ministry of Foreign Affairs');
  });

  it("takes a two-word capital's country from the dateline when the lead names its people", () => {
    const text =
      'At least 40 Malaysians were stranded when Indonesian ferries stopped, the Ministry of Transport said.';
    const article = { ...fixtureArticle('kl', text), dateline: 'KUALA LUMPUR' };
    const mentions = extractEntities(article, annotate(text), gazetteer).mentions.map((m) => m.name);
    expect(mentions).toContain('Malaysian Ministry of Transport');
  });

  it("takes the country of the lead, not of a wire report's summary bullets", () => {
    const text =
      '  • Smoke drifted over the border into Chile\n\nFires near Mendoza spread overnight, the Argentine Health Ministry said, and the Ministry of Defence sent planes.';
    expect(names(text)).toContain('Argentine Ministry of Defence');
  });

  it('takes the country of a capital the lead names before any country', () => {
    const text =
      'Crowds gathered outside the cabinet office in Vilnius, angry at a deal struck with Poland, and the Supreme Court called for calm.';
    expect(names(text)).toContain('Supreme Court of Lithuania');
  });

  it("takes the country of the dateline's capital when the lead names it too", () => {
    const named = (text: string, dateline: string) => {
      const article = { ...fixtureArticle('d', text), dateline };
      return extractEntities(article, annotate(text), gazetteer).mentions.map((m) => m.name);
    };
    expect(
      named(
        'Polish trucks blocked Lithuanian border posts, and the Supreme Court ordered them cleared.',
        'VILNIUS',
      ),
    ).toContain('Supreme Court of Lithuania');
    expect(
      named("Iran's navy seized a tanker, and the Foreign Ministry defended the move.", 'DUBAI'),
    ).toContain('Iranian Ministry of Foreign Affairs');
  });

  it('maps every capital to a country the tables know', () => {
    for (const [capital, country] of Object.entries(CAPITALS))
      expect([capital, country in COUNTRIES || country in TWO_WORD_COUNTRIES]).toEqual([capital, true]);
  });

  it('leaves a body as written where the article names no country', () => {
    expect(names('The Supreme Court heard the appeal on Monday.')).toContain('Supreme Court');
  });

  it('joins an interior ministry to the long name another article of the batch gives it', () => {
    const result = extractAll([
      fixtureArticle('i1', 'Police in Latvia cleared the square, the Interior Ministry said.'),
      fixtureArticle('i2', 'Latvia: the Ministry of the Interior said four officers were hurt.'),
    ]);
    const bodies = result.entities.filter((e) => e.type === 'organization');
    expect(bodies.map((e) => [e.name, e.aliases])).toEqual([
      [
        'Latvian Ministry of the Interior',
        ['Latvian Ministry of the Interior', 'Interior Ministry', 'Ministry of the Interior'],
      ],
    ]);
  });

  it("names a ministry in a government's own release by that government's country", () => {
    const text = 'Tonga asked for water. The Ministry of Foreign Affairs and Trade said a ship would sail.';
    const release = { ...fixtureArticle('r', text), outlet: 'New Zealand Government' };
    const found = extractEntities(release, annotate(text), gazetteer).mentions.map((m) => m.name);
    expect(found).toContain('New Zealand Ministry of Foreign Affairs and Trade');
    expect(names(text)).toContain('Tongan Ministry of Foreign Affairs and Trade');
  });

  it('joins an interior ministry referred back to as "the Ministry" to the long name', () => {
    const result = extractAll([
      fixtureArticle(
        'b1',
        'Police in Latvia cleared the square, the Interior Ministry said. The Ministry gave no figure.',
      ),
      fixtureArticle('b2', 'Latvia: the Ministry of the Interior said four officers were hurt.'),
    ]);
    const names = result.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(names).toEqual(['Latvian Ministry of the Interior']);
  });

  it('keeps an interior ministry as written when the batch has two long names for it', () => {
    const mention = (name: string) => ({
      article: 'a',
      name,
      type: 'organization' as const,
      text: name,
      start: 0,
      end: 0,
    });
    const bodies = [
      'Peruvian Interior Ministry',
      'Peruvian Ministry of the Interior',
      'Peruvian Ministry of Interior',
    ];
    expect([...interiorMinistryNames(bodies.map(mention))]).toEqual([]);
  });
});
