// Story terms from dedup's scan of the whole text (DedupIndex.words) must equal those from scanning
// each paragraph on its own: the same stories and the same state, only sooner.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateStream } from '../../bench/generate.js';
import { repoRoot, sharedPath } from '../../eval/shared.js';
import { DedupIndex } from '../dedup/index.js';
import { WordScanner } from '../dedup/tokens.js';
import { readInputs } from '../read/index.js';
import type { Article } from '../types.js';
import { StoryClusterer } from './index.js';

const stream = generateStream({ seed: 5, articles: 300, events: 20, days: 10 });

/** Paragraph breaks with odd spacing, a line of punctuation, calendar words at paragraph edges. */
const tricky: Article[] = [
  'Fighting in Doran.\n \n  October 4 shelling hit Velka, officials said.\r\n\r\nMore: “Quotes” here 12\n\n\n4 October.',
  'Aid reached Doran on Monday.\n—\nRebels said 1,200 people fled. Officials in Velka confirm.\n\nZoë’s report: Jan 5 talks.',
  '   \n\nBody with only one paragraph and Names Inside it, 300 homes.  ',
].map((text, i) => ({
  ...stream.articles[i]!,
  id: `t${i}`,
  title: `Doran report ${i}`,
  text,
  published: `2024-01-0${i + 1}`,
}));

function cluster(articles: Article[], reuse: boolean) {
  const dedup = new DedupIndex();
  const stories = new StoryClusterer();
  const ids = articles.map((article) => {
    const pairs = dedup.add(article);
    return stories.add(article, undefined, pairs, reuse ? dedup.words : undefined);
  });
  return { ids, state: stories.state() };
}

describe('StoryClusterer.add with dedup words', () => {
  it('gives the same stories and state as scanning the paragraphs again', () => {
    for (const articles of [stream.articles, tricky])
      expect(cluster(articles, true)).toEqual(cluster(articles, false));
  });

  it('gives the same on the bundled sample digests and the shared digest', async () => {
    const shared = sharedPath('corpus', 'digest-2023-10-04.txt');
    const paths = [join(repoRoot, 'sample'), ...(shared ? [shared] : [])];
    const { articles } = await readInputs(paths);
    expect(articles.length).toBeGreaterThan(10);
    expect(cluster(articles, true)).toEqual(cluster(articles, false));
  });

  it('gives the same when dedup runs over a chunk first, each article scanned into a scanner of its own', () => {
    const articles = stream.articles.slice(0, 120);
    const dedup = new DedupIndex();
    const scanners = articles.map(() => new WordScanner());
    const pairs = articles.map((article, i) => dedup.add(article, undefined, scanners[i]));
    const stories = new StoryClusterer();
    const ids = articles.map((article, i) => stories.add(article, undefined, pairs[i], scanners[i]));
    expect({ ids, state: stories.state() }).toEqual(cluster(articles, false));
  });

  it('has no words for an article it skips', () => {
    const dedup = new DedupIndex();
    dedup.add(stream.articles[0]!);
    expect(dedup.words?.count).toBeGreaterThan(0);
    dedup.add(stream.articles[0]!);
    expect(dedup.words).toBeNull();
  });
});
