import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFixtureArticles } from '../dedup/fixture.js';
import { DedupIndex } from '../dedup/index.js';
import { extractAll } from '../extract/index.js';
import type { Duplicate } from '../types.js';
import { dedupAndCluster, StoryClusterer } from './index.js';

// Two reports of one event, the second reworded sentence by sentence (written for this test).
const articles = parseFixtureArticles(
  readFileSync(join(import.meta.dirname, 'story-mates.fixture.txt'), 'utf8'),
  'story-mates',
);
const [wire, rewrite] = articles as [(typeof articles)[0], (typeof articles)[0]];
const extractions = new Map(extractAll(articles).extractions.map((e) => [e.article, e]));

describe("a story's check of its new member against its latest reports", () => {
  it('asks about the reports from other outlets that dedup did not relate, and keeps what it finds', () => {
    const asked: [string, readonly string[]][] = [];
    const found: Duplicate = { a: wire.id, b: rewrite.id, relation: 'rewrite', similarity: 0.5 };
    const clusterer = new StoryClusterer({
      pairCheck: (later, earlier) => {
        asked.push([later, [...earlier]]);
        return found;
      },
    });
    clusterer.add(wire);
    clusterer.add(rewrite);
    expect(asked).toEqual([[rewrite.id, [wire.id]]]);
    expect(clusterer.takeFound()).toEqual([found]);
    expect(clusterer.takeFound()).toEqual([]);
    const [story] = clusterer.stories(new Map(articles.map((a) => [a.id, a])));
    expect(story!.lineage).toEqual([{ origin: wire.id, copy: rewrite.id, relation: 'rewrite' }]);
  });

  it('does not ask about a report dedup already related to the new member', () => {
    let asked = 0;
    const clusterer = new StoryClusterer({
      pairCheck: () => {
        asked++;
        return null;
      },
    });
    clusterer.add(wire);
    clusterer.add(rewrite, undefined, [{ a: wire.id, b: rewrite.id, relation: 'rewrite', similarity: 0.5 }]);
    expect(asked).toBe(0);
  });

  it('is answered by dedup: the rewrite is verified, an unrelated report is not', () => {
    const dedup = new DedupIndex();
    for (const article of articles) dedup.add(article, extractions.get(article.id));
    expect(dedup.verifyClosest(rewrite.id, [wire.id])?.relation).toBe('rewrite');
    expect(dedup.verifyClosest(rewrite.id, ['unknown'])).toBeNull();
  });

  it('runs in a batch as in the store: the pair is reported once', () => {
    const { duplicates, stories } = dedupAndCluster(articles, extractions);
    expect(duplicates.filter((pair) => pair.relation === 'rewrite')).toHaveLength(1);
    expect(stories).toHaveLength(1);
  });
});

// A wire report and a local paper's shorter retelling that keeps a third of it and credits the
// wire (written for this test).
const wireAndRetelling = parseFixtureArticles(
  readFileSync(join(import.meta.dirname, 'credited.fixture.txt'), 'utf8'),
  'credited',
);
const [wireReport, retelling] = wireAndRetelling as [(typeof articles)[0], (typeof articles)[0]];

describe('a new member that credits a wire service', () => {
  it("is checked against the credited outlet's latest reports, as credited", () => {
    const asked: [string, readonly string[], boolean | undefined][] = [];
    const clusterer = new StoryClusterer({
      pairCheck: (later, earlier, credited) => {
        asked.push([later, [...earlier], credited]);
        return null;
      },
    });
    clusterer.add(wireReport);
    clusterer.add(retelling);
    expect(asked).toEqual([
      [retelling.id, [wireReport.id], undefined],
      [retelling.id, [wireReport.id], true],
    ]);
  });

  it('is a rewrite of the credited report when a third of it is retold', () => {
    const { duplicates } = dedupAndCluster(wireAndRetelling);
    expect(duplicates).toEqual([
      { a: wireReport.id, b: retelling.id, relation: 'rewrite', similarity: 0.366 },
    ]);
  });

  it('is none without the credit: a third in common is what two reports of one event share', () => {
    const uncredited = wireAndRetelling.map((article) => ({
      ...article,
      text: article.text.replace('Reuters contributed', 'Staff reporters contributed'),
    }));
    expect(dedupAndCluster(uncredited).duplicates).toEqual([]);
  });
});
