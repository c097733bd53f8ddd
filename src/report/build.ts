// buildReport: selects, ranks and cites what the report shows, from an AnalysisResult.
// Stories rank by how many outlets carried them (a story one outlet tells is a claim, one that five
// tell is news); every statement keeps the articles it came from.
import { analyzeFraming } from '../analyze/framing.js';
import { BUILTIN_LEXICON, type FramingLexicon } from '../analyze/lexicon.js';
import { quotesBySpeaker } from '../analyze/speakers.js';
import type { AnalysisResult, Article, Figure, Framing, Quote, Story, TrackedFigure } from '../types.js';
import { formatPeriod } from './format.js';
import type {
  ReportFraming,
  ReportModel,
  ReportQuote,
  ReportSeries,
  ReportSpeaker,
  ReportStory,
  ReportTimelineEntry,
} from './model.js';
import { SourceRegistry } from './model.js';
import { summarize } from './summary.js';

export interface ReportOptions {
  since?: string;
  until?: string;
  title?: string;
  /** How many stories to show; default 10. */
  topStories?: number;
  /** Used to recount framing when a date range leaves out part of the corpus. */
  lexicon?: FramingLexicon;
}

const FIGURES_PER_STORY = 4;
const QUOTES_PER_STORY = 3;
const SPEAKERS = 12;
const QUOTES_PER_SPEAKER = 4;
const QUOTE_CHARS = 280;
const SERIES_SHOWN = 8;

export function buildReport(result: AnalysisResult, options: ReportOptions = {}): ReportModel {
  const inRange = (date: string | null) => withinRange(date, options.since, options.until);
  const filtered = options.since || options.until;
  const articles = new Map(
    result.articles.filter((a) => !filtered || inRange(a.published)).map((a) => [a.id, a]),
  );
  const sources = new SourceRegistry(articles);
  const stories = rankStories(result.stories, articles).slice(0, options.topStories ?? 10);
  const figuresByArticle = groupBy(result.figures, (f) => f.article);
  const quotes = result.quotes.filter((q) => articles.has(q.article));
  const quotesByArticle = groupBy(quotes, (q) => q.article);
  const model: ReportModel = {
    title: options.title ?? `Situation report: ${formatPeriod(options.since ?? null, options.until ?? null)}`,
    since: options.since ?? null,
    until: options.until ?? null,
    stats: {
      articles: articles.size,
      outlets: new Set([...articles.values()].map((a) => a.outlet).filter(Boolean)).size,
      stories: result.stories.filter((s) => s.articles.some((id) => articles.has(id))).length,
      figures: result.figures.filter((f) => articles.has(f.article)).length,
      quotes: quotes.length,
    },
    stories: stories.map((s) => reportStory(s, articles, figuresByArticle, quotesByArticle, sources)),
    trackedFigures: reportSeries(result.trackedFigures, articles, sources),
    timeline: reportTimeline(result, articles, sources),
    framing: reportFraming(framingFor(result, articles, filtered ? options.lexicon : undefined), sources),
    speakers: reportSpeakers(quotes, articles, sources),
    sources: [],
  };
  model.sources = sources.list();
  return model;
}

function withinRange(date: string | null, since?: string, until?: string): boolean {
  if (!since && !until) return true;
  if (!date) return false;
  if (since && date.slice(0, since.length) < since) return false;
  if (until && date.slice(0, until.length) > until) return false;
  return true;
}

/** A story's members inside the range, ranked by outlets, then independent reports, then recency. */
function rankStories(stories: Story[], articles: Map<string, Article>): Story[] {
  const kept = stories
    .map((s) => ({ ...s, articles: s.articles.filter((id) => articles.has(id)) }))
    .filter((s) => s.articles.length > 0)
    .map((s) => ({ ...s, outlets: outletsOf(s.articles, articles) }));
  return kept.sort(
    (a, b) =>
      b.outlets.length - a.outlets.length ||
      (b.independent ?? 0) - (a.independent ?? 0) ||
      b.articles.length - a.articles.length ||
      (b.last ?? '').localeCompare(a.last ?? ''),
  );
}

function outletsOf(ids: string[], articles: Map<string, Article>): string[] {
  return [...new Set(ids.map((id) => articles.get(id)?.outlet).filter((o): o is string => !!o))];
}

function reportStory(
  story: Story,
  articles: Map<string, Article>,
  figuresByArticle: Map<string, Figure[]>,
  quotesByArticle: Map<string, Quote[]>,
  sources: SourceRegistry,
): ReportStory {
  const members = story.articles
    .map((id) => articles.get(id))
    .filter((a): a is Article => !!a)
    .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  const summary = summarize(members).map((s) => ({ text: s.text, sources: sources.citeAll([s.article]) }));
  return {
    id: story.id,
    headline: story.headline,
    outlets: story.outlets,
    first: story.first,
    last: story.last,
    articleCount: members.length,
    summary,
    sources: sources.citeAll(members.map((a) => a.id)),
    figures: keyFigures(members, figuresByArticle, sources),
    quotes: keyQuotes(members, quotesByArticle, articles, sources),
  };
}

/** Distinct figures of the story, people counts first (they are what analysts track). */
function keyFigures(members: Article[], byArticle: Map<string, Figure[]>, sources: SourceRegistry) {
  const seen = new Set<string>();
  const figures = members.flatMap((a) => byArticle.get(a.id) ?? []);
  figures.sort((a, b) => Number(b.unit === 'people') - Number(a.unit === 'people'));
  const out: ReportStory['figures'] = [];
  for (const f of figures) {
    const key = `${f.text.toLowerCase()}|${f.subject.toLowerCase()}`;
    if (seen.has(key) || out.length >= FIGURES_PER_STORY) continue;
    seen.add(key);
    const text = f.subject ? `${f.text} (${f.subject})` : f.text;
    out.push({ text, sources: sources.citeAll([f.article]) });
  }
  return out;
}

