import { describe, expect, it } from 'vitest';
import { makeArticle } from '../read/article.js';
import type { Article } from '../types.js';
import { buildGazetteer } from './gazetteer.js';
import { extractAll } from './index.js';
import { datelinePlaces } from './source-entities.js';

const gazetteer = buildGazetteer();

function article(id: string, outlet: string | null, dateline: string | null, text: string): Article {
  return {
    ...makeArticle({ id, title: id, text, source: { file: 'f.txt', startLine: 1, endLine: 1 } }),
    outlet,
    dateline,
  };
}

describe('source entities', () => {
  const entities = extractAll(
    [
      article(
        'a1',
        'Harbour Times',
        'VALLETTA',
        'The port reopened after the storm, officials in Malta said.',
      ),
      article('a2', 'Agence France-Presse', 'PORTO/LISBON', 'Ferries sailed again on Monday.'),
    ],
    { gazetteer },
  ).entities;
  const find = (name: string) => entities.find((e) => e.name === name);

  it('lists the outlet as an organisation of its articles, with no mention in the text', () => {
    expect(find('Harbour Times')).toMatchObject({ type: 'organization', articles: ['a1'], mentions: 0 });
    expect(find('Agence France-Presse')).toMatchObject({ aliases: ['Agence France-Presse'] });
  });

  it('lists a dateline place under its usual spelling, with the capitals as a variant', () => {
    expect(find('Valletta')).toMatchObject({ type: 'place', aliases: ['Valletta', 'VALLETTA'] });
    expect(find('Lisbon')).toMatchObject({ type: 'place', articles: ['a2'] });
    expect(find('Porto')).toMatchObject({ type: 'place', articles: ['a2'] });
  });

  it('adds a place the text names already to that entity', () => {
    const malta = extractAll([article('m', null, 'MALTA', 'Storms hit Malta.')], { gazetteer }).entities;
    expect(malta.filter((e) => e.name === 'Malta')).toMatchObject([
      { aliases: ['Malta', 'MALTA'], mentions: 1 },
    ]);
  });

  it('splits a dateline of two places', () => {
    expect(datelinePlaces('SANAA/WASHINGTON')).toEqual(['SANAA', 'WASHINGTON']);
    expect(datelinePlaces(null)).toEqual([]);
  });
});
