// Golden cases for the digest reader: fixtures/read/<case>/{input.txt, expected.json}.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyWords, type GoldArticle } from '../../eval/digest.js';
import { repoRoot } from '../../eval/shared.js';
import type { Article } from '../types.js';
import { parseBytes } from './index.js';

interface Expected {
  articles: GoldArticle[];
  dropped: { text: string; reason: string }[];
  warnings: number;
}

const root = join(repoRoot, 'fixtures', 'read');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

function summary(article: Article, wordsFirst: number, wordsLast: number) {
  const words = bodyWords(article);
  return {
    title: article.title,
    outlet: article.outlet,
    outletCountry: article.outletCountry,
    published: article.published,
    time: article.time,
    dateline: article.dateline,
    byline: article.byline,
    url: article.url,
    kind: article.kind,
    firstWords: words.slice(0, wordsFirst).join(' '),
    lastWords: words.slice(-wordsLast).join(' '),
  };
}

describe('digest reader golden cases', () => {
  it.each(cases)('%s', (name) => {
    const dir = join(root, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const parsed = parseBytes(readFileSync(join(dir, 'input.txt')), `${name}/input.txt`);
    const actual = parsed.articles.map((article, i) => {
      const gold = expected.articles[i];
      const first = gold ? gold.firstWords.split(/\s+/).length : 8;
      const last = gold ? gold.lastWords.split(/\s+/).length : 8;
      return summary(article, first, last);
    });
    const wanted = expected.articles.map((g) => ({
      title: g.title,
      outlet: g.outlet,
      outletCountry: g.outletCountry ?? null,
      published: g.published,
      time: g.time ?? null,
      dateline: g.dateline ?? null,
      byline: g.byline ?? [],
      url: g.url ?? null,
      kind: g.kind ?? 'news',
      firstWords: g.firstWords.split(/\s+/).join(' '),
      lastWords: g.lastWords.split(/\s+/).join(' '),
    }));
    expect(actual).toEqual(wanted);
    expect(parsed.dropped.map((d) => ({ text: d.text, reason: d.reason }))).toEqual(expected.dropped);
    expect(parsed.warnings).toHaveLength(expected.warnings);
  });
});
