// The watch loop: poll every feed, fetch the pages of items not seen before, hand the articles
// on. A feed that fails is retried with exponential backoff and reported; it never stops the
// others, because each host's feeds run in their own chain and every error is caught per feed.

import { decodeDocument } from '../read/charset.js';
import { parseFeed } from '../read/feed.js';
import type { ParseResult } from '../types.js';
import { describeError } from '../util/errors.js';
import type { FetchClient } from './client.js';
import { emptyResult, FEED_ACCEPT, itemKey, mergeInto, readFeedItem } from './page.js';
import type { WatchState } from './state.js';

export type FeedStatus = 'ok' | 'not-modified' | 'failed' | 'backing-off';

export interface FeedOutcome {
  feed: string;
  status: FeedStatus;
  newItems: number;
  /** The failure, for "failed"; the earlier failure, for "backing-off". */
  error: string | null;
  /** ISO time of the next attempt after a failure. */
  retryAt: string | null;
}

export interface PollReport extends ParseResult {
  feeds: FeedOutcome[];
}

export interface WatcherOptions {
  client: FetchClient;
  state: WatchState;
  /** First wait after a failure; doubles with each failure in a row. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Failed page fetches of one item before it is given up. */
  maxItemAttempts?: number;
  /** Items remembered this long; feeds drop items long before. */
  seenRetentionMs?: number;
  /** Called with each poll's articles (store them, print them). */
  onPoll?: (report: PollReport) => void | Promise<void>;
}

export class Watcher {
  private readonly backoffBaseMs: number;
  private readonly backoffMaxMs: number;
  private readonly maxItemAttempts: number;
  private readonly seenRetentionMs: number;

  constructor(private readonly options: WatcherOptions) {
    this.backoffBaseMs = options.backoffBaseMs ?? 60_000;
    this.backoffMaxMs = options.backoffMaxMs ?? 6 * 3600_000;
    this.maxItemAttempts = options.maxItemAttempts ?? 3;
    this.seenRetentionMs = options.seenRetentionMs ?? 90 * 24 * 3600_000;
  }

  private get clock() {
    return this.options.client.options.clock;
  }

  /** Polls every feed once; feeds on one host share a chain so the per-host delay holds. */
  async pollOnce(feedUrls: string[]): Promise<PollReport> {
    const byHost = new Map<string, string[]>();
    for (const url of feedUrls) {
      const host = safeHost(url);
      byHost.set(host, [...(byHost.get(host) ?? []), url]);
    }
    const report: PollReport = { ...emptyResult(), feeds: [] };
    await Promise.all(
      [...byHost.values()].map(async (urls) => {
        for (const url of urls) {
          const { outcome, result } = await this.pollFeed(url);
          report.feeds.push(outcome);
          mergeInto(report, result);
        }
      }),
    );
    report.feeds.sort((a, b) => feedUrls.indexOf(a.feed) - feedUrls.indexOf(b.feed));
    this.options.state.prune(this.clock.now() - this.seenRetentionMs);
    this.options.state.save();
    await this.options.onPoll?.(report);
    return report;
  }

  /** Polls `polls` times (forever when undefined), `everyMs` apart on the injected clock. */
  async run(feedUrls: string[], everyMs: number, polls?: number, signal?: AbortSignal): Promise<void> {
    for (let n = 0; polls === undefined || n < polls; n++) {
      if (signal?.aborted) return;
      const started = this.clock.now();
      await this.pollOnce(feedUrls);
      if (polls !== undefined && n + 1 >= polls) return;
      await this.clock.sleep(Math.max(0, started + everyMs - this.clock.now()));
    }
  }

  private async pollFeed(url: string): Promise<{ outcome: FeedOutcome; result: ParseResult }> {
    const state = this.options.state.feed(url);
    const now = this.clock.now();
    const outcome: FeedOutcome = { feed: url, status: 'ok', newItems: 0, error: null, retryAt: null };
    if (state.retryAt > now) {
      return {
        outcome: { ...outcome, status: 'backing-off', error: state.lastError, retryAt: iso(state.retryAt) },
        result: emptyResult(),
      };
    }
    try {
      const result = await this.readFeed(url, outcome);
      state.failures = 0;
      state.retryAt = 0;
      state.lastError = null;
      state.lastOk = this.clock.now();
      return { outcome, result };
    } catch (error) {
      state.failures++;
      state.lastError = describeError(error);
      state.retryAt =
        this.clock.now() + Math.min(this.backoffMaxMs, this.backoffBaseMs * 2 ** (state.failures - 1));
      const failed = {
        ...outcome,
        status: 'failed' as const,
        error: state.lastError,
        retryAt: iso(state.retryAt),
      };
      const result = emptyResult();
      result.warnings.push({
        file: url,
        line: 1,
        message: `feed failed (${state.failures}×, next try ${failed.retryAt}): ${state.lastError}`,
      });
      return { outcome: failed, result };
    }
  }

  private async readFeed(url: string, outcome: FeedOutcome): Promise<ParseResult> {
    const { client, state } = this.options;
    const feedState = state.feed(url);
    const response = await client.get(
      url,
      { etag: feedState.etag, lastModified: feedState.lastModified },
      FEED_ACCEPT,
    );
    if (response.notModified) {
      outcome.status = 'not-modified';
      return emptyResult();
    }
    const decoded = decodeDocument(response.body, response.headers['content-type']);
    const feed = parseFeed(decoded.text);
    // Validators are kept only once the feed parsed, so a broken response is fetched in full again.
    feedState.etag = response.validators.etag ?? null;
    feedState.lastModified = response.validators.lastModified ?? null;
    const result = emptyResult();
    for (const message of [decoded.warning, feed.warning])
      if (message) result.warnings.push({ file: url, line: 1, message });
    for (const item of feed.items) {
      const key = itemKey(url, item);
      if (state.hasSeen(key)) continue;
      const { result: itemResult, done } = await readFeedItem(client, url, item, feed.link);
      mergeInto(result, itemResult);
      if (done || state.recordAttempt(key) >= this.maxItemAttempts) state.markSeen(key, this.clock.now());
      if (done) outcome.newItems++;
    }
    return result;
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

const iso = (ms: number): string => new Date(ms).toISOString();
