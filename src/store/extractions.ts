// Reading extraction records back, synchronously, for any set of articles given as a SQL condition on
// the articles table `a`: used by queries and by the replay inside a file's transaction.
import type { Extraction } from '../types.js';
import { inflateBody } from './bodies.js';
import type { Where } from './filter.js';
import type { Db } from './open.js';
import {
  type DateRow,
  dateFromRow,
  type FigureRow,
  figureFromRow,
  type QuoteRow,
  quoteFromRow,
} from './rows.js';
import { plucked, statement } from './statements.js';
import type { StoredMention } from './store.js';

export const articleOrder = 'ORDER BY a.published IS NULL, a.published, a.n';

/** A mention's text as written: stored empty when it is the entity's canonical name (schema 2). */
export function mentionText(alias: string): string {
  return `coalesce(nullif(${alias}.text, ''), e.name)`;
}

export const RECORD_COLUMNS = {
  quotes: 'r.speaker, r.via, r.text, r.start, r.end, r.extra',
  figures:
    'r.text, r.value, r.low, r.high, r.qualifier, r.unit, r.subject, r.start, r.end, r.as_of AS asOf, r.extra',
  dates: 'r.text, r.date, r.precision, r.start, r.end, r.extra',
  mentions: `e.id AS entity, e.name, e.type, ${mentionText('r')} AS text, r.start, r.end`,
} as const;

/** Tables whose null text stands for the body's text from start to end (schema 5). */
const SPAN_TEXTS = new Set<keyof typeof RECORD_COLUMNS>(['quotes', 'figures']);

/** Rows of one extraction table for the articles `where` selects, in article then extractor order. */
export function readRecords<Row>(db: Db, table: keyof typeof RECORD_COLUMNS, where: Where, page = ''): Row[] {
  const join = table === 'mentions' ? ' JOIN entities e ON e.n = r.entity' : '';
  const spans = SPAN_TEXTS.has(table);
  const body = spans ? ', CASE WHEN r.text IS NULL THEN a.body END AS body, a.dict AS dict' : '';
  const rows = statement(
    db,
    `SELECT a.id AS article, ${RECORD_COLUMNS[table]}${body} FROM ${table} r JOIN articles a ON a.n = r.article${join}
       WHERE ${where.sql} ${articleOrder}, r.seq${page}`,
  ).all(...where.params);
  return (spans ? withSpanTexts(db, rows as SpanRow[]) : rows) as Row[];
}

interface SpanRow {
  article: string;
  text: string | null;
  start: number;
  end: number;
  body: Buffer | null;
  dict: number | null;
}

/** The rows with the texts stored as offsets filled in, each article's body inflated once. */
function withSpanTexts(db: Db, rows: SpanRow[]): Omit<SpanRow, 'body' | 'dict'>[] {
  const bodies = new Map<string, string>();
  return rows.map(({ body, dict, ...row }) => {
    if (row.text !== null) return row;
    let text = bodies.get(row.article);
    if (text === undefined) {
      text = inflateBody(db, body, dict);
      bodies.set(row.article, text);
    }
    return { ...row, text: text.slice(row.start, row.end) };
  });
}

/** The value to store for a span's text: null when it is the body's text between its offsets. */
export function spanText(body: string, span: { text: string; start: number; end: number }): string | null {
  return body.slice(span.start, span.end) === span.text ? null : span.text;
}

/** Full extraction records (empty ones included) for the articles `where` selects. */
export function readExtractions(db: Db, where: Where): Extraction[] {
  const ids = plucked(db, `SELECT a.id FROM articles a WHERE ${where.sql} ${articleOrder}`).all(
    ...where.params,
  ) as string[];
  const byArticle = new Map<string, Extraction>(
    ids.map((id) => [id, { article: id, mentions: [], quotes: [], figures: [], dates: [] }]),
  );
  for (const { entity: _entity, ...mention } of readRecords<StoredMention>(db, 'mentions', where)) {
    byArticle.get(mention.article)?.mentions.push(mention);
  }
  for (const row of readRecords<QuoteRow>(db, 'quotes', where))
    byArticle.get(row.article)?.quotes.push(quoteFromRow(row));
  for (const row of readRecords<FigureRow>(db, 'figures', where)) {
    byArticle.get(row.article)?.figures.push(figureFromRow(row));
  }
  for (const row of readRecords<DateRow>(db, 'dates', where))
    byArticle.get(row.article)?.dates.push(dateFromRow(row));
  return [...byArticle.values()];
}
