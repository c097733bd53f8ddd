// Full-text search: the newest matches of a query, ranked by BM25, with snippets.
//
// The ranking is FTS5's own bm25() (the same formula, the same statistics, the same column weights),
// computed here. The index keeps no token positions (detail=column), so to count a term's
// occurrences bm25() has FTS5 read each candidate's text through the article_text view, which
// inflates it in a JavaScript callback, and tokenise it: about 20 µs an article, most of a search's
// cost. Here a query finds its window's row numbers, then reads the candidates' compressed texts
// and row sizes (the index's docsize table); each text is inflated once, folded, checked for
// phrases, its terms counted (indexOf and a look at the characters either side) and scored. The
// folded texts are kept by the connection until the database changes (match-texts.ts): the
// newest articles are in most queries' windows, and a kept candidate is not read again. A hit's
// text is inflated for its snippet unless scoring just did. A term's document frequency is counted
// once per shard and kept until the shard changes (its averages record, which every insert and
// delete rewrites). A query that only asks for all of its words (most do) finds its window by
// intersecting the words' row lists, which a connection keeps once a word has been asked for often
// enough to pay for reading its list, instead of having FTS5 walk them again.

import { firstAtOrAfter } from '../util/collections.js';
import { inflateBody } from './bodies.js';
import type { Where } from './filter.js';
import { keepText, keptText, matchText } from './match-texts.js';
import type { Db } from './open.js';
import { type CompiledQuery, compileQuery, foldText, snippetTerms } from './search.js';
import { type Shard, shards } from './shards.js';
import { makeSnippet } from './snippet.js';
import { plucked, raw, statement } from './statements.js';
import type { SearchGroup, SearchHit, SearchResult } from './store.js';

/**
 * A query matching more than RANK_WINDOW articles is ranked among the newest RANK_WINDOW matches
 * (row numbers follow ingest order): news readers want recent reports first, and the latency stays
 * flat as the database grows. Each candidate's text is read to count its terms (about 10 µs for a
 * short article), so the window bounds a query's cost: 200 rather than 500 took a quarter off the
 * server bench's search CPU. When a filter leaves too few hits inside the window, every match the
 * filter keeps is ranked.
 */
export const RANK_WINDOW = 200;
/**
 * A phrase query that finds too few hits (a filter, or a phrase rarer than its words) doubles its
 * window up to MAX_CHECKED candidates: a phrase is found only by reading each candidate's text.
 */
export const MAX_CHECKED = 400;

/** FTS5's bm25() constants and sitrep's column weights: a word in the title counts four times. */
const K1 = 1.2;
const B = 0.75;
const TITLE_WEIGHT = 4;
const TEXT_WEIGHT = 1;

/**
 * A scored article: its row number, score, title and text (for its snippet; null when the article
 * was kept, match-texts.ts, and its body is inflated again if it is shown).
 */
interface Scored {
  n: number;
  score: number;
  title: string;
  text: string | null;
}

/** A candidate row as the window statements return it (raw: an array, in this column order). */
type CandidateRow = [
  n: number,
  keep: number,
  title: string,
  body: Buffer | null,
  dict: number | null,
  sizes: Buffer,
];

/** A candidate as scoring takes it: read by the statements below, or kept by the connection. */
interface Candidate {
  n: number;
  /** Whether the filter keeps it (a flagged window counts every match). */
  keep: boolean;
  title: string;
  /** Its size in tokens, title and text (the index's docsize record). */
  size: number;
  /** Its text folded for matching when kept; else `body` is inflated. */
  folded: string | null;
  body: Buffer | null;
  dict: number | null;
}

function fromRow([n, keep, title, body, dict, sizes]: CandidateRow): Candidate {
  return { n, keep: Boolean(keep), title, size: rowSize(sizes), folded: null, body, dict };
}

/** What a hit shows besides its title, read for the hits only; its body, to show its text. */
interface HitRow {
  n: number;
  id: string;
  outlet: string | null;
  published: string | null;
  story: string | null;
  headline: string | null;
  body: Buffer | null;
  dict: number | null;
}

