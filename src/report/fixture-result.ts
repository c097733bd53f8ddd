// An AnalysisResult built from the hand-written analysis fixtures, for report tests and the
// benchmark: each fixture case becomes one story, analysed by the real analysis stage.

import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFixtureInput } from '../analyze/fixture-input.js';
import { analyzeCorpus } from '../analyze/index.js';
import { listedDates } from '../extract/dates.js';
import { listedFigures } from '../extract/figures.js';
import type { AnalysisResult, Article, Extraction, Story } from '../types.js';
import { stableId } from '../util/hash.js';

/** fixtures/analyze, found from this file (src/report or dist/report) without importing eval/. */
const FIXTURES = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'fixtures', 'analyze');

export function fixtureResult(root = FIXTURES): AnalysisResult {
  const articles: Article[] = [];
  const extractions: Extraction[] = [];
  const stories: Story[] = [];
  for (const name of readdirSync(root).sort()) {
    const input = loadFixtureInput(join(root, name, 'input.json'));
    articles.push(...input.articles);
    extractions.push(...input.extractions);
    stories.push(storyOf(input.articles));
  }
  return resultOf(articles, extractions, stories);
}

/** Assembles the contract object around the analysis of these records. */
export function resultOf(articles: Article[], extractions: Extraction[], stories: Story[]): AnalysisResult {
  return {
    articles,
    dropped: [],
    warnings: [],
    duplicates: [],
    stories,
    entities: [],
    quotes: extractions.flatMap((e) => e.quotes),
    figures: listedFigures(extractions),
    dates: listedDates(extractions),
    ...analyzeCorpus({ articles, extractions, stories }),
  };
}

function storyOf(members: Article[]): Story {
  const dates = members
    .map((a) => a.published)
    .filter((d): d is string => !!d)
    .sort();
  return {
    id: stableId('s', ...members.map((a) => a.id)),
    headline: members[0]?.title ?? '',
    articles: members.map((a) => a.id),
    outlets: [...new Set(members.map((a) => a.outlet).filter((o): o is string => !!o))],
    first: dates[0] ?? null,
    last: dates[dates.length - 1] ?? null,
    independent: members.length,
    lineage: [],
  };
}
