import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFixtureArticles } from '../dedup/fixture.js';
import { findDuplicates } from '../dedup/index.js';
import { extractAll } from '../extract/index.js';
import { clusterStories, StoryClusterer } from './index.js';

const root = join(import.meta.dirname, '..', '..', 'fixtures', 'stories');
const cases = readdirSync(root);

/** Stories as sorted lists of article ids, so the comparison ignores ranking. */
const grouping = (stories: { articles: string[] }[]) =>
  stories.map((story) => [...story.articles].sort()).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));

describe('story fixtures', () => {
  it.each(cases)('%s', (name) => {
    const articles = parseFixtureArticles(readFileSync(join(root, name, 'input.txt'), 'utf8'), name);
    const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as {
      stories: string[][];
    };
    // With extraction, as analyze runs: entities, named days and the counts openings report count.
    const extractions = new Map(extractAll(articles).extractions.map((e) => [e.article, e]));
    const stories = clusterStories(articles, extractions, findDuplicates(articles));
    expect(grouping(stories)).toEqual(grouping(expected.stories.map((articles) => ({ articles }))));
  });
});

describe('counts of one day that do not fit', () => {
  it('keep two events apart after the state is saved between their reports', () => {
    const name = 'blast-and-war-toll-same-day';
    const [blast, toll] = parseFixtureArticles(readFileSync(join(root, name, 'input.txt'), 'utf8'), name);
    const extractions = new Map(extractAll([blast!, toll!]).extractions.map((e) => [e.article, e]));
    const first = new StoryClusterer();
    const blastStory = first.add(blast!, extractions.get(blast!.id));
    const restored = new StoryClusterer(undefined, JSON.parse(JSON.stringify(first.state())));
    expect(restored.add(toll!, extractions.get(toll!.id))).not.toBe(blastStory);
    // Without the rule the two reports are one story: the test would not notice a lost count.
    const lenient = new StoryClusterer({ tuning: { otherCount: 1 } });
    lenient.add(blast!, extractions.get(blast!.id));
    expect(lenient.add(toll!, extractions.get(toll!.id))).toBe(blastStory);
  });
});

describe('quote mates', () => {
  it('find the story of an earlier report of the same words after the state is saved', () => {
    const name = 'quote-mates-one-statement';
    const [result, conference] = parseFixtureArticles(
      readFileSync(join(root, name, 'input.txt'), 'utf8'),
      name,
    );
    const extractions = new Map(extractAll([result!, conference!]).extractions.map((e) => [e.article, e]));
    const first = new StoryClusterer();
    const story = first.add(result!, extractions.get(result!.id));
    const restored = new StoryClusterer(undefined, JSON.parse(JSON.stringify(first.state())));
    expect(restored.add(conference!, extractions.get(conference!.id))).toBe(story);
    // Without the quotes the two reports share too few words to be one story.
    const wordsOnly = new StoryClusterer();
    wordsOnly.add(result!, { ...extractions.get(result!.id)!, quotes: [] });
    expect(wordsOnly.add(conference!, { ...extractions.get(conference!.id)!, quotes: [] })).not.toBe(story);
  });
});