export function searchArticles(
  db: Db,
  query: string,
  where: Where,
  options: { limit: number; highlight: [string, string]; match: string },
): SearchResult {
  const compiled = compileQuery(query);
  const ranked = rankMatches(db, compiled, where, options.limit);
  const terms = snippetTerms(query);
  const rows = new Map(
    (
      statement(
        db,
        `SELECT a.n, a.id, a.outlet, a.published, a.story, s.headline, a.body, a.dict
           FROM json_each(?) j CROSS JOIN articles a ON a.n = j.value LEFT JOIN stories s ON s.id = a.story`,
      ).all(JSON.stringify(ranked.hits.map((hit) => hit.n))) as HitRow[]
    ).map((row) => [row.n, row]),
  );
  const hits = ranked.hits.map(({ n, score, title, text: inflated }) => {
    const row = rows.get(n)!;
    const text = inflated ?? inflateBody(db, row.body, row.dict, true, false);
    const hit: SearchHit = {
      article: row.id,
      title,
      outlet: row.outlet,
      published: row.published,
      story: row.story,
      score,
      snippet: makeSnippet(title, text, terms, options.highlight),
    };
    return { hit, headline: row.headline };
  });
  return {
    query,
    match: options.match,
    window: ranked.window,
    hits: hits.map(({ hit }) => hit),
    groups: groupByStory(hits),
  };
}

/**
 * The best matches, newest first on a tie. The window of the newest matches is read shard by shard,
 * newest shard first; a phrase query's window grows by older slices while it finds too few hits.
 */
function rankMatches(
  db: Db,
  query: CompiledQuery,
  where: Where,
  limit: number,
): { hits: Scored[]; window: number | null } {
  const index = new ShardIndex(db);
  const all = [...index.shards].reverse();
  const scorer = new Scorer(db, query, index);
  let size = RANK_WINDOW;
  let below = Number.MAX_SAFE_INTEGER;
  let seen = 0;
  let found: Scored[] = [];
  for (;;) {
    const slice = newestSlice(index, all, query, where, size - seen, below);
    found = best([...found, ...scorer.scoreAll(slice.rows)], limit);
    seen += slice.rows.length;
    if (seen < size) return { hits: found, window: null };
    if (found.length >= limit) return { hits: found, window: size };
    if (!query.test) break;
    if (size * 2 > MAX_CHECKED) return { hits: found, window: size };
    below = slice.rows.at(-1)?.n ?? below;
    size *= 2;
  }
  // A filter left too few hits inside the window: rank every match it keeps.
  const rows = all.flatMap((shard) =>
    candidates(db, shard, query.match, where, 'filter', Number.MAX_SAFE_INTEGER, -1).map(fromRow),
  );
  return { hits: best(scorer.scoreAll(rows), limit), window: null };
}

/** Best first: the higher score, then the newer article. */
function best(scored: Scored[], limit: number): Scored[] {
  return scored.sort((x, y) => y.score - x.score || y.n - x.n).slice(0, limit);
}

/** The newest `size` matches of the index expression below row `below`, newest first. */
function newestSlice(
  index: ShardIndex,
  all: Shard[],
  query: CompiledQuery,
  where: Where,
  size: number,
  below: number,
): { rows: Candidate[] } {
  const rows: Candidate[] = [];
  for (const shard of all) {
    if (shard.first >= below || rows.length >= size) continue;
    rows.push(...shardSlice(index, shard, query, where, below, size - rows.length));
  }
  return { rows };
}

/**
 * One shard's newest `limit` matches below row `below`. Without a filter, only their row numbers
 * are looked up first, so that the articles the connection keeps are not read again.
 */
