import { describe, expect, it } from 'vitest';
import { annotate } from './annotate.js';
import { extractEntities } from './entities.js';
import { fixtureArticle, loadFixtures } from './fixtures.js';
import { buildGazetteer } from './gazetteer.js';
import { scanQuotes } from './quote-scan.js';
import { extractQuotes } from './quotes.js';

const cases = loadFixtures('quotes');
const gazetteer = buildGazetteer();

function quotesOf(text: string) {
  const article = fixtureArticle('q', text);
  const annotated = annotate(text);
  return extractQuotes(article, annotated, extractEntities(article, annotated, gazetteer).mentions);
}

describe('quote fixtures', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
    const quotes = quotesOf(fixture.text);
    for (const q of quotes) expect(fixture.text.slice(q.start, q.end)).toBe(q.text);
    expect(quotes.map(({ speaker, via, text }) => ({ speaker, via, text }))).toEqual(fixture.expected.quotes);
  });
});

describe('quote scanner', () => {
  const scan = (text: string) =>
    scanQuotes(text, [{ start: 0, end: text.length }]).map((s) => text.slice(s.start, s.end));

  it('reads curly, straight and single marks', () => {
    expect(scan('“one two” and "three four" and ‘five six’')).toEqual(['one two', 'three four', 'five six']);
  });

  it('closes a low opening mark with a high one, as German and Polish papers write it', () => {
    expect(scan('„one two“ and „three four” and “five six”')).toEqual(['one two', 'three four', 'five six']);
  });

  it('does not close a single quote at an apostrophe', () => {
    expect(scan('‘we don’t know where we go’')).toEqual(['we don’t know where we go']);
  });

  it('keeps nested curly quotes inside the outer one', () => {
    expect(scan('“he said “go” and left”')).toEqual(['he said “go” and left']);
  });

  it('ends an unclosed quote at the paragraph end and marks the next paragraph as continuing', () => {
    const text = '“First part.\n\n“Second part.”';
    const spans = scanQuotes(text, [
      { start: 0, end: 12 },
      { start: 14, end: text.length },
    ]);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.closed, s.continues])).toEqual([
      ['First part.', false, false],
      ['Second part.', true, true],
    ]);
  });
});

describe('quote negatives', () => {
  it.each([
    ['scare quotes', 'They call it a “special operation” on television.'],
    ['apostrophes', 'The village’s school and the farmers’ fields are empty.'],
    ['inch marks', 'The screen is 15" wide.'],
  ])('%s give no quote', (_label, text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it('never takes a speaker from an unrelated sentence far back', () => {
    const text =
      'Nikol Pashinyan met the mayor.\n\nRoads were closed.\n\nSchools were shut.\n\nShops ran out of bread.\n\n“There is nothing left for anyone here.”';
    expect(quotesOf(text)[0]?.speaker).toBeNull();
  });
});

describe('the article’s own outlet', () => {
  it('is told things and quotes others: it speaks none of its quotations', () => {
    const text =
      'The Liberation Front called for calm on Tuesday.\n\n"Go home and protect your families," its spokesperson Anna Kolo told Harbour News.\n\nThe alliance said in a statement that pushing the law through would "burn the island down".';
    const article = { ...fixtureArticle('own', text), outlet: 'Harbour News' };
    const annotated = annotate(text);
    const mentions = extractEntities(article, annotated, gazetteer).mentions;
    expect(mentions.some((m) => m.name === 'Harbour News')).toBe(true);
    const quotes = extractQuotes(article, annotated, mentions);
    expect(quotes.map((q) => q.speaker)).toEqual(['Anna Kolo', 'Liberation Front']);
  });
});
