import { describe, expect, it } from 'vitest';
import { makeArticle } from '../read/article.js';
import { Clusterer } from './cluster.js';

// Written for this test: three reports of one flood and one report of a trade fair.
const report = (id: string, title: string, text: string) =>
  makeArticle({
    id,
    title,
    outlet: `Outlet ${id}`,
    published: '2025-03-04',
    text,
    source: { file: 'digest.txt', startLine: 1, endLine: 2 },
  });

const flood = [
  report(
    'f1',
    'River bursts its banks in Tarvel',
    'The river burst its banks in Tarvel on Tuesday, flooding the old town.',
  ),
  report(
    'f2',
    'Floods swamp old town of Tarvel',
    'Floodwater filled the old town of Tarvel after the river burst its banks.',
  ),
  report(
    'f3',
    'Tarvel residents flee rising river',
    'Residents of Tarvel fled their homes as the river kept rising on Tuesday.',
  ),
];
const fair = report(
  't1',
  'Trade fair opens in Morlan',
  'A trade fair for farm machinery opened in Morlan on Tuesday.',
);

/**
 * The clusterer after the flood's three reports and the fair's one, the flood story's index, and its
 * rule that widens a candidate pool (private, reached for the test).
 */
function clustered() {
  const clusterer = new Clusterer();
  for (const article of [...flood, fair]) clusterer.add(article);
  const main = clusterer.all().findIndex((story) => story.members.length === 3);
  const day = Date.parse('2025-03-04') / 86_400_000;
  const rule = clusterer as unknown as { withLargestStories(pool: number[], day: number): number[] };
  return { clusterer, main, widen: (pool: number[]) => rule.withLargestStories(pool, day) };
}

describe('the largest open stories as candidates', () => {
  it('are scored when the heaviest terms find no story', () => {
    const { main, widen } = clustered();
    expect(main).toBeGreaterThanOrEqual(0);
    expect(widen([])).toEqual([main]);
  });

  it('are left out when the terms found enough stories, and a story of one report never counts', () => {
    const { clusterer, widen } = clustered();
    expect(widen([7, 8, 9, 10])).toEqual([7, 8, 9, 10]);
    expect(widen([]).every((index) => clusterer.all()[index]!.members.length >= 3)).toBe(true);
  });
});
