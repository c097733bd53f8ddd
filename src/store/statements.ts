// Prepared statements, compiled once per connection: preparing costs as much as running a small
// query, and the writer and the server run the same few statements thousands of times.
import type Database from 'better-sqlite3';
import type { Db } from './open.js';

type Statement = Database.Statement<unknown[], unknown>;

const MAX_CACHED = 500;
const caches = new WeakMap<Db, Map<string, Statement>>();

/** The statement for `sql` on this connection, prepared the first time it is asked for. */
export function statement(db: Db, sql: string): Statement {
  return cached(db, sql, () => db.prepare(sql));
}

/** The same in pluck mode (first column only); kept apart, since pluck() changes the statement. */
export function plucked(db: Db, sql: string): Statement {
  return cached(db, `pluck\u0000${sql}`, () => db.prepare(sql).pluck());
}

/** The same in raw mode (rows as arrays): no object per row, for statements that return many. */
export function raw(db: Db, sql: string): Statement {
  return cached(db, `raw\u0000${sql}`, () => db.prepare(sql).raw(true));
}

function cached(db: Db, key: string, prepare: () => Statement): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let found = cache.get(key);
  if (!found) {
    // Filters with LIMIT/OFFSET values make new texts; a bounded cache never grows without end.
    if (cache.size >= MAX_CACHED) cache.clear();
    found = prepare();
    cache.set(key, found);
  }
  return found;
}
