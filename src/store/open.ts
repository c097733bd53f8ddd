// Opening a database file: recognise it as sitrep's (or empty) before writing anything, set the
// pragmas (WAL, foreign keys, busy timeout) and apply the pending migrations.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { SitrepError } from '../util/errors.js';
import { inflateBody, loadDictionaries } from './bodies.js';
import { retryWhileBusy } from './busy.js';
import { storeError } from './errors.js';
import { APPLICATION_ID, migrations, SCHEMA_VERSION } from './schema.js';
import { queryTest } from './search.js';
import type { OpenOptions } from './store.js';

export type Db = Database.Database;

/** The WAL a writer lets grow before a checkpoint, and keeps after one. */
const WAL_BYTES = 64 * 1024 * 1024;

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const readonly = options.readonly ?? false;
  if (readonly && !existsSync(path))
    throw new SitrepError(`${path}: no database here; run "sitrep ingest" first`, 'E_NOT_FOUND');
  let db: Db;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly });
  } catch (error) {
    throw storeError(error, path, 'opening it');
  }
  try {
    const busyTimeout = Math.max(0, Math.floor(options.busyTimeout ?? 30_000));
    db.pragma(`busy_timeout = ${busyTimeout}`);
    // One read transaction: two processes creating the same file at once, the other one's migration
    // (tables and application_id in one commit) could land between two separate reads and make a
    // sitrep database look foreign ("not sitrep's").
    const fresh = db.transaction(() => checkIdentity(db, path, readonly))();
    // sitrep_inflate(body[, dict]); schema 1 and 2 views call it with the body alone.
    db.function('sitrep_inflate', { deterministic: true, varargs: true }, (body: unknown, dict: unknown) =>
      inflateBody(
        db,
        body instanceof Uint8Array ? body : null,
        typeof dict === 'number' ? dict : null,
        false,
      ),
    );
    // sitrep_span(body, dict, start, end): the text between two offsets of the body (schema 5). The
    // upgrade calls it for each quote and figure in article order: the last body's text is kept.
    let last: { body: Buffer; text: string } | null = null;
    db.function(
      'sitrep_span',
      { deterministic: true },
      (body: unknown, dict: unknown, start: unknown, end: unknown) => {
        if (!(body instanceof Uint8Array)) return null;
        const data = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
        if (!last?.body.equals(data))
          last = { body: data, text: inflateBody(db, data, typeof dict === 'number' ? dict : null, false) };
        return last.text.slice(Number(start), Number(end));
      },
    );
    // sitrep_matches(title, body, dict, query): whether the article holds the query's phrases (filter.ts).
    db.function(
      'sitrep_matches',
      { deterministic: true },
      (title: unknown, body: unknown, dict: unknown, query: unknown) => {
        const test = cachedTest(String(query));
        const text = inflateBody(
          db,
          body instanceof Uint8Array ? body : null,
          typeof dict === 'number' ? dict : null,
          false,
        );
        return test === null || test(String(title ?? ''), text) ? 1 : 0;
      },
    );
    // Bigger pages pack the variable-length article rows tighter; settable only before the first table.
    if (fresh && !readonly) db.pragma('page_size = 8192');
    if (!readonly) {
      // Switching a new file to WAL writes its header. That statement takes the read lock first and
      // then asks for the write lock, and SQLite answers SQLITE_BUSY at once, without busy_timeout,
      // while another process holds the write lock (it may be switching the same new file). It
      // releases its locks when it fails, so trying again lets the other process finish first.
      retryWhileBusy(() => db.pragma('journal_mode = WAL'), busyTimeout);
      // NORMAL in WAL mode survives a killed process (only a power cut can lose the last commits).
      db.pragma('synchronous = NORMAL');
      db.pragma(`journal_size_limit = ${WAL_BYTES}`);
      // A file's transaction writes pages all over the indexes and the full-text segments: with the
      // default cache (2 MB) it read many of them back from the file each time. 32 MB: 1.6% less
      // time in the writer's transactions (the bench's generated digests).
      db.pragma('cache_size = -32768');
      // A checkpoint every WAL_BYTES of WAL rather than every 1,000 pages: a page that many files'
      // transactions write is copied into the database once a checkpoint. With the larger cache,
      // 3.5% less time in the writer's transactions; the file is the same once closed.
      const pageSize = db.pragma('page_size', { simple: true }) as number;
      db.pragma(`wal_autocheckpoint = ${Math.floor(WAL_BYTES / pageSize)}`);
    }
    db.pragma('foreign_keys = ON');
    if (options.maxPageCount) db.pragma(`max_page_count = ${Math.floor(options.maxPageCount)}`);
    // A migration may read article texts (schema 5 does), which need the dictionaries (schema 3 on).
    if (hasTable(db, 'dictionaries')) loadDictionaries(db);
    if (!readonly) migrate(db);
    // Loaded before any statement can call sitrep_inflate(), which cannot read them itself.
    loadDictionaries(db);
    return db;
  } catch (error) {
    db.close();
    throw storeError(error, path, 'opening it');
  }
}

