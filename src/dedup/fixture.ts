// Reads the article lists of fixtures/dedup and fixtures/stories: each article starts with a header
// line "=== id | outlet | YYYY-MM-DD | title" and its body follows, paragraphs separated by blank lines.
import type { Article } from '../types.js';

export function parseFixtureArticles(text: string, file = 'fixture'): Article[] {
  const articles: Article[] = [];
  const blocks = text.split(/^=== /m).slice(1);
  for (const block of blocks) {
    const [header = '', ...body] = block.split('\n');
    const [id = '', outlet = '', published = '', title = ''] = header.split('|').map((part) => part.trim());
    articles.push({
      id,
      title,
      outlet: outlet || null,
      outletCountry: null,
      published: published || null,
      time: null,
      dateline: null,
      byline: [],
      url: null,
      kind: 'news',
      text: body.join('\n').trim(),
      source: { file, startLine: 1, endLine: 1 },
    });
  }
  return articles;
}
