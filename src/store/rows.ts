// Conversions between stored rows and the shared records. Fields a later version adds to a record
// travel in the `extra` JSON column, so nothing an extractor produces is lost on the way through.

import type { Article, ArticleKind, DateMention, DatePrecision, Figure, Quote, Story } from '../types.js';
import type { StoredBody } from './bodies.js';

export interface ArticleRow {
  n: number;
  id: string;
  title: string;
  outlet: string | null;
  outlet_country: string | null;
  published: string | null;
  time: string | null;
  dateline: string | null;
  byline: string;
  url: string | null;
  kind: string;
  /** The text, deflated (bodies.ts). */
  body: Buffer;
  /** The dictionary the body needs, or null. */
  dict: number | null;
  story: string | null;
}

export interface StoryRow {
  id: string;
  headline: string;
  outlets: string;
  first: string | null;
  last: string | null;
  independent: number;
  lineage: string;
}

/** Row values of an article (the columns of storeArticles' INSERT), its text already compressed. */
export function articleParams(article: Article, body: StoredBody): unknown[] {
  return [
    article.id,
    article.title,
    article.outlet,
    article.outletCountry,
    article.published,
    article.time,
    article.dateline,
    JSON.stringify(article.byline ?? []),
    article.url,
    article.kind,
    // From a worker thread a Buffer arrives as a plain Uint8Array; the driver binds Buffers.
    Buffer.from(body.data.buffer, body.data.byteOffset, body.data.byteLength),
    body.dictionary,
  ];
}

/** The record without its source (the caller attaches provenance) and with the text given. */
export function articleFromRow(row: ArticleRow, text: string): Omit<Article, 'source'> {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    outletCountry: row.outlet_country,
    published: row.published,
    time: row.time,
    dateline: row.dateline,
    byline: JSON.parse(row.byline) as string[],
    url: row.url,
    kind: row.kind as ArticleKind,
    text,
  };
}

export function storyFromRow(row: StoryRow, articles: string[]): Story {
  return {
    id: row.id,
    headline: row.headline,
    articles,
    outlets: JSON.parse(row.outlets) as string[],
    first: row.first,
    last: row.last,
    independent: row.independent,
    lineage: JSON.parse(row.lineage) as Story['lineage'],
  };
}

export function storyParams(story: Story): unknown[] {
  return [
    story.id,
    story.headline,
    JSON.stringify(story.outlets),
    story.first,
    story.last,
    story.independent ?? story.articles.length,
    JSON.stringify(story.lineage ?? []),
  ];
}

/** JSON of the fields not stored in their own column, or null when there are none. */
export function extraJson(record: object, columns: readonly string[]): string | null {
  // Nearly every record has no extra field: the object is made only for one that has. for…in reads
  // the keys in Object.entries' order without an array for every key (records are plain objects).
  let extra: Record<string, unknown> | null = null;
  const fields = record as Record<string, unknown>;
  for (const key in fields) {
    const value = fields[key];
    if (columns.includes(key) || value === undefined || !Object.hasOwn(fields, key)) continue;
    extra ??= {};
    extra[key] = value;
  }
  return extra ? JSON.stringify(extra) : null;
}

function withExtra<T>(record: T, extra: string | null): T {
  return extra ? { ...record, ...(JSON.parse(extra) as object) } : record;
}

export const quoteColumns = ['article', 'speaker', 'via', 'text', 'start', 'end'] as const;
export const figureColumns = [
  'article',
  'text',
  'value',
  'low',
  'high',
  'qualifier',
  'unit',
  'subject',
  'start',
  'end',
  'asOf',
] as const;
export const dateColumns = ['article', 'text', 'date', 'start', 'end', 'precision'] as const;

export interface QuoteRow {
  article: string;
  speaker: string | null;
  via: string | null;
  text: string;
  start: number;
  end: number;
  extra: string | null;
}

export function quoteFromRow(row: QuoteRow): Quote {
  const { extra, ...quote } = row;
  return withExtra(quote, extra);
}

export interface FigureRow {
  article: string;
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string | null;
  unit: string;
  subject: string;
  start: number;
  end: number;
  asOf: string | null;
  extra: string | null;
}

export function figureFromRow(row: FigureRow): Figure {
  const { extra, ...figure } = row;
  return withExtra(figure, extra);
}

export interface DateRow {
  article: string;
  text: string;
  date: string;
  precision: string;
  start: number;
  end: number;
  extra: string | null;
}

export function dateFromRow(row: DateRow): DateMention {
  const { extra, precision, ...date } = row;
  return withExtra({ ...date, precision: precision as DatePrecision }, extra);
}
