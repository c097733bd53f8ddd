// The reader against the hand-made gold of a real digest in ../shared (skipped when it is absent).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type GoldArticle, goldNoise, matchArticles, scoreDigest } from '../../eval/digest.js';
import { sharedPath } from '../../eval/shared.js';
import type { Article } from '../types.js';
import { readInputs } from './index.js';

const goldPath = sharedPath('corpus', 'digest-2023-10-04.gold.json');

// Read at collection time only when the gold is there, so the suite skips cleanly without ../shared.
const gold = goldPath
  ? (JSON.parse(readFileSync(goldPath, 'utf8')) as { articles: GoldArticle[]; notArticles: string[] })
  : { articles: [], notArticles: [] };

describe.skipIf(!goldPath)('digest reader on the shared gold digest', () => {
  let noise: string[] = [];
  let parsed: Awaited<ReturnType<typeof readInputs>>;
  let matched: Map<GoldArticle, Article>;

  beforeAll(async () => {
    const digestPath = join(goldPath!, '..', 'digest-2023-10-04.txt');
    noise = goldNoise(gold, readFileSync(digestPath, 'utf8'));
    parsed = await readInputs([digestPath]);
    matched = matchArticles(parsed.articles, gold.articles);
  });

  it('finds exactly the gold articles', () => {
    expect(parsed.articles).toHaveLength(gold.articles.length);
    expect(matched.size).toBe(gold.articles.length);
  });

  it.each(gold.articles.map((g) => [g.title, g] as const))('%s: fields as in the gold', (_, g) => {
    const article = matched.get(g);
    expect(article).toBeDefined();
    expect(article!.title).toBe(g.title);
    expect(article!.outlet).toBe(g.outlet);
    expect(article!.published).toBe(g.published);
    expect(article!.url).toBe(g.url ?? null);
    expect(article!.time).toBe(g.time ?? null);
    expect(article!.byline).toEqual(g.byline ?? []);
    expect(article!.kind).toBe(g.kind);
  });

  it('leaves no noise line in any text', () => {
    expect(scoreDigest(parsed.articles, gold.articles, noise).noiseLinesLeft).toBe(0);
  });

  it('keeps the op-ed headings and bio in the text', () => {
    const oped = parsed.articles.find((a) => a.kind === 'opinion');
    for (const line of gold.notArticles.filter((l) => !noise.includes(l))) {
      expect(squash(oped?.text ?? '')).toContain(squash(line));
    }
  });
});

/** The reader turns non-breaking spaces into plain ones; compare modulo white space. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}
