// The one ordered list of stages, for a whole batch of articles at once (`sitrep analyze`, `sitrep
// report FILE…`). The store's incremental ingest runs the same stages one digest at a time and must
// reach the same stories and duplicates.
//
//   read ──► extract ──► dedup ──► stories ──► analysis
//
// Order matters: dedup and stories use the extractions (shared quotes, figures and entities are strong
// signals), and the analysis needs the stories to rank and group.

import { analyzeCorpus } from './analyze/index.js';
import type { FramingLexicon } from './analyze/lexicon.js';
import { listedDates } from './extract/dates.js';
import { listedFigures } from './extract/figures.js';
import type { Gazetteer } from './extract/gazetteer.js';
import { loadGazetteer } from './extract/gazetteer.js';
import { extractAll } from './extract/index.js';
import { dedupAndCluster } from './stories/index.js';
import type { AnalysisResult, Article, Duplicate, Entity, Extraction, ParseResult, Story } from './types.js';

export interface PipelineOptions {
  gazetteer?: Gazetteer;
  lexicon?: FramingLexicon;
  /** Called as the stages advance: extraction article by article (most of the time), then each stage. */
  onProgress?: (stage: string, done: number, total: number) => void;
}

/** Articles in the order every stage sees them: by published date, then as read. */
export function streamOrder(articles: Article[]): Article[] {
  return articles
    .map((article, index) => ({ article, index }))
    .sort((a, b) => (a.article.published ?? '').localeCompare(b.article.published ?? '') || a.index - b.index)
    .map((entry) => entry.article);
}

/** Runs every stage after reading over one batch of articles. */
export function analyze(parse: ParseResult, options: PipelineOptions = {}): AnalysisResult {
  const unique = dedupeById(parse.articles);
  const articles = streamOrder(unique);
  const gazetteer = options.gazetteer ?? loadGazetteer();
  const progress = options.onProgress ?? (() => {});
  const onProgress = (done: number, total: number) => progress('extract', done, total);
  // Names are linked within each file, as ingest links them: analyze then equals ingest file by file.
  const { extractions, entities } = extractAll(articles, { gazetteer, onProgress, linkWithinFiles: true });
  const byArticle = new Map<string, Extraction>(extractions.map((e) => [e.article, e]));
  progress('dedup', 0, articles.length);
  const { duplicates, stories } = dedupAndCluster(articles, byArticle);
  progress('analysis', articles.length, articles.length);
  return completeAnalysis(
    { ...parse, articles: unique },
    { extractions, entities, duplicates, stories },
    options.lexicon,
  );
}

/** What the stateful stages produced, from a run in memory or from the store. */
export interface StageOutputs {
  extractions: Extraction[];
  entities: Entity[];
  duplicates: Duplicate[];
  stories: Story[];
}

/** Runs the analysis stage over stage outputs and assembles the contract's result. */
export function completeAnalysis(
  parse: ParseResult,
  stages: StageOutputs,
  lexicon?: FramingLexicon,
): AnalysisResult {
  const { extractions, entities, duplicates, stories } = stages;
  const analysis = analyzeCorpus({ articles: parse.articles, extractions, stories }, { lexicon });
  return {
    articles: parse.articles,
    dropped: parse.dropped,
    warnings: parse.warnings,
    duplicates,
    stories,
    entities,
    quotes: extractions.flatMap((e) => e.quotes),
    figures: listedFigures(extractions),
    dates: listedDates(extractions),
    ...analysis,
  };
}

/** The same article read from two digests is one article (ids are content hashes). */
function dedupeById(articles: Article[]): Article[] {
  const seen = new Set<string>();
  return articles.filter((a) => !seen.has(a.id) && seen.add(a.id));
}
