// The full-text index in shards of consecutive articles. FTS5's bm25() first counts, for every
// query term, all the rows that hold it (its IDF), and a prefix query first merges the lists of every
// term it expands to: both cost time in proportion to the whole index, whatever the LIMIT. Search
// ranks the newest matches (sqlite.ts), and those are nearly always in the newest shard, so a shard's
// size, not the database's, bounds what a query costs. Shard 0 is the table `articles_fts` of schema
// 1; shard k is `articles_fts_k`, holding the articles from its `first` up to the next shard's.
import type { Db } from './open.js';
import { plucked, statement } from './statements.js';

export interface Shard {
  id: number;
  /** Table name of the shard's FTS5 index. */
  table: string;
  /** First article (row number) the shard holds. */
  first: number;
}

/** Articles per shard: the cost of a search that the newest shard answers is that of a database this size. */
export const SHARD_ARTICLES = 100_000;

export function shardTable(id: number): string {
  return id === 0 ? 'articles_fts' : `articles_fts_${id}`;
}

/** Every shard, oldest first (read each time: another writer may have opened one). */
export function shards(db: Db): Shard[] {
  const rows = statement(db, 'SELECT id, first FROM fts_shards ORDER BY id').all() as {
    id: number;
    first: number;
  }[];
  return rows.map(({ id, first }) => ({ id, first, table: shardTable(id) }));
}

/**
 * The FTS5 table definition every shard shares. detail=column keeps which columns hold a token but
 * not its positions: the index is 45% smaller, and phrases are checked against the text instead
 * (search.ts). Schema 1 created shard 0 with positions; schema 5 rebuilt every shard with this.
 * automerge 2 (FTS5's default is 4): each file adds a segment, and a level is merged as soon as it
 * holds two, so a database fed one small file at a time, never compacted, keeps an index close to
 * the merged size (40 daily files: 0.41x the raw text with 4, 0.40x with 2; 0.34x merged). A bulk
 * load, which ends with a compaction, defers the merging instead (setIndexMerging).
 */
export function shardDefinition(table: string): string {
  return `CREATE VIRTUAL TABLE ${table} USING fts5(
      title, text,
      content = 'article_text', content_rowid = 'n',
      tokenize = 'unicode61 remove_diacritics 2',
      detail = column
    );
    INSERT INTO ${table}(${table}, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
    INSERT INTO ${table}(${table}, rank) VALUES ('automerge', ${AUTOMERGE});`;
}

/** FTS5's automerge for every shard (see shardDefinition). */
export const AUTOMERGE = 2;
/**
 * automerge while a bulk load defers merging (16, the highest FTS5 takes): at 2, every file's
 * commit merged the index segments that the load's closing compaction merges again. On the ingest
 * bench's 9,200 generated articles, 46 to a commit, the full-text index cost 0.71 s of CPU in all
 * with 2 and 0.50 s with 16, the final merge included.
 */
export const DEFERRED_AUTOMERGE = 16;

/**
 * Sets every shard's automerge: DEFERRED_AUTOMERGE for a bulk load, else AUTOMERGE. A shard set
 * back (a load that ended, or one that crashed and left it deferred) has its segments merged now,
 * since automerge alone would catch up with them only over many later commits. A shard that already
 * has the wanted value is left alone, so the check costs one read per shard.
 */
export function setIndexMerging(db: Db, defer: boolean): void {
  const wanted = defer ? DEFERRED_AUTOMERGE : AUTOMERGE;
  for (const { table } of shards(db)) {
    const current = plucked(db, `SELECT v FROM ${table}_config WHERE k = 'automerge'`).get();
    if (current === wanted) continue;
    // A literal: FTS5 refuses the value as a bound parameter, which the driver binds as a real.
    db.exec(`INSERT INTO ${table}(${table}, rank) VALUES ('automerge', ${wanted})`);
    if (!defer) statement(db, `INSERT INTO ${table}(${table}) VALUES ('optimize')`).run();
  }
}

/**
 * For one file's transaction: the shard each new article goes to, the newest one or a new one
 * when the newest holds `size` articles already. Inside the writer's transaction, so two writers
 * never open the same shard.
 */
export function shardWriter(db: Db, size = SHARD_ARTICLES): (n: number) => Shard {
  const all = shards(db);
  return (n) => {
    const newest = all.at(-1);
    if (newest && n - newest.first < size) return newest;
    const id = (newest?.id ?? -1) + 1;
    const shard = { id, first: n, table: shardTable(id) };
    db.exec(shardDefinition(shard.table));
    statement(db, 'INSERT INTO fts_shards (id, first) VALUES (?, ?)').run(shard.id, shard.first);
    all.push(shard);
    db.exec(deleteTrigger(all));
    return shard;
  };
}

/** The trigger that keeps every shard true when an article is deleted (rewritten for each new shard). */
export function deleteTrigger(all: Shard[]): string {
  const removals = all.map((shard, i) => {
    const next = all[i + 1];
    const range = next ? `old.n >= ${shard.first} AND old.n < ${next.first}` : `old.n >= ${shard.first}`;
    return `INSERT INTO ${shard.table}(${shard.table}, rowid, title, text)
        SELECT 'delete', old.n, old.title, sitrep_inflate(old.body, old.dict) WHERE ${range};`;
  });
  return `DROP TRIGGER IF EXISTS articles_fts_delete;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
      ${removals.join('\n      ')}
    END;`;
}

/** Drops and rebuilds every shard with the current definition, each from its own articles. */
export function rebuildShards(db: Db): void {
  const all = shards(db);
  all.forEach((shard, i) => {
    const next = all[i + 1];
    db.exec(`DROP TABLE ${shard.table}`);
    db.exec(shardDefinition(shard.table));
    statement(
      db,
      `INSERT INTO ${shard.table} (rowid, title, text)
         SELECT n, title, sitrep_inflate(body, dict) FROM articles WHERE n >= ? AND n < ? ORDER BY n`,
    ).run(shard.first, next?.first ?? Number.MAX_SAFE_INTEGER);
  });
  db.exec(deleteTrigger(all));
}
