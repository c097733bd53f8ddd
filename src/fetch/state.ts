// What the watcher remembers between polls: each feed's validators (for conditional GET) and
// failure record (for backoff), and every item already handled, so nothing is fetched twice.
// Kept as one small JSON file, written atomically (temp file + rename) after each poll.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { SitrepError } from '../util/errors.js';

export interface FeedState {
  etag: string | null;
  lastModified: string | null;
  /** Consecutive failures; 0 after a success. */
  failures: number;
  /** Epoch ms before which the feed is not polled again (backoff). */
  retryAt: number;
  lastError: string | null;
  lastOk: number | null;
}

interface StateFile {
  version: 1;
  feeds: Record<string, FeedState>;
  /** item key → epoch ms when first handled. */
  seen: Record<string, number>;
  /** item key → failed page-fetch attempts, for items not handled yet. */
  attempts: Record<string, number>;
}

const EMPTY: StateFile = { version: 1, feeds: {}, seen: {}, attempts: {} };

export class WatchState {
  private readonly feeds = new Map<string, FeedState>();
  private readonly seen = new Map<string, number>();
  private readonly attempts = new Map<string, number>();

  /** A state kept in memory only, or loaded from / saved to `path`. */
  constructor(readonly path: string | null = null) {
    if (path && existsSync(path)) this.load(path);
  }

  private load(path: string): void {
    let data: StateFile;
    try {
      data = { ...EMPTY, ...(JSON.parse(readFileSync(path, 'utf8')) as StateFile) };
    } catch {
      throw new SitrepError(
        `${path}: watch state is not valid JSON (move it away to start afresh)`,
        'E_PARSE',
      );
    }
    for (const [url, feed] of Object.entries(data.feeds)) this.feeds.set(url, feed);
    for (const [key, at] of Object.entries(data.seen)) this.seen.set(key, at);
    for (const [key, n] of Object.entries(data.attempts)) this.attempts.set(key, n);
  }

  save(): void {
    if (!this.path) return;
    const data: StateFile = {
      version: 1,
      feeds: Object.fromEntries(this.feeds),
      seen: Object.fromEntries(this.seen),
      attempts: Object.fromEntries(this.attempts),
    };
    const temp = `${this.path}.tmp`;
    writeFileSync(temp, JSON.stringify(data));
    renameSync(temp, this.path);
  }

  feed(url: string): FeedState {
    let state = this.feeds.get(url);
    if (!state) {
      state = { etag: null, lastModified: null, failures: 0, retryAt: 0, lastError: null, lastOk: null };
      this.feeds.set(url, state);
    }
    return state;
  }

  hasSeen(key: string): boolean {
    return this.seen.has(key);
  }

  markSeen(key: string, at: number): void {
    this.seen.set(key, at);
    this.attempts.delete(key);
  }

  /** Counts a failed attempt at an item and returns the count so far. */
  recordAttempt(key: string): number {
    const count = (this.attempts.get(key) ?? 0) + 1;
    this.attempts.set(key, count);
    return count;
  }

  /** Forgets items handled before `before` (epoch ms): feeds drop old items long before that. */
  prune(before: number): number {
    let removed = 0;
    for (const [key, at] of this.seen) {
      if (at < before) {
        this.seen.delete(key);
        removed++;
      }
    }
    return removed;
  }

  get seenCount(): number {
    return this.seen.size;
  }
}