/**
 * Refuses a foreign SQLite file or one from a newer sitrep before anything is written to it.
 * Returns true for an empty file (a database to create).
 */
function checkIdentity(db: Db, path: string, readonly: boolean): boolean {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const objects = db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number;
  if (applicationId !== APPLICATION_ID && objects > 0)
    throw new SitrepError(
      `${path}: a SQLite database, but not sitrep's; it was left untouched`,
      'E_BAD_DATABASE',
    );
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION)
    throw new SitrepError(
      `${path}: written by a newer sitrep (schema ${version}, this one knows ${SCHEMA_VERSION})`,
      'E_BAD_DATABASE',
    );
  if (readonly && version < SCHEMA_VERSION)
    throw new SitrepError(
      `${path}: schema ${version} needs an upgrade; run "sitrep ingest" once`,
      'E_BAD_DATABASE',
    );
  if (version >= 1 && !hasColumn(db, 'articles', 'body'))
    throw new SitrepError(
      `${path}: made by a development build of sitrep whose schema 1 differs from the released one; ingest the digests into a new database`,
      'E_BAD_DATABASE',
    );
  return objects === 0;
}

function hasTable(db: Db, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

function hasColumn(db: Db, table: string, column: string): boolean {
  const columns = db.pragma(`table_info(${table})`) as { name: string }[];
  return columns.some((info) => info.name === column);
}

/** Applies the migrations newer than the file's user_version, in one write transaction. */
function migrate(db: Db): void {
  const current = () => db.pragma('user_version', { simple: true }) as number;
  if (current() >= SCHEMA_VERSION) return;
  const apply = db.transaction(() => {
    // Re-read inside the lock: a concurrent process may have migrated meanwhile.
    const from = current();
    for (const migration of migrations) {
      if (migration.version <= from) continue;
      db.exec(migration.sql);
      migration.upgrade?.(db);
    }
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new Error(`the upgrade left ${broken.length} rows pointing nowhere`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    db.pragma(`application_id = ${APPLICATION_ID}`);
  });
  // A migration may rebuild a table others refer to (create, copy, drop, rename): foreign keys are
  // checked once, at the end, instead (the pragma cannot change inside a transaction).
  db.pragma('foreign_keys = OFF');
  try {
    apply.immediate();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

/** The text tests of the last few queries: a filter calls sitrep_matches once per candidate. */
const tests = new Map<string, ReturnType<typeof queryTest>>();

function cachedTest(query: string): ReturnType<typeof queryTest> {
  let test = tests.get(query);
  if (test === undefined) {
    if (tests.size >= 32) tests.clear();
    test = queryTest(query);
    tests.set(query, test);
  }
  return test;
}