function shardSlice(
  index: ShardIndex,
  shard: Shard,
  query: CompiledQuery,
  where: Where,
  below: number,
  limit: number,
): Candidate[] {
  const { db } = index;
  const ns = query.conjunctive ? intersected(index, shard, query, below, limit) : null;
  if (where.sql === '1')
    return keptOrRead(index, shard, ns ?? matchingRows(db, shard, query.match, below, limit));
  if (ns) return flaggedRows(db, shard, where, ns).map(fromRow);
  return candidates(db, shard, query.match, where, 'flag', below, limit).map(fromRow);
}

/** The candidates `ns` (newest first) of a query without a filter: the kept ones, and the rest read. */
function keptOrRead(index: ShardIndex, shard: Shard, ns: number[]): Candidate[] {
  const kept = ns.map((n) => keptText(index.db, index.stamp, n));
  const missing = ns.filter((_, i) => kept[i] === undefined);
  const read = new Map(
    flaggedRows(index.db, shard, { sql: '1', params: [] }, missing).map((row) => [row[0], row]),
  );
  return ns.flatMap((n, i): Candidate[] => {
    const text = kept[i];
    if (text) return [{ n, keep: true, ...text, body: null, dict: null }];
    const row = read.get(n);
    return row ? [fromRow(row)] : [];
  });
}

/**
 * A query that only asks for all of its terms: its newest `limit` rows below `below`, from the
 * terms' row lists (kept per connection, ShardIndex): intersecting them costs a tenth of what FTS5
 * spends walking the same lists newest first for each query. Null while a term has no list yet.
 */
function intersected(
  index: ShardIndex,
  shard: Shard,
  query: CompiledQuery,
  below: number,
  limit: number,
): number[] | null {
  // Every term is asked for, so that each counts this use.
  const lists = query.terms.map((term) => index.postings(shard.table, term.match));
  if (!lists.every((list) => list !== null)) return null;
  return newestCommon(lists, below, limit);
}

/** Rows `ns` (newest first) as candidates() reads them, the filter marking the rows it keeps. */
function flaggedRows(db: Db, shard: Shard, where: Where, ns: number[]): CandidateRow[] {
  if (ns.length === 0) return [];
  const { table } = shard;
  const sql = `SELECT a.n, (${where.sql}), a.title, a.body, a.dict, d.sz
    FROM json_each(?) j CROSS JOIN articles a ON a.n = j.value CROSS JOIN ${table}_docsize d ON d.id = j.value
    ORDER BY a.n DESC`;
  return raw(db, sql).all(...where.params, JSON.stringify(ns)) as CandidateRow[];
}

/** One shard's newest `limit` (-1: all) rows below `below` that match the index expression. */
function matchingRows(db: Db, shard: Shard, match: string, below: number, limit: number): number[] {
  const { table } = shard;
  return plucked(
    db,
    `SELECT rowid FROM ${table} WHERE ${table} MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?`,
  ).all(match, below, limit) as number[];
}

/** The newest `limit` (-1: all) values below `below` that every ascending list holds, newest first. */
export function newestCommon(lists: Float64Array[], below: number, limit: number): number[] {
  const found: number[] = [];
  if (lists.length === 0) return found;
  // The shortest list leads; each other list's position only moves down.
  const sorted = [...lists].sort((x, y) => x.length - y.length);
  const positions = sorted.map((list) => lastBelow(list, below));
  const lead = sorted[0]!;
  for (let i = positions[0]!; i >= 0 && found.length !== limit; i--) {
    const value = lead[i]!;
    let all = true;
    for (let k = 1; k < sorted.length; k++) {
      const list = sorted[k]!;
      const at = seekDown(list, positions[k]!, value);
      positions[k] = at;
      if (at < 0) return found;
      if (list[at] !== value) {
        all = false;
        break;
      }
    }
    if (all) found.push(value);
  }
  return found;
}

/**
 * The last index at or before `at` whose value is at most `value` (-1: none) in an ascending list.
 * It gallops down (1, 2, 4… places) and then halves: a rare word's rows skip through a common
 * word's long list instead of stepping through it.
 */
