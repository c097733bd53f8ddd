import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../read/article.js';
import type { Article } from '../types.js';
import { analyzeFraming } from './framing.js';
import { BUILTIN_LEXICON, loadLexicon } from './lexicon.js';

function article(id: string, outlet: string, text: string): Article {
  return makeArticle({
    id,
    title: id,
    outlet,
    published: '2023-09-28',
    text,
    source: { file: 'x.txt', startLine: 1, endLine: 1 },
  });
}

function lexiconFile(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sitrep-lexicon-')), 'lexicon.json');
  writeFileSync(path, content);
  return path;
}

describe('framing terms', () => {
  it.each([
    ['seize', 'seized'],
    ['seizing', 'seized'],
    ['retook', 'retook'],
    ['retaken', 'retook'],
    ['ethnically cleansed', 'ethnic cleansing'],
    ['counter-terrorism measures', 'counterterrorism operation'],
    ['anti-terrorist measures', 'anti-terror measures'],
    ['Xankəndi', 'Khankendi'],
    ['hunted the terrorists', 'terrorists'],
    // The adjective names the act: only "attack" counts.
    ['condemned a terrorist attack', 'attack'],
    ['acted in self-defense', 'self-defence'],
    ['answered what they called naked aggression', 'aggression'],
    ['invaded the border district', 'invasion'],
    ['retaliated with rockets', 'retaliation'],
    ['staged an incursion', 'incursion'],
    ['carried out air strikes', 'strikes'],
    ['launched drone strikes', 'strikes'],
    ['conducted strikes on depots', 'strikes'],
  ])('"%s" counts as %s', (words, term) => {
    const framing = analyzeFraming(
      [article('a', 'Outlet', `Officials said forces ${words} near the town today.`)],
      [],
      BUILTIN_LEXICON,
    );
    const terms = framing.flatMap((f) => Object.keys(f.terms));
    expect(terms).toEqual([term]);
  });

  it.each([
    'seizures of drugs',
    'the unseized assets',
    'Stepanakertian',
    'crews could attack the flames from the air',
    'he died of a heart attack',
    // The change of control is about places: police seize cash and drugs too.
    'police seized cash and two laptops at the office',
    'the Southern Liberation Front said in the town',
    // Japan's army, not a claim of self-defence.
    'the Self-Defense Forces flew in water and food',
    // Strikes by workers.
    'dockers went on strike on Monday',
    'the prisoners began a hunger strike against their detention',
  ])('"%s" counts as nothing', (words) => {
    expect(analyzeFraming([article('a', 'Outlet', words)], [], BUILTIN_LEXICON)).toEqual([]);
  });
});

describe('framing terms about a place', () => {
  const seized = (text: string, places: string[]) =>
    analyzeFraming([article('a', 'Outlet', text)], [], BUILTIN_LEXICON, places).flatMap((f) =>
      Object.keys(f.terms),
    );

  it('count where the sentence names an extracted place', () => {
    expect(seized('Troops seized Varnia on Monday.', ['Varnia'])).toEqual(['seized']);
    expect(seized('Troops seized Varnia on Monday.', [])).toEqual([]);
  });

  it('count where the sentence names control or a kind of place', () => {
    expect(seized('The militia seized control of the crossing.', [])).toEqual(['seized']);
  });
});

describe('loadLexicon', () => {
  it('adds a user concept and extends a built-in one', () => {
    const path = lexiconFile(
      JSON.stringify([
        {
          concept: 'the corridor',
          terms: { 'Zangezur corridor': ['Zangezur corridor'], 'Syunik road': ['Syunik road'] },
        },
        { concept: 'the regional capital', terms: { Khankendi: ['Hankendi'] } },
      ]),
    );
    const lexicon = loadLexicon(path);
    const framing = analyzeFraming(
      [article('a', 'Outlet', 'Trucks used the Zangezur corridor to reach Hankendi.')],
      [],
      lexicon,
    );
    expect(framing.map((f) => [f.concept, f.terms])).toEqual([
      ['the regional capital', { Khankendi: { Outlet: 1 } }],
      ['the corridor', { 'Zangezur corridor': { Outlet: 1 } }],
    ]);
  });

  it.each([
    ['not JSON', '{oops'],
    ['the wrong shape', '{"concept": "x"}'],
    ['a broken pattern', '[{"concept": "x", "terms": {"y": ["(unclosed"]}}]'],
  ])('rejects %s with a one-line error', (_, content) => {
    expect(() => loadLexicon(lexiconFile(content))).toThrow(/lexicon/);
  });
});
