// Opening a new database file while another process holds its write lock (two ingests started at
// once on a path where no database exists yet).
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SitrepError } from '../util/errors.js';
import { openStore } from './sqlite.js';

let dir: string;
const dbPath = () => join(dir, 'sitrep.db');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Another connection, on a thread of its own, takes the write lock of the (not yet WAL) file, says
 * so, and commits after `holdMs`; it sets released[0] just before the commit. The open under test
 * blocks this thread, so the lock has to be let go elsewhere.
 */
const holderCode = `
  const { parentPort, workerData } = require('node:worker_threads');
  const Database = require(workerData.driver);
  const db = new Database(workerData.path);
  db.exec('BEGIN IMMEDIATE');
  parentPort.postMessage('locked');
  setTimeout(() => {
    Atomics.store(workerData.released, 0, 1);
    db.exec('COMMIT');
    db.close();
  }, workerData.holdMs);
`;

async function holdWriteLock(
  path: string,
  holdMs: number,
): Promise<{ released: Int32Array; worker: Worker }> {
  const released = new Int32Array(new SharedArrayBuffer(4));
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(holderCode, { eval: true, workerData: { path, holdMs, released, driver } });
  await once(worker, 'message');
  return { released, worker };
}

describe('opening a new file while another process holds its write lock', () => {
  it('waits for the lock to switch the file to WAL instead of failing at once', async () => {
    // SQLite refuses journal_mode = WAL here with SQLITE_BUSY without waiting busy_timeout.
    const { released, worker } = await holdWriteLock(dbPath(), 200);
    const store = openStore(dbPath(), { busyTimeout: 60_000 });
    expect(Atomics.load(released, 0)).toBe(1);
    expect((await store.stats()).articles).toBe(0);
    store.close();
    await once(worker, 'exit');
    const db = new Database(dbPath(), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('gives up once the busy timeout has passed, in one line, and leaves the file alone', () => {
    const holder = new Database(dbPath());
    holder.exec('BEGIN IMMEDIATE');
    try {
      expect(() => openStore(dbPath(), { busyTimeout: 50 })).toThrow(SitrepError);
      expect(() => openStore(dbPath(), { busyTimeout: 0 })).toThrow(/stayed locked by another process/);
    } finally {
      holder.exec('COMMIT');
      holder.close();
    }
    const db = new Database(dbPath(), { readonly: true });
    expect(db.prepare('SELECT count(*) FROM sqlite_master').pluck().get()).toBe(0);
    db.close();
  });
});
