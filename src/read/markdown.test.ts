import { describe, expect, it } from 'vitest';
import { normaliseMarkdown } from './markdown.js';

const plain = (...lines: string[]) => {
  const copy = [...lines];
  normaliseMarkdown(copy);
  return copy;
};

describe('normaliseMarkdown', () => {
  it('turns headings, leading emphasis and link-only lines into the plain layout', () => {
    expect(
      plain(
        '## Fighting flares in Nyala',
        '**Sudan Tribune** | Oct 4, 2023',
        '*Al Jazeera*, 4 October 2023',
        '[Full story](https://example.org/a/1)',
      ),
    ).toEqual([
      'Fighting flares in Nyala',
      'Sudan Tribune | Oct 4, 2023',
      'Al Jazeera, 4 October 2023',
      'https://example.org/a/1',
    ]);
  });

  it('keeps link text and bold words inside prose, and leaves bullets and hashtags alone', () => {
    expect(
      plain(
        'The [UN agency](https://example.org/unhcr) said **3,000** people crossed.',
        '* Aid convoy arrives',
        'Posts tagged #Sudan spread quickly.',
      ),
    ).toEqual([
      'The UN agency said 3,000 people crossed.',
      '* Aid convoy arrives',
      'Posts tagged #Sudan spread quickly.',
    ]);
  });

  it('keeps one line for one line', () => {
    const lines = ['# A', '', 'text', '---'];
    expect(plain(...lines)).toHaveLength(lines.length);
  });
});

describe('normaliseMarkdown: linked headings', () => {
  it('reads a heading that is one link as the title and returns the link as the article URL', () => {
    const lines = [
      '# Morning brief',
      '### [Storm cuts power in Brittany](https://example.org/storm)',
      'body',
    ];
    const links = normaliseMarkdown(lines);
    expect(lines).toEqual(['Morning brief', 'Storm cuts power in Brittany', 'body']);
    expect([...links]).toEqual([[1, 'https://example.org/storm']]);
  });
});
