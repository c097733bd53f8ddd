// A small response cache for GET pages and API answers. Every answer is a pure function of the
// store's contents and the URL, so it stays valid until something is written: an ingest through
// this server clears it at once; a write by another process (`sitrep ingest`, `sitrep watch`) is
// noticed by the database files' size and mtime, checked at most once a second. MAX_AGE_MS bounds
// staleness for a store whose files cannot be watched.
import { statSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

const MAX_AGE_MS = 10 * 60_000;
const VERSION_CHECK_MS = 1_000;
const MAX_BYTES = 64 * 1024 * 1024;
/** Larger answers (a year's figures) are cheap to recompute relative to the memory they hold. */
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

interface Entry {
  at: number;
  type: string;
  body: string | Buffer;
  bytes: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private version = '';
  private checkedAt = Number.NEGATIVE_INFINITY;

  constructor(
    /** Changes whenever the data may have changed; the cache empties itself when it does. */
    private readonly dataVersion: () => string = () => '',
    private readonly clock: () => number = Date.now,
    /** Told when a change of data version emptied the cache (other caches follow it). */
    private readonly onStale: () => void = () => {},
  ) {}

  get(key: string): Entry | null {
    this.checkVersion();
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (this.clock() - entry.at > MAX_AGE_MS) {
      this.delete(key);
      return null;
    }
    // Re-insert so that Map order is least-recently-used first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, type: string, body: string | Buffer): void {
    const bytes = typeof body === 'string' ? body.length * 2 : body.length;
    if (bytes > MAX_ENTRY_BYTES) return;
    this.checkVersion();
    this.delete(key);
    this.entries.set(key, { at: this.clock(), type, body, bytes });
    this.bytes += bytes;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= MAX_BYTES) break;
      this.delete(oldest);
    }
  }

  private checkVersion(): void {
    const now = this.clock();
    if (now - this.checkedAt < VERSION_CHECK_MS) return;
    this.checkedAt = now;
    const version = this.dataVersion();
    if (version !== this.version) {
      const first = this.version === '';
      this.version = version;
      this.clear();
      if (!first) this.onStale();
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(key);
  }
}

/** Size and mtime of a SQLite database and its write-ahead log: any commit changes one of them. */
export function fileVersion(path: string): () => string {
  return () =>
    [path, `${path}-wal`]
      .map((file) => {
        const info = statSync(file, { throwIfNoEntry: false });
        return info ? `${info.size}:${info.mtimeMs}` : '-';
      })
      .join('|');
}

/** Paths whose answers are not cached: the asset files (already in memory) and the form page. */
const UNCACHED = /^\/(assets\/|add)/;

/** Serves repeated GETs from the cache; only complete 200 answers are stored. */
export function registerCache(app: FastifyInstance, cache: ResponseCache): void {
  const key = (url: string, accept: string | undefined) =>
    `${(accept ?? '').includes('text/html') ? 'h' : 'j'} ${url}`;
  // Callback-style hooks (no promise per request); a hit is answered without calling done().
  app.addHook('onRequest', (request, reply, done) => {
    if (request.method !== 'GET' || UNCACHED.test(request.url.slice(0, 8))) return done();
    const hit = cache.get(key(request.url, request.headers.accept));
    if (!hit) return done();
    reply.header('x-cache', 'hit').type(hit.type).send(hit.body);
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.method !== 'GET' || reply.statusCode !== 200 || reply.getHeader('x-cache'))
      return done(null, payload);
    if (UNCACHED.test(request.url.slice(0, 8))) return done(null, payload);
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload);
    // Encoded once and kept outside the JS heap: the collector neither copies nor marks the bytes,
    // and a hit is sent without encoding the text again.
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    cache.set(key(request.url, request.headers.accept), String(reply.getHeader('content-type') ?? ''), body);
    done(null, body);
  });
}