function seekDown(list: Float64Array, at: number, value: number): number {
  if (at < 0 || list[at]! <= value) return at;
  let high = at;
  let step = 1;
  let low = at - step;
  while (low >= 0 && list[low]! > value) {
    high = low;
    step *= 2;
    low = at - step;
  }
  low = Math.max(low, -1);
  // list[high] > value, and low is -1 or list[low] <= value.
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (list[mid]! <= value) low = mid;
    else high = mid;
  }
  return low;
}

/** The index of the last value below `below` in an ascending list, -1 when there is none. */
function lastBelow(list: Float64Array, below: number): number {
  return firstAtOrAfter(list.length, (i) => list[i]!, below) - 1;
}

/**
 * One shard's matches below row `below`, newest first, at most `limit` (-1: all), with what scoring
 * needs. The filter either marks rows (`keep`, so that the window counts every match) or selects
 * them. CROSS JOIN keeps the full-text match as the outer loop: SQLite must not walk an outlet or
 * date index and probe the full-text index once per article.
 */
function candidates(
  db: Db,
  shard: Shard,
  match: string,
  where: Where,
  filter: 'flag' | 'filter',
  below: number,
  limit: number,
): CandidateRow[] {
  const { table } = shard;
  const keep = filter === 'flag' ? `(${where.sql})` : '1';
  const condition = filter === 'filter' ? `AND ${where.sql}` : '';
  const sql = `SELECT f.rowid, ${keep}, a.title, a.body, a.dict, d.sz
    FROM ${table} f CROSS JOIN articles a ON a.n = f.rowid CROSS JOIN ${table}_docsize d ON d.id = f.rowid
    WHERE ${table} MATCH ? AND f.rowid < ? ${condition} ORDER BY f.rowid DESC LIMIT ?`;
  const params = filter === 'flag' ? [...where.params, match, below] : [match, below, ...where.params];
  return raw(db, sql).all(...params, limit) as CandidateRow[];
}

/** FTS5's statistics of a shard: its row count and average row size in tokens. */
interface ShardStatistics {
  table: string;
  rows: number;
  averageSize: number;
  /** The averages record as text: it changes whenever the shard does. */
  version: string;
}

/**
 * What a connection knows of a shard's index while the shard's version stands: each phrase's
 * document frequency and, for plain terms of conjunctive queries, the rows that hold it. Searches
 * repeat their words far more often than whole queries, so the lists pay for themselves.
 */
interface ShardMemory {
  version: string;
  counts: Map<string, number>;
  postings: Map<string, Float64Array>;
  /** How many queries asked for each phrase's list. */
  uses: Map<string, number>;
  /** Row numbers held in `postings`, all lists together. */
  postingRows: number;
}

const memories = new WeakMap<Db, Map<string, ShardMemory>>();
const MAX_FREQUENCIES = 10_000;
/** 8 bytes a row (any rowid): at most 16 MB of lists per connection; they are read again after a reset. */
const MAX_POSTING_ROWS = 2_000_000;
/**
 * A word's list is read once the queries that asked for it could have paid for reading it: a query
 * answered from the lists saves about what reading ROWS_PER_USE rows of a list costs (0.1 µs a
 * row). A rare word's list is read at its first use, a word in most articles only if it keeps
 * coming back. Search CPU against the code before the lists and the faster inflate (which alone,
 * by its share of the time, gives about 0.95x): with 1,000, 0.85x on the server bench's query
 * sequence and 1.02x on the store bench's (mostly new words); reading every list at its first use,
 * 0.79x and 1.12x.
 */
const ROWS_PER_USE = 1000;

/**
 * What a connection last read of the shards and their statistics, and the state it read them in:
 * a search reads them again only after a write, by this connection or another one.
 */
interface ShardSnapshot {
  stamp: string;
  shards: Shard[];
  statistics: Map<string, ShardStatistics>;
}

const snapshots = new WeakMap<Db, ShardSnapshot>();

