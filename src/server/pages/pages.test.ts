import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../store/testing.js';
import { articleBody, sentenceAround } from './records.js';
import { diffRows, renderDiff } from './rewrites.js';
import { renderStory } from './story.js';

const original = makeArticle('a_1', {
  outlet: 'Wire',
  text: 'Rescuers moved four hundred families from the flooded valley overnight. The river is expected to crest on Friday near the old bridge. Officials asked drivers to avoid the coastal road.',
});
const rewrite = makeArticle('a_2', {
  outlet: 'Daily',
  text: 'Rescue crews moved four hundred families out of the flooded valley overnight. The river is expected to crest on Friday near the old bridge, officials said. A school gym now shelters the families who had nowhere else to go.',
});

describe('rewrite diff', () => {
  it('pairs reworded sentences and keeps the sentences only one side has, in reading order', () => {
    const rows = diffRows(original, rewrite);
    expect(rows.filter((row) => row.a && row.b)).toHaveLength(2);
    expect(rows.find((row) => row.a && !row.b)?.a).toMatch(/coastal road/);
    expect(rows.find((row) => row.b && !row.a)?.b).toMatch(/school gym/);
    expect(rows[0]?.a).toMatch(/^Rescuers moved/);
  });

  it('marks the words each version lacks', () => {
    const markup = renderDiff(original, rewrite, diffRows(original, rewrite)).text;
    expect(markup).toContain('<del>Rescuers</del>');
    expect(markup).toContain('<ins>crews</ins>');
    expect(markup).not.toContain('<del>families</del>');
  });

  it('escapes both sides, whether a sentence lacks words of the other or not', () => {
    const a = makeArticle('a_3', {
      text: 'Aid <b>"arrived"</b> & the bridge\'s road reopened on Friday morning.',
    });
    const b = makeArticle('a_4', {
      text: 'Aid <b>"arrived"</b> & the bridge\'s road reopened on Friday evening.',
    });
    const markup = renderDiff(a, b, diffRows(a, b)).text;
    expect(markup).not.toContain('<b>');
    expect(markup).toContain('&lt;b&gt;&quot;arrived&quot;&lt;/b&gt; &amp; the bridge&#39;s road');
    expect(markup).toContain('<del>morning</del>');
    expect(markup).toContain('<ins>evening</ins>');
    const same = renderDiff(a, a, diffRows(a, a)).text;
    expect(same).not.toMatch(/<(del|ins)>/);
    expect(same).toContain('bridge&#39;s');
  });
});

describe('article body', () => {
  const text = 'First paragraph here.\n\nThe count rose to 4,100 people on Monday. Then it rained.';

  it('escapes an uncited body and splits it into paragraphs', () => {
    expect(articleBody('One <i>&</i> two.\n\nThree "four".', null).text).toBe(
      '<div class="body"><p>One &lt;i&gt;&amp;&lt;/i&gt; two.</p><p>Three &quot;four&quot;.</p></div>',
    );
  });

  it('marks the sentence that holds a cited span and emphasises the span', () => {
    const start = text.indexOf('4,100 people');
    const markup = articleBody(text, { start, end: start + '4,100 people'.length }).text;
    expect(markup).toContain(
      '<mark id="cited" class="cited" tabindex="-1">The count rose to <strong>4,100 people</strong> on Monday.</mark> Then it rained.',
    );
    expect(markup.match(/<p>/g)).toHaveLength(2);
  });

  it('finds the sentence around a span, or the span itself when none holds it', () => {
    expect(sentenceAround(text, { start: 50, end: 55 })).toEqual({ start: 23, end: 64 });
    expect(sentenceAround(text, { start: 5, end: 40 })).toEqual({ start: 5, end: 40 });
  });
});

describe('story page', () => {
  it('writes a headline set in capitals as its article writes the words', () => {
    const article = makeArticle('a_9', {
      title: 'LUSAKA COUNCIL SHUTS MARKET AFTER CHOLERA CASES',
      text: 'The Lusaka city council shut the main market on Monday after cholera cases rose.',
    });
    const story = {
      id: 's_9',
      headline: article.title,
      articles: [article.id],
      outlets: [],
      first: null,
      last: null,
      independent: 1,
      lineage: [],
    };
    const page = renderStory({
      story,
      articles: [{ ...article, provenance: [], story: 's_9' }],
      duplicates: [],
      quotes: [],
      figures: [],
      dates: [],
    });
    expect(page.text).toContain('<h1>Lusaka council shuts market after cholera cases</h1>');
  });

  it('shows an identical copy beside its source as a note, not the same text again', () => {
    const copy = makeArticle('a_3', {
      outlet: 'Syndicator',
      text: original.text,
      title: 'Valley families moved',
    });
    const stored = [original, copy, rewrite].map((a) => ({ ...a, provenance: [], story: 's_1' }));
    const page = renderStory({
      story: {
        id: 's_1',
        headline: original.title,
        articles: stored.map((a) => a.id),
        outlets: ['Wire', 'Syndicator', 'Daily'],
        first: null,
        last: null,
        independent: 2,
        lineage: [],
      },
      articles: stored,
      duplicates: [{ a: 'a_1', b: 'a_3', relation: 'identical', similarity: 1 }],
      quotes: [],
      figures: [],
      dates: [],
    }).text;
    expect(page.split('coastal road')).toHaveLength(2);
    expect(page).toContain('Same text as <a href="#t-a_1">Wire’s report</a>.');
    expect(page).toContain('A school gym now shelters');
  });
});
