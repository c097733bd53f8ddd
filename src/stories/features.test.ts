import { describe, expect, it } from 'vitest';
import { makeArticle } from '../read/article.js';
import type { Article } from '../types.js';
import { ArticleReader, isHeadlineCase } from './features.js';
import { Vocabulary } from './vocabulary.js';

describe('isHeadlineCase', () => {
  it('tells capitalised headlines from sentence-case titles', () => {
    expect(isHeadlineCase('Lindsay Lohan Checks Into Rehab, Checks Out Two Minutes Later')).toBe(true);
    expect(isHeadlineCase('Lindsay Lohan checks into rehab facility')).toBe(false);
    expect(isHeadlineCase('Shelling of Bekta leaves 68 dead')).toBe(false);
    expect(isHeadlineCase('Österreich wählt neues Parlament')).toBe(false);
    expect(isHeadlineCase('ÉMEUTES À PARIS')).toBe(true);
  });

  it('counts a title without longer words as headline case', () => {
    expect(isHeadlineCase('May 2, 2013, 1: 12 PM')).toBe(true);
    expect(isHeadlineCase('')).toBe(true);
  });
});

describe('ArticleReader', () => {
  const article = (title: string): Article =>
    makeArticle({
      id: 'a1',
      title,
      text: 'A short lead.',
      source: { file: 'test', startLine: 1, endLine: 1 },
    });
  const specifics = (title: string) => {
    const vocabulary = new Vocabulary();
    const terms = new ArticleReader(vocabulary).read(article(title), () => 1);
    return terms.specifics.entries((id) => vocabulary.term(id)).map(([term]) => term);
  };

  it('takes the names of a sentence-case title as specifics, not the words of a headline', () => {
    expect(specifics('Protesters in Urlu demand resignation of the minister')).toEqual(['urlu']);
    expect(specifics('Protesters In Urlu Demand Resignation Of The Minister')).toEqual([]);
  });

  it('leaves out persons written as one word, whose full name depends on the batch', () => {
    const vocabulary = new Vocabulary();
    const mention = (name: string, text: string) =>
      ({ article: 'a1', name, type: 'person', text, start: 0, end: 0 }) as const;
    const extraction = {
      article: 'a1',
      mentions: [mention('Lindsay Lohan', 'Lohan'), mention('Shawn Holley', 'Shawn Holley')],
      quotes: [],
      figures: [],
      dates: [],
    };
    const terms = new ArticleReader(vocabulary).read(article('Title'), () => 1, extraction);
    const entities = terms.counts
      .entries((id) => vocabulary.term(id))
      .filter(([term]) => term.startsWith('e:'));
    expect(entities.map(([term]) => term)).toEqual(['e:shawn holley']);
  });

  it('reads a toll counted by trade as a toll of people, rising when the title says so', async () => {
    const { extractAll } = await import('../extract/index.js');
    const vocabulary = new Vocabulary();
    const report = makeArticle({
      id: 'a3',
      title: 'Mine blaze toll reaches 27 as last bodies come up',
      text: 'Rescuers have brought up the bodies of all 27 miners killed at the Varna pit in Kelmia, officials said on Sunday.',
      published: '2025-02-02',
      source: { file: 'test', startLine: 1, endLine: 1 },
    });
    const [extraction] = extractAll([report]).extractions;
    const terms = new ArticleReader(vocabulary).read(report, () => 1, extraction);
    const counts = [];
    for (let i = 0; i < terms.headCounts.length; i += 3)
      counts.push([vocabulary.term(terms.headCounts[i]!), terms.headCounts[i + 1], terms.headCounts[i + 2]]);
    expect(counts).toContainEqual([expect.stringMatching(/ people@Kelmia$/), 27, 1]);
  });

  it("leaves out the outlet's whole name, not a place its name holds", () => {
    const vocabulary = new Vocabulary();
    const from = (title: string, text: string) =>
      makeArticle({
        id: 'a2',
        title,
        text,
        outlet: 'The Urlu Post',
        source: { file: 'test', startLine: 1, endLine: 1 },
      });
    const terms = new ArticleReader(vocabulary).read(
      from('Police fire on marchers in Urlu', 'Witnesses told the Urlu Post that Nemo Square was cleared.'),
      () => 1,
    );
    const words = terms.counts.entries((id) => vocabulary.term(id)).map(([term]) => term);
    expect(words).toContain('urlu');
    expect(words).not.toContain('post');
  });
});
