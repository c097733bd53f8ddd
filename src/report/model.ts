// The report model: everything a rendered report shows, already selected, ranked and linked to its
// sources. Renderers (markdown.ts, html.ts) only lay it out; they make no choices of their own.

import type { Article, Figure, Quote } from '../types.js';
import { readableTitle } from './readable-title.js';

/** An article cited by the report; `anchor` is the id of its entry in the Sources appendix. */
export interface SourceEntry {
  anchor: string;
  /** The number shown in citations: [3]. */
  number: number;
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  file: string;
  startLine: number;
  endLine: number;
}

/** A statement with the articles it comes from (anchors into `sources`). */
export interface Cited {
  text: string;
  sources: string[];
}

export interface ReportQuote extends Cited {
  speaker: string;
  via: string | null;
  outlet: string | null;
}

export interface ReportStory {
  id: string;
  headline: string;
  outlets: string[];
  first: string | null;
  last: string | null;
  articleCount: number;
  summary: Cited[];
  sources: string[];
  figures: Cited[];
  quotes: ReportQuote[];
}

export interface ReportPoint {
  value: number;
  qualifier: string | null;
  low: number | null;
  high: number | null;
  /** "tens of thousands": the value is only an order of magnitude. */
  approximate?: boolean;
  asOf: string;
  outlet: string | null;
  text: string;
  source: string;
  /** True when this point takes part in a conflict on its date. */
  conflicting: boolean;
}

export interface ReportSeries {
  id: string;
  label: string;
  unit: string;
  points: ReportPoint[];
  /** Older points left out of the table and chart (they stay in the JSON output). */
  omitted: number;
  conflicts: { asOf: string; values: number[]; sources: string[] }[];
}

/** The timeline's second list: dates the articles look ahead to. */
export const EXPECTED_HEADING = 'Announced or expected';
export const EXPECTED_NOTE =
  'Dates the articles gave before the day came: announced, scheduled or forecast, not yet reported as done.';

export interface ReportTimelineEntry extends Cited {
  date: string;
}

export interface ReportFraming {
  concept: string;
  terms: string[];
  outlets: string[];
  /** own[t][o]: uses of terms[t] by outlets[o] in its own voice; quoted[t][o]: inside quotations. */
  own: number[][];
  quoted: number[][];
  examples: { term: string; outlet: string; sentence: string; source: string }[];
}

export interface ReportSpeaker {
  speaker: string;
  outlets: string[];
  quotes: ReportQuote[];
}

export interface ReportModel {
  title: string;
  since: string | null;
  until: string | null;
  stats: { articles: number; outlets: number; stories: number; figures: number; quotes: number };
  stories: ReportStory[];
  trackedFigures: ReportSeries[];
  timeline: ReportTimelineEntry[];
  /** Older timeline entries left out (they stay in the JSON output). */
  timelineOmitted: number;
  /** Dated things reported before their day (announced, scheduled, forecast), soonest first. */
  expected: ReportTimelineEntry[];
  framing: ReportFraming[];
  speakers: ReportSpeaker[];
  sources: SourceEntry[];
}

/** Hands out appendix anchors in order of first citation, so that [1] is the first source read. */
export class SourceRegistry {
  private readonly entries = new Map<string, SourceEntry>();

  constructor(private readonly articles: Map<string, Article>) {}

  cite(articleId: string): string | null {
    const known = this.entries.get(articleId);
    if (known) return known.anchor;
    const article = this.articles.get(articleId);
    if (!article) return null;
    const number = this.entries.size + 1;
    const entry: SourceEntry = {
      anchor: `src-${number}`,
      number,
      id: article.id,
      title: readableTitle(article.title, article.text),
      outlet: article.outlet,
      published: article.published,
      url: article.url,
      file: article.source.file,
      startLine: article.source.startLine,
      endLine: article.source.endLine,
    };
    this.entries.set(articleId, entry);
    return entry.anchor;
  }

  citeAll(articleIds: string[]): string[] {
    return articleIds.map((id) => this.cite(id)).filter((a): a is string => a !== null);
  }

  list(): SourceEntry[] {
    return [...this.entries.values()];
  }
}

export type { Figure, Quote };
