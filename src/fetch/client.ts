// The polite client every sitrep request goes through: a clear User-Agent, robots.txt, a delay
// between requests to the same host, conditional GET, and the safety limits of http.ts. The clock
// and sleep are injected so the watcher can run on an accelerated clock in the soak test.
import { FetchError } from './errors.js';
import { type HttpLimits, type HttpResponse, httpGet } from './http.js';
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type RobotsRules } from './robots.js';

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface FetchOptions extends HttpLimits {
  /** Minimum time between two requests to one host. */
  perHostDelayMs: number;
  /** Upper bound on a robots.txt Crawl-delay, so one site cannot stall a watch cycle. */
  maxCrawlDelayMs: number;
  respectRobots: boolean;
  /** How long a host's robots.txt is trusted before it is fetched again. */
  robotsTtlMs: number;
  clock: Clock;
}

export const PRODUCT_TOKEN = 'sitrep';
export const DEFAULT_USER_AGENT = `${PRODUCT_TOKEN}/0.1 (+https://github.com/sitrep-news/sitrep; news monitoring for analysts)`;

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  userAgent: DEFAULT_USER_AGENT,
  connectTimeoutMs: 10_000,
  readTimeoutMs: 20_000,
  totalTimeoutMs: 60_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivate: false,
  perHostDelayMs: 2_000,
  maxCrawlDelayMs: 30_000,
  respectRobots: true,
  robotsTtlMs: 24 * 3600_000,
  clock: systemClock,
};

/** Validators from an earlier response, sent back for a conditional GET. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchResult extends HttpResponse {
  /** True for 304 Not Modified: the caller's copy is current and body is empty. */
  notModified: boolean;
  validators: Validators;
}

export class FetchClient {
  readonly options: FetchOptions;
  private readonly nextSlot = new Map<string, number>();
  private readonly robots = new Map<string, { rules: RobotsRules; until: number }>();
  /** Requests sent, per URL (robots.txt included): what the soak checks for double fetches. */
  requests = 0;

  constructor(options: Partial<FetchOptions> = {}) {
    this.options = { ...DEFAULT_FETCH_OPTIONS, ...options };
  }

  /** GET a URL politely; conditional when validators are given. */
  async get(url: string, validators: Validators = {}, accept = '*/*'): Promise<FetchResult> {
    const headers: Record<string, string> = { accept };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    const response = await httpGet({ url, headers, beforeHop: (hop) => this.beforeHop(hop) }, this.options);
    const notModified = response.status === 304;
    return {
      ...response,
      notModified,
      validators: notModified
        ? validators
        : { etag: response.headers.etag ?? null, lastModified: response.headers['last-modified'] ?? null },
    };
  }

  private async beforeHop(url: URL): Promise<void> {
    if (this.options.respectRobots && url.pathname !== '/robots.txt') {
      const rules = await this.rulesFor(url);
      if (!rules.isAllowed(url.pathname + url.search)) {
        throw new FetchError(`robots.txt of ${url.host} disallows ${url.pathname}`, null, false);
      }
    }
    await this.waitForHost(url);
    this.requests++;
  }

  /** Reserves the host's next free slot, then sleeps until it; safe under concurrent callers. */
  private async waitForHost(url: URL): Promise<void> {
    const { clock } = this.options;
    const crawlDelay = (this.robots.get(url.origin)?.rules.crawlDelay ?? 0) * 1000;
    const gap = Math.max(this.options.perHostDelayMs, Math.min(crawlDelay, this.options.maxCrawlDelayMs));
    const now = clock.now();
    const slot = Math.max(now, this.nextSlot.get(url.origin) ?? 0);
    this.nextSlot.set(url.origin, slot + gap);
    if (slot > now) await clock.sleep(slot - now);
  }

  private async rulesFor(url: URL): Promise<RobotsRules> {
    const cached = this.robots.get(url.origin);
    if (cached && cached.until > this.options.clock.now()) return cached.rules;
    const rules = await this.fetchRobots(url);
    // An unreachable robots.txt blocks the host only briefly: we ask again in ten minutes.
    const ttl =
      rules === DISALLOW_ALL ? Math.min(this.options.robotsTtlMs, 600_000) : this.options.robotsTtlMs;
    this.robots.set(url.origin, { rules, until: this.options.clock.now() + ttl });
    return rules;
  }

  // RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx, network)
  // means "assume complete disallow" for now — we retry it after a short while.
  private async fetchRobots(url: URL): Promise<RobotsRules> {
    try {
      const response = await httpGet(
        {
          url: `${url.origin}/robots.txt`,
          beforeHop: (hop) => this.waitForHost(hop).then(() => void this.requests++),
        },
        { ...this.options, maxBytes: 500 * 1024 },
      );
      return parseRobots(new TextDecoder().decode(response.body), PRODUCT_TOKEN);
    } catch (error) {
      // A refusal of the host itself (private address) is the caller's answer, not a robots question.
      // So is a host we cannot reach at all: the page would fail the same way, so say that.
      if (error instanceof FetchError && error.status === null && !/redirect/.test(error.message))
        throw error;
      if (error instanceof FetchError && error.status !== null && error.status < 500) return ALLOW_ALL;
      if (error instanceof FetchError && /redirect/.test(error.message)) return ALLOW_ALL;
      return DISALLOW_ALL;
    }
  }
}
