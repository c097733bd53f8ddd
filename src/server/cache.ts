// A small response cache for GET pages and API answers. Every answer is a pure function of the
// store's contents and the URL, so it stays valid until something is ingested: an ingest through
// this server clears it at once; one by another process shows within MAX_AGE_MS.
import type { FastifyInstance } from 'fastify';

const MAX_AGE_MS = 30_000;
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

  constructor(private readonly clock: () => number = Date.now) {}

  get(key: string): Entry | null {
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
    this.delete(key);
    this.entries.set(key, { at: this.clock(), type, body, bytes });
    this.bytes += bytes;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= MAX_BYTES) break;
      this.delete(oldest);
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

/** Paths whose answers are not cached: the asset files (already in memory) and the form page. */
const UNCACHED = /^\/(assets\/|add)/;

/** Serves repeated GETs from the cache; only complete 200 answers are stored. */
export function registerCache(app: FastifyInstance, cache: ResponseCache): void {
  const key = (url: string, accept: string | undefined) =>
    `${(accept ?? '').includes('text/html') ? 'h' : 'j'} ${url}`;
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || UNCACHED.test(request.url.slice(0, 8))) return;
    const hit = cache.get(key(request.url, request.headers.accept));
    if (hit) return reply.header('x-cache', 'hit').type(hit.type).send(hit.body);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' || reply.statusCode !== 200 || reply.getHeader('x-cache')) return payload;
    if (UNCACHED.test(request.url.slice(0, 8))) return payload;
    if (typeof payload === 'string' || Buffer.isBuffer(payload))
      cache.set(
        key(request.url, request.headers.accept),
        String(reply.getHeader('content-type') ?? ''),
        payload,
      );
    return payload;
  });
}
