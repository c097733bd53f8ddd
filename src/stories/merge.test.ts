import { describe, expect, it } from 'vitest';
import { generateStream } from '../../bench/generate.js';
import { stableId } from '../util/hash.js';
import { Clusterer } from './cluster.js';

const stream = generateStream({ seed: 5, articles: 200, events: 20, days: 6 });

describe('second-chance merges', () => {
  it('keep the older story id, report the merged-away ones, and survive a state round trip', () => {
    const merging = new Clusterer(3, undefined, { mergeThreshold: 0.1 });
    const half = stream.articles.length / 2;
    for (const article of stream.articles.slice(0, half)) merging.add(article);
    const restored = new Clusterer(3, JSON.parse(JSON.stringify(merging.state())), { mergeThreshold: 0.1 });
    const removed = merging.takeRemoved();
    for (const article of stream.articles.slice(half)) restored.add(article);
    const whole = new Clusterer(3, undefined, { mergeThreshold: 0.1 });
    for (const article of stream.articles) whole.add(article);
    const groups = (c: Clusterer) => c.all().map((story) => story.members.map((m) => m.id));
    expect(groups(restored)).toEqual(groups(whole));
    expect(removed.length).toBeGreaterThan(0);
    const alive = new Set(whole.all().map((story) => story.id));
    for (const id of removed) expect(alive.has(id)).toBe(false);
    for (const story of whole.all()) expect(story.id).toBe(stableId('s', story.members[0]!.id));
  });
});