function keyQuotes(
  members: Article[],
  byArticle: Map<string, Quote[]>,
  articles: Map<string, Article>,
  sources: SourceRegistry,
): ReportQuote[] {
  const quotes = members.flatMap((a) => byArticle.get(a.id) ?? []).filter((q) => q.speaker);
  const bySpeaker = new Map<string, Quote>();
  for (const q of quotes) if (!bySpeaker.has(q.speaker!)) bySpeaker.set(q.speaker!, q);
  return [...bySpeaker.values()].slice(0, QUOTES_PER_STORY).map((q) => toReportQuote(q, articles, sources));
}

function toReportQuote(q: Quote, articles: Map<string, Article>, sources: SourceRegistry): ReportQuote {
  return {
    speaker: q.speaker ?? 'unattributed',
    via: q.via,
    outlet: articles.get(q.article)?.outlet ?? null,
    text: shorten(q.text.replace(/\s+/g, ' ').trim(), QUOTE_CHARS),
    sources: sources.citeAll([q.article]),
  };
}

/** Series with points in range; those with conflicts and many points first. */
function reportSeries(
  series: TrackedFigure[],
  articles: Map<string, Article>,
  sources: SourceRegistry,
): ReportSeries[] {
  const kept = series
    .map((s) => ({ ...s, points: s.points.filter((p) => articles.has(p.article)) }))
    .filter((s) => s.points.length >= 2)
    .sort((a, b) => b.conflicts.length - a.conflicts.length || b.points.length - a.points.length)
    .slice(0, SERIES_SHOWN);
  return kept.map((s) => {
    const conflicts = s.conflicts
      .filter((c) => c.articles.some((id) => articles.has(id)))
      .map((c) => ({ asOf: c.asOf, values: c.values, sources: sources.citeAll(c.articles) }));
    const conflicting = new Set(
      s.conflicts.flatMap((c) => c.articles.flatMap((id) => c.values.map((v) => `${id}|${c.asOf}|${v}`))),
    );
    const points = s.points.map((p) => {
      const extra = p as typeof p & { low?: number | null; high?: number | null };
      return {
        value: p.value,
        qualifier: p.qualifier,
        low: extra.low ?? null,
        high: extra.high ?? null,
        asOf: p.asOf,
        outlet: p.outlet,
        text: p.text ?? String(p.value),
        source: sources.cite(p.article) ?? '',
        conflicting: conflicting.has(`${p.article}|${p.asOf}|${p.value}`),
      };
    });
    return { id: s.id, label: s.label, unit: s.unit, points, conflicts };
  });
}

function reportTimeline(
  result: AnalysisResult,
  articles: Map<string, Article>,
  sources: SourceRegistry,
): ReportTimelineEntry[] {
  return result.timeline
    .filter((e) => e.articles.some((id) => articles.has(id)))
    .map((e) => ({ date: e.date, text: e.summary, sources: sources.citeAll(e.articles) }));
}

/** The stored framing, or a recount over the articles in range when the report covers a part. */
function framingFor(
  result: AnalysisResult,
  articles: Map<string, Article>,
  lexicon?: FramingLexicon,
): Framing[] {
  if (articles.size === result.articles.length) return result.framing;
  return analyzeFraming([...articles.values()], result.quotes, lexicon ?? BUILTIN_LEXICON);
}

function reportFraming(framing: Framing[], sources: SourceRegistry): ReportFraming[] {
  return framing
    .filter((f) => Object.keys(f.terms).length > 0)
    .map((f) => {
      const terms = [...new Set([...Object.keys(f.terms), ...Object.keys(f.quoted ?? {})])];
      const outletSet = new Set<string>();
      for (const table of [f.terms, f.quoted ?? {}]) {
        for (const row of Object.values(table)) for (const o of Object.keys(row)) outletSet.add(o);
      }
      const outlets = [...outletSet].sort();
      const cell = (table: Framing['terms'] | undefined, t: string, o: string) => table?.[t]?.[o] ?? 0;
      const examples = Object.entries(f.examples ?? {}).flatMap(([term, list]) =>
        list.map((e) => ({
          term,
          outlet: e.outlet,
          sentence: e.sentence,
          source: sources.cite(e.article) ?? '',
        })),
      );
      return {
        concept: f.concept,
        terms,
        outlets,
        own: terms.map((t) => outlets.map((o) => cell(f.terms, t, o))),
        quoted: terms.map((t) => outlets.map((o) => cell(f.quoted, t, o))),
        examples,
      };
    });
}

function reportSpeakers(
  quotes: Quote[],
  articles: Map<string, Article>,
  sources: SourceRegistry,
): ReportSpeaker[] {
  return quotesBySpeaker(quotes, articles)
    .filter((s) => s.speaker !== 'unattributed')
    .slice(0, SPEAKERS)
    .map((s) => ({
      speaker: s.speaker,
      outlets: s.outlets,
      quotes: s.quotes.slice(0, QUOTES_PER_SPEAKER).map((q) => toReportQuote(q, articles, sources)),
    }));
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item)) ?? [];
    list.push(item);
    map.set(key(item), list);
  }
  return map;
}
