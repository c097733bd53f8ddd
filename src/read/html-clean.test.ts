import { describe, expect, it } from 'vitest';
import { cleanParagraphs } from './html-clean.js';
import type { HtmlParagraph } from './html-text.js';

const prose =
  'Officials said on Monday that the crossing would stay open through the weekend, and that aid convoys had priority at the checkpoint.';
const p = (text: string, tag = 'p', linkShare = 0): HtmlParagraph => ({ text, tag, linkShare });
const context = { title: 'Crossing stays open', byline: ['Ann Lee'] };

function reasonFor(paragraph: HtmlParagraph, position: 'top' | 'middle' | 'bottom'): string | null {
  const list =
    position === 'top'
      ? [paragraph, p(prose), p(prose), p(prose)]
      : position === 'middle'
        ? [p(prose), p(prose), p(prose), paragraph, p(prose)]
        : [p(prose), p(prose), p(prose), paragraph];
  const { dropped } = cleanParagraphs(list, context);
  return dropped.find((d) => d.text === paragraph.text)?.reason ?? null;
}

describe('cleanParagraphs drops', () => {
  it.each([
    [p('Crossing stays open'), 'top', 'site-metadata'],
    [p('By Ann Lee'), 'top', 'byline-list'],
    [p('Ann Lee'), 'top', 'byline-list'],
    [p('Updated 3 hours ago'), 'top', 'site-metadata'],
    [p('4 min read'), 'top', 'site-metadata'],
    [p('A lorry waits at the gate.', 'figcaption'), 'middle', 'photo-caption'],
    [p('Trucks at the border | John Smith/AFP via Getty Images'), 'middle', 'photo-caption'],
    [p('Advertisement'), 'middle', 'advertisement'],
    [p('Read more: Crossing closed for a day'), 'middle', 'read-more'],
    [p('Related: Aid agencies call for access'), 'middle', 'related-headline'],
    [p('Sign up for our daily briefing newsletter'), 'bottom', 'site-metadata'],
    [p('© 2023 Hill Gazette. All rights reserved.'), 'bottom', 'site-metadata'],
  ] as const)('%j at the %s → %s', (paragraph, position, reason) => {
    expect(reasonFor(paragraph, position)).toBe(reason);
  });
});

describe('cleanParagraphs keeps', () => {
  it.each([
    [p(`Updated figures from the ministry show ${prose}`), 'top'],
    [p('By the end of the day, the queue had shrunk to a few dozen cars and the officers went home.'), 'top'],
    [p(`Related talks in Brussels were postponed. ${prose}`), 'middle'],
    [p('Read the full report on the agency website.', 'p', 1), 'middle'],
    [p(`He said the newsletter of the mission would be published weekly. ${prose}`), 'bottom'],
    [p('Section heading that is a link', 'h2', 1), 'middle'],
  ] as const)('%j at the %s', (paragraph, position) => {
    expect(reasonFor(paragraph, position)).toBeNull();
  });

  it('drops a run of headline links but keeps a list of one-word links', () => {
    const teasers = ['Aid convoy reaches the valley', 'Second crossing to open next week'].map((t) =>
      p(t, 'li', 1),
    );
    const names = ['BBEdit', 'Transmit', 'Napkin'].map((t) => p(t, 'li', 1));
    const result = cleanParagraphs([p(prose), ...teasers, p(prose), ...names, p(prose)], context);
    expect(result.dropped.map((d) => d.reason)).toEqual(['related-headline', 'related-headline']);
    expect(result.kept).toContain('Napkin');
  });
});
