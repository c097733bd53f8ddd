// One place that turns an ArticleFilter into SQL, so that search, listing and export select exactly
// the same articles for the same filter.
import { isIsoDay } from '../util/days.js';
import { SitrepError } from '../util/errors.js';
import { indexMatch, queryTest } from './search.js';
import type { ArticleFilter, RecordFilter } from './store.js';

export interface Where {
  /** Conditions joined by AND, or "1" when there are none. */
  sql: string;
  params: unknown[];
}

function checkDay(name: string, value: string): string {
  if (!isIsoDay(value))
    throw new SitrepError(`--${name} wants a date like 2023-10-04, got "${value}"`, 'E_BAD_ARGUMENT');
  return value;
}

/** Conditions on the articles table aliased `a`; `ftsTables` are the full-text shards (shards.ts). */
export function articleWhere(filter: RecordFilter = {}, ftsTables: string[] = ['articles_fts']): Where {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    conditions.push(sql);
    params.push(...values);
  };
  if (filter.outlet) add('a.outlet = ? COLLATE NOCASE', filter.outlet);
  if (filter.day) add('a.published = ?', checkDay('day', filter.day));
  if (filter.since) add('a.published >= ?', checkDay('since', filter.since));
  if (filter.until) add('a.published <= ?', checkDay('until', filter.until));
  if (filter.story) add('a.story = ?', filter.story);
  if (filter.article) add('a.id = ?', filter.article);
  if (filter.ids) add('a.id IN (SELECT value FROM json_each(?))', JSON.stringify(filter.ids));
  if (filter.query) {
    const match = indexMatch(filter.query);
    add(
      `a.n IN (${ftsTables.map((table) => `SELECT rowid FROM ${table} WHERE ${table} MATCH ?`).join(' UNION ALL ')})`,
      ...ftsTables.map(() => match),
    );
    // A phrase: the index found the articles with its tokens; the text says which hold the phrase.
    if (queryTest(filter.query)) add('sitrep_matches(a.title, a.body, a.dict, ?)', filter.query);
  }
  if (filter.entity)
    add(
      // The entities first, then their mentions through mentions_entity (a join scanned every mention).
      'a.n IN (SELECT m.article FROM mentions m WHERE m.entity IN (SELECT e.n FROM entities e WHERE e.name = ? COLLATE NOCASE OR e.id = ?))',
      filter.entity,
      filter.entity,
    );
  return { sql: conditions.length > 0 ? conditions.join(' AND ') : '1', params };
}

/** LIMIT/OFFSET clause for a filter (SQLite wants a LIMIT before an OFFSET). */
export function pageClause(filter: ArticleFilter = {}): string {
  const limit = filter.limit !== undefined ? Math.max(0, Math.floor(filter.limit)) : -1;
  const offset = filter.offset !== undefined ? Math.max(0, Math.floor(filter.offset)) : 0;
  return limit < 0 && offset === 0 ? '' : ` LIMIT ${limit} OFFSET ${offset}`;
}

/** True when the filter selects everything (lets a query skip the join). */
export function isEmptyFilter(filter: RecordFilter = {}): boolean {
  return articleWhere(filter).sql === '1';
}
