import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFixtureArticles } from '../dedup/fixture.js';
import { extractAll } from '../extract/index.js';
import { dedupAndCluster } from './index.js';
import { DEFAULT_TUNING } from './tuning.js';

// Two reports of a coalition's fall and a summit the chancellor attended the next day, which names
// him and his capital but says little of the fall (written for this test).
const articles = parseFixtureArticles(
  readFileSync(join(import.meta.dirname, 'name-boost.fixture.txt'), 'utf8'),
  'name-boost',
);
const extractions = new Map(extractAll(articles).extractions.map((e) => [e.article, e]));
/** Three articles: every name is in a third of them or more, so every name counts as rare here. */
const rareNames = { entityShare: 1 };

describe('shared rare names between reports that share little wording', () => {
  it('do not make a summit the chancellor attended part of his coalition’s fall', () => {
    expect(DEFAULT_TUNING.nameBoostFloor).toBeGreaterThan(0);
    const { stories } = dedupAndCluster(articles, extractions, rareNames);
    expect(stories.map((story) => story.articles)).toEqual([['n1', 'n2'], ['n3']]);
  });

  it('would, were their boost given at any similarity', () => {
    const { stories } = dedupAndCluster(articles, extractions, { ...rareNames, nameBoostFloor: 0 });
    expect(stories.map((story) => story.articles)).toEqual([['n1', 'n2', 'n3']]);
  });
});
