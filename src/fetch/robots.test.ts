import { describe, expect, it } from 'vitest';
import { parseDuration, parseFeedList } from './options.js';
import { parseRobots } from './robots.js';

const robots = `# comments are ignored
User-agent: Googlebot
Disallow: /

User-agent: sitrep
User-agent: otherbot
Disallow: /private/
Allow: /private/press/
Disallow: /*.pdf$
Crawl-delay: 5

User-agent: *
Disallow: /search
`;

describe('parseRobots', () => {
  const rules = parseRobots(robots, 'sitrep');
  it.each([
    ['/news/story-1', true],
    ['/private/notes', false],
    ['/private/press/release', true],
    ['/files/report.pdf', false],
    ['/files/report.pdf?x=1', true],
    ['/search', true], // our own group applies, not "*"
  ])('%s allowed: %s', (path, want) => expect(rules.isAllowed(path)).toBe(want));

  it('reads Crawl-delay from our group', () => expect(rules.crawlDelay).toBe(5));

  it('falls back to the * group for other agents', () => {
    expect(parseRobots(robots, 'unknownbot').isAllowed('/search?q=x')).toBe(false);
  });

  it('allows everything when robots.txt is empty', () => {
    expect(parseRobots('', 'sitrep').isAllowed('/anything')).toBe(true);
  });
});

describe('options', () => {
  it.each([
    ['15m', 900_000],
    ['30s', 30_000],
    ['2h', 7_200_000],
    ['500ms', 500],
    ['10', 10_000],
  ])('parseDuration(%s) = %d', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it('rejects a bad duration with a one-line error', () => {
    expect(() => parseDuration('soon')).toThrow(/not a duration/);
  });

  it('reads a feed list with comments and blank lines', () => {
    expect(parseFeedList('# feeds\nhttps://a.example/rss\n\n https://b.example/atom # b\n')).toEqual([
      'https://a.example/rss',
      'https://b.example/atom',
    ]);
  });
});
