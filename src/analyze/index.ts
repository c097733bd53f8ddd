// The analysis stage: from extracted mentions and stories to what an analyst reads — tracked
// figures with their conflicts, a merged timeline and the framing matrix. A plain function, no state.
import type { Article, Extraction, Framing, Story, TimelineEntry, TrackedFigure } from '../types.js';
import { trackFigures } from './figure-series.js';
import { analyzeFraming } from './framing.js';
import { BUILTIN_LEXICON, type FramingLexicon } from './lexicon.js';
import { buildTimeline } from './timeline.js';

export { findConflicts } from './conflicts.js';
export {
  extendSeries,
  type FigureInput,
  type Series,
  type SeriesPoint,
  toTrackedFigures,
  trackFigures,
} from './figure-series.js';
export { analyzeFraming, quotedSpans } from './framing.js';
export { type Interval, intervalOf, overlaps } from './intervals.js';
export {
  BUILTIN_LEXICON,
  type FramingConcept,
  type FramingLexicon,
  loadLexicon,
  mergeLexicons,
} from './lexicon.js';
export { quotesBySpeaker, quotesByStory, type SpeakerQuotes, UNATTRIBUTED } from './speakers.js';
export { buildTimeline } from './timeline.js';

export interface CorpusInput {
  articles: Article[];
  extractions: Extraction[];
  stories: Story[];
}

export interface AnalyzeOptions {
  /** The framing lexicon; defaults to the built-in one (see loadLexicon for a user's file). */
  lexicon?: FramingLexicon;
}

export interface CorpusAnalysis {
  trackedFigures: TrackedFigure[];
  timeline: TimelineEntry[];
  framing: Framing[];
}

export function analyzeCorpus(input: CorpusInput, options: AnalyzeOptions = {}): CorpusAnalysis {
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const mentionsOf = new Map(input.extractions.map((e) => [e.article, e.mentions]));
  const datesOf = new Map(input.extractions.map((e) => [e.article, e.dates]));
  const figures = input.extractions.flatMap((e) => e.figures);
  const trackedFigures = trackFigures(
    figures.map((figure) => ({
      figure,
      article: articles.get(figure.article),
      mentions: mentionsOf.get(figure.article) ?? [],
      dates: datesOf.get(figure.article) ?? [],
    })),
  );
  const quotes = input.extractions.flatMap((e) => e.quotes);
  const storyOf = new Map(input.stories.flatMap((s) => s.articles.map((id) => [id, s.id] as const)));
  const timeline = buildTimeline(
    input.extractions.flatMap((e) => e.dates),
    articles,
    quotes,
    storyOf,
    mentionsOf,
  );
  const places = input.extractions.flatMap((e) =>
    e.mentions.flatMap((m) => (m.type === 'place' ? [m.text, m.name] : [])),
  );
  const framing = analyzeFraming(input.articles, quotes, options.lexicon ?? BUILTIN_LEXICON, places);
  return { trackedFigures, timeline, framing };
}
