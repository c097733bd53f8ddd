import { describe, expect, it } from 'vitest';
import { averageLink, memberTerms, storySums, WindowFrequencies } from './consolidate.js';

const member = (words: Record<string, number>) => {
  const counts = new Map(Object.entries(words));
  return memberTerms(counts, counts);
};

describe('open-window merging', () => {
  it('gives a word every open report carries no weight, and restores it when reports close', () => {
    const window = new WindowFrequencies();
    const a = member({ war: 3, dam: 2 });
    const b = member({ war: 3, port: 2 });
    window.add(a);
    window.add(b);
    expect(averageLink(storySums([a], window), storySums([b], window), 0.5)).toBeCloseTo(0, 6);
    const c = member({ dam: 2, flood: 1 });
    window.add(c);
    expect(averageLink(storySums([a], window), storySums([c], window), 0.5)).toBeGreaterThan(0.3);
    window.remove(c);
    expect(window.saved()).toEqual({
      documents: 2,
      df: [
        ['war', 2],
        ['dam', 1],
        ['port', 1],
      ],
    });
  });

  it('averages member-to-member cosines rather than comparing centroids', () => {
    const window = new WindowFrequencies();
    const members = [
      member({ dam: 1, flood: 1 }),
      member({ dam: 1, flood: 1 }),
      member({ port: 1, ship: 1 }),
    ];
    for (const m of members) window.add(m);
    const pair = averageLink(storySums(members.slice(0, 1), window), storySums(members.slice(1), window), 0);
    expect(pair).toBeCloseTo(0.5, 6);
  });
});
