import { describe, expect, it } from 'vitest';
import { annotate } from './annotate.js';
import { extractEntities } from './entities.js';
import { fixtureArticle, loadFixtures } from './fixtures.js';
import { buildGazetteer, type GazetteerEntry } from './gazetteer.js';

const cases = loadFixtures('entities');
const builtIn = buildGazetteer();

describe('entity fixtures', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
    const article = fixtureArticle(fixture.name, fixture.text, fixture.expected.published);
    const user = fixture.expected.gazetteer as GazetteerEntry[] | undefined;
    const gazetteer = user ? buildGazetteer(user) : builtIn;
    const { mentions } = extractEntities(article, annotate(article.text), gazetteer);
    for (const m of mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.map(({ text, name, type }) => ({ text, name, type }))).toEqual(fixture.expected.mentions);
  });
});

describe('entity negatives', () => {
  const names = (text: string) =>
    extractEntities(fixtureArticle('n', text), annotate(text), builtIn).mentions.map((m) => m.text);

  it.each([
    ['demonym', 'Armenian and Azerbaijani delegations met.', 'Armenian'],
    ['sign-off name', 'Talks went on.\n\nReporting by Anna Smith; Editing by John Doe', 'Anna Smith'],
    ['weekday', 'On Tuesday the border closed.', 'Tuesday'],
    ['month', 'In September the offensive began.', 'September'],
    ['title alone', 'The Foreign Minister arrived late.', 'Foreign Minister'],
    ['lower-case us', 'They told us to leave.', 'us'],
    ['shouted dateline', 'YEREVAN, OCTOBER 4. The talks began.', 'OCTOBER'],
    ['nationality before a place noun', 'Floods hit the eastern Libyan city of Derna.', 'Libyan'],
    ['group named between commas', 'The rebel group, Ansar Tahrir, said it had withdrawn.', 'Ansar Tahrir'],
    [
      'people of a country of two words',
      'Minister says Wellington is working on options for New Zealanders abroad\n\nThe minister said the government would bring New Zealanders home once it was safe.',
      'New Zealanders',
    ],
  ])('%s is not an entity', (_label, text, word) => {
    expect(names(text)).not.toContain(word);
  });
});

describe('the outlet named in its own text', () => {
  it('names a service of the article’s outlet ("RNZ Pacific" in an RNZ report) as the outlet', () => {
    const text = 'Shops burned in two suburbs overnight, RNZ Pacific has been told by residents.';
    const article = { ...fixtureArticle('service', text), outlet: 'RNZ' };
    const { mentions } = extractEntities(article, annotate(text), builtIn);
    expect(mentions.map(({ text, name, type }) => ({ text, name, type }))).toEqual([
      { text: 'RNZ Pacific', name: 'RNZ', type: 'organization' },
    ]);
  });
});

describe('names that are also property names of plain objects', () => {
  // The honorifics ("Datuk Seri") were looked up in a plain object by each word's lower-case key,
  // and "constructor" is found on its prototype: a capitalised "Constructor" in a name threw.
  it.each([
    'The contract went to Constructor Mala Oduya last spring.',
    'Officials said Constructor Hadid Kemal of Lotus Yards would lead the inquiry.',
  ])('reads "%s" without failing', (text) => {
    const { mentions } = extractEntities(fixtureArticle('p', text), annotate(text), builtIn);
    expect(mentions.length).toBeGreaterThan(0);
  });

  it('still sets an honorific apart from the name after it', () => {
    const text = 'The minister met Tan Sri Harun Wali in the capital.';
    const { mentions } = extractEntities(fixtureArticle('h', text), annotate(text), builtIn);
    expect(mentions.map((m) => m.text)).toContain('Harun Wali');
  });
});