/**
 * Changes whenever the database may have: another connection's commit (data_version) or one of
 * this connection's writes. Null inside a transaction, which a rollback could undo unseen.
 */
function changeStamp(db: Db): string | null {
  if (db.inTransaction) return null;
  const [others, own] = raw(
    db,
    'SELECT (SELECT data_version FROM pragma_data_version), total_changes()',
  ).get() as [number, number];
  return `${others}:${own}`;
}

/** One query's view of the shards: their statistics, read once, and the connection's memory of them. */
class ShardIndex {
  readonly shards: Shard[];
  readonly stamp: string | null;
  private readonly statistics: Map<string, ShardStatistics>;

  constructor(readonly db: Db) {
    this.stamp = changeStamp(db);
    let snapshot = this.stamp === null ? undefined : snapshots.get(db);
    if (!snapshot || snapshot.stamp !== this.stamp) {
      snapshot = { stamp: this.stamp ?? '', shards: shards(db), statistics: new Map() };
      if (this.stamp !== null) snapshots.set(db, snapshot);
    }
    this.shards = snapshot.shards;
    this.statistics = snapshot.statistics;
  }

  /** The statistics of the shard holding row `n`. */
  shardOf(n: number): ShardStatistics {
    let shard = this.shards[0]!;
    for (const candidate of this.shards) if (candidate.first <= n) shard = candidate;
    return this.statisticsOf(shard.table);
  }

  statisticsOf(table: string): ShardStatistics {
    let found = this.statistics.get(table);
    if (!found) {
      found = readStatistics(this.db, table);
      this.statistics.set(table, found);
    }
    return found;
  }

  /** How many of the shard's rows hold the phrase (FTS5 counts the same for bm25's IDF). */
  frequency(table: string, match: string): number {
    const memory = this.memory(table);
    let count = memory.counts.get(match);
    if (count === undefined) {
      count = plucked(this.db, `SELECT count(*) FROM ${table} WHERE ${table} MATCH ?`).get(match) as number;
      memory.counts.set(match, count);
    }
    return count;
  }

  /**
   * The shard's rows that hold the phrase, ascending; null until the queries that asked for it
   * could have paid for reading it (ROWS_PER_USE; FTS5 answers the queries before).
   */
  postings(table: string, match: string): Float64Array | null {
    const memory = this.memory(table);
    let list = memory.postings.get(match);
    if (!list) {
      const uses = (memory.uses.get(match) ?? 0) + 1;
      memory.uses.set(match, uses);
      if (uses * ROWS_PER_USE < this.frequency(table, match)) return null;
      list = Float64Array.from(
        plucked(this.db, `SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`).all(
          match,
        ) as number[],
      );
      memory.postings.set(match, list);
      memory.postingRows += list.length;
    }
    return list;
  }

  private memory(table: string): ShardMemory {
    const { version } = this.statisticsOf(table);
    let byTable = memories.get(this.db);
    if (!byTable) {
      byTable = new Map();
      memories.set(this.db, byTable);
    }
    let memory = byTable.get(table);
    if (
      !memory ||
      memory.version !== version ||
      memory.counts.size >= MAX_FREQUENCIES ||
      memory.postingRows >= MAX_POSTING_ROWS
    ) {
      memory = { version, counts: new Map(), postings: new Map(), uses: new Map(), postingRows: 0 };
      byTable.set(table, memory);
    }
    return memory;
  }
}

/** BM25 as FTS5's bm25() computes it, per shard (each shard has its own statistics). */
class Scorer {
  constructor(
    private readonly db: Db,
    private readonly query: CompiledQuery,
    private readonly index: ShardIndex,
  ) {}

  scoreAll(candidates: Candidate[]): Scored[] {
    const scored: Scored[] = [];
    for (const candidate of candidates) {
      if (!candidate.keep) continue;
      const hit = this.score(candidate);
      if (hit) scored.push(hit);
    }
    return scored;
  }

