// Export: exactly the filtered set of articles, stories, figures, quotes or timeline entries, each
// with its source metadata and provenance, as RFC 4180 CSV, one JSON array, or JSON lines.
import { analyzeCorpus } from '../analyze/index.js';
import { SitrepError } from '../util/errors.js';
import type { ArticleFilter, Provenance, Store, StoredArticle } from './store.js';

export const EXPORT_KINDS = ['articles', 'stories', 'figures', 'quotes', 'timeline'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['csv', 'json', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

type Row = Record<string, unknown>;

export interface ExportTable {
  columns: string[];
  rows: Row[];
}

/** The rows of one kind for the articles the filter selects. */
export async function exportTable(
  store: Store,
  kind: ExportKind,
  filter: ArticleFilter = {},
): Promise<ExportTable> {
  const articles = await store.articles(filter);
  const byId = new Map(articles.map((article) => [article.id, article]));
  switch (kind) {
    case 'articles':
      return { columns: ARTICLE_COLUMNS, rows: articles.map(articleRow) };
    case 'stories': {
      const stories = await store.stories(filter);
      return { columns: STORY_COLUMNS, rows: stories.map((story) => ({ ...story })) };
    }
    case 'figures':
      return withSource(FIGURE_COLUMNS, await store.figures(filter), byId);
    case 'quotes':
      return withSource(QUOTE_COLUMNS, await store.quotes(filter), byId);
    case 'timeline': {
      const [extractions, stories] = await Promise.all([store.extractions(filter), store.stories(filter)]);
      const { timeline } = analyzeCorpus({ articles, extractions, stories });
      return { columns: TIMELINE_COLUMNS, rows: timeline.map((entry) => ({ ...entry })) };
    }
    default:
      throw new SitrepError(`cannot export "${kind}" (try ${EXPORT_KINDS.join(', ')})`, 'E_BAD_ARGUMENT');
  }
}

const SOURCE_COLUMNS = ['title', 'outlet', 'published', 'url', 'provenance'];
const ARTICLE_COLUMNS = [
  'id',
  'title',
  'outlet',
  'outletCountry',
  'published',
  'time',
  'dateline',
  'byline',
  'url',
  'kind',
  'story',
  'provenance',
  'text',
];
const STORY_COLUMNS = ['id', 'headline', 'first', 'last', 'outlets', 'independent', 'articles', 'lineage'];
const FIGURE_COLUMNS = [
  'article',
  'text',
  'value',
  'low',
  'high',
  'qualifier',
  'unit',
  'subject',
  'asOf',
  'start',
  'end',
  ...SOURCE_COLUMNS,
];
const QUOTE_COLUMNS = ['article', 'speaker', 'via', 'text', 'start', 'end', ...SOURCE_COLUMNS];
const TIMELINE_COLUMNS = ['date', 'precision', 'upcoming', 'summary', 'articles'];

function articleRow(article: StoredArticle): Row {
  const { source: _source, ...record } = article;
  return record;
}

function withSource(
  columns: string[],
  records: { article: string }[],
  byId: Map<string, StoredArticle>,
): ExportTable {
  const rows = records.map((record) => {
    const article = byId.get(record.article);
    return {
      ...record,
      title: article?.title ?? null,
      outlet: article?.outlet ?? null,
      published: article?.published ?? null,
      url: article?.url ?? null,
      provenance: article?.provenance ?? [],
    };
  });
  return { columns, rows };
}

export function formatTable(table: ExportTable, format: ExportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(table.rows, null, 2)}\n`;
    case 'jsonl':
      return table.rows.map((row) => `${JSON.stringify(row)}\n`).join('');
    case 'csv':
      return toCsv(table);
    default:
      throw new SitrepError(
        `unknown format "${format}" (try ${EXPORT_FORMATS.join(', ')})`,
        'E_BAD_ARGUMENT',
      );
  }
}

/** RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, quote or line break. */
export function toCsv(table: ExportTable): string {
  const lines = [
    table.columns,
    ...table.rows.map((row) => table.columns.map((column) => csvCell(row[column]))),
  ];
  return `${lines.map((cells) => cells.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Flattens a value into one cell: lists joined by "; ", provenance as file:start-end. */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(csvCell).join('; ');
  if (typeof value === 'object') {
    if (isProvenance(value)) return `${value.file}:${value.startLine}-${value.endLine}@${value.ingestedAt}`;
    return JSON.stringify(value);
  }
  return String(value);
}

function isProvenance(value: object): value is Provenance {
  return 'file' in value && 'startLine' in value && 'ingestedAt' in value;
}
