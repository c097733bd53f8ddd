// Hand-built records for the store's tests (no pipeline needed): small, readable, deterministic.
import type { Article, Extraction, Story } from '../types.js';
import type { FileBatch, IncrementalStep, StageState } from './store.js';

export function makeArticle(id: string, fields: Partial<Article> = {}): Article {
  return {
    id,
    title: `Title of ${id}`,
    outlet: 'Wire Service',
    outletCountry: null,
    published: '2023-10-04',
    time: null,
    dateline: null,
    byline: [],
    url: null,
    kind: 'news',
    text: `Body of ${id}.`,
    source: { file: 'digest.txt', startLine: 1, endLine: 5 },
    ...fields,
  };
}

export function emptyExtraction(article: string): Extraction {
  return { article, mentions: [], quotes: [], figures: [], dates: [] };
}

export function makeBatch(path: string, articles: Article[], extractions: Extraction[] = []): FileBatch {
  return {
    file: { path, sha256: `sha-of-${path}`, size: 100, ingestedAt: '2023-10-05T08:00:00Z' },
    parse: { articles, dropped: [], warnings: [] },
    extractions: new Map(extractions.map((extraction) => [extraction.article, extraction])),
  };
}

/** A stand-in for the real stages: one story per outlet, and articles with equal titles are duplicates. */
export const outletStoriesStep: IncrementalStep = ({ fresh, loadState, articles }) => {
  const state = (loadState() ?? { byOutlet: {}, titles: {} }) as {
    byOutlet: Record<string, string[]>;
    titles: Record<string, string>;
  } & StageState;
  const duplicates = [];
  const touched = new Set<string>();
  for (const article of fresh) {
    const outlet = article.outlet ?? 'none';
    state.byOutlet[outlet] = [...(state.byOutlet[outlet] ?? []), article.id];
    touched.add(outlet);
    const earlier = state.titles[article.title];
    if (earlier)
      duplicates.push({ a: earlier, b: article.id, relation: 'identical' as const, similarity: 1 });
    else state.titles[article.title] = article.id;
  }
  const stories: Story[] = [...touched].map((outlet) => {
    const members = articles(state.byOutlet[outlet] ?? []);
    const days = members.map((a) => a.published ?? '').sort();
    return {
      id: `s_${outlet.toLowerCase().replace(/\W+/g, '')}`,
      headline: members[0]?.title ?? outlet,
      articles: members.map((a) => a.id),
      outlets: [outlet],
      first: days[0] ?? null,
      last: days.at(-1) ?? null,
      independent: members.length,
      lineage: [],
    };
  });
  return { duplicates, stories, removedStories: [], state };
};