  /** The row's score, or null when its text lacks a phrase of the query. */
  private score({ n, title, size, folded, body: compressed, dict }: Candidate): Scored | null {
    const { db, index } = this;
    let body = folded ?? keptText(db, index.stamp, n)?.folded;
    let text: string | null = null;
    if (body === undefined) {
      text = inflateBody(db, compressed, dict, true, false);
      body = matchText(text);
      keepText(db, index.stamp, n, { title, size, folded: body });
    }
    const foldedTitle = foldText(title);
    if (this.query.test && !this.query.test(foldedTitle, body)) return null;
    const shard = this.index.shardOf(n);
    const lengthNorm = K1 * (1 - B + (B * size) / shard.averageSize);
    let score = 0;
    this.query.terms.forEach((term, i) => {
      const frequency = TITLE_WEIGHT * term.count(foldedTitle) + TEXT_WEIGHT * term.count(body);
      score += this.idf(shard, i) * ((frequency * (K1 + 1)) / (frequency + lengthNorm));
    });
    return { n, score, title, text };
  }

  private readonly idfs = new Map<string, number[]>();

  /** log((N - n + 0.5) / (n + 0.5)), at least 1e-6, as FTS5 has it; n: the rows holding the term. */
  private idf(shard: ShardStatistics, term: number): number {
    let values = this.idfs.get(shard.table);
    if (!values) {
      values = this.query.terms.map((t) => {
        const hits = this.index.frequency(shard.table, t.match);
        const idf = Math.log((shard.rows - hits + 0.5) / (hits + 0.5));
        return idf <= 0 ? 1e-6 : idf;
      });
      this.idfs.set(shard.table, values);
    }
    return values[term]!;
  }
}

/**
 * The statistics and the version: the averages record, which every insert and delete rewrites, and
 * the connection's counts of commits by others (data_version) and of its own changes, which tell
 * apart two states whose averages happen to be equal (a delete and an insert of as many tokens).
 */
function readStatistics(db: Db, table: string): ShardStatistics {
  const row = statement(
    db,
    `SELECT block, (SELECT data_version FROM pragma_data_version) AS others, total_changes() AS own
       FROM ${table}_data WHERE id = 1`,
  ).get() as { block: Buffer; others: number; own: number } | undefined;
  if (!row) return { table, rows: 0, averageSize: 1, version: '' };
  const [rows, ...columns] = varints(row.block);
  const tokens = columns.reduce((sum, n) => sum + n, 0);
  return {
    table,
    rows: rows ?? 0,
    averageSize: tokens / (rows || 1) || 1,
    version: `${row.others}:${row.own}:${row.block.toString('hex')}`,
  };
}

/** A row's size in tokens: the sum of its columns' sizes in the docsize record. */
function rowSize(record: Buffer): number {
  return varints(record).reduce((sum, n) => sum + n, 0);
}

/** SQLite varints (big-endian groups of 7 bits; a ninth byte holds 8), as FTS5 writes its records. */
function varints(data: Uint8Array): number[] {
  const values: number[] = [];
  let i = 0;
  while (i < data.length) {
    let value = 0;
    let k = 0;
    for (; k < 8; k++) {
      const byte = data[i + k] ?? 0;
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) break;
    }
    if (k === 8) value = value * 256 + (data[i + 8] ?? 0);
    i += k + 1;
    values.push(value);
  }
  return values;
}

/** Groups ranked hits by story, groups ordered by their best hit; unclustered articles stand alone. */
function groupByStory(hits: { hit: SearchHit; headline: string | null }[]): SearchGroup[] {
  const groups: SearchGroup[] = [];
  const byStory = new Map<string, SearchGroup>();
  for (const { hit, headline } of hits) {
    const existing = hit.story ? byStory.get(hit.story) : undefined;
    if (existing) {
      existing.hits.push(hit);
      continue;
    }
    const group: SearchGroup = { story: hit.story, headline, hits: [hit] };
    groups.push(group);
    if (hit.story) byStory.set(hit.story, group);
  }
  return groups;
}
