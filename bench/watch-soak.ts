// Watch soak: runs the watcher against the local test server for many polls of changing feeds on
// an accelerated clock (sleep advances a fake clock instead of waiting), and reports memory growth
// and whether any article page was fetched twice. `npx tsx bench/watch-soak.ts 10000` runs it alone.
import type { ServerResponse } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FetchClient } from '../src/fetch/client.js';
import { WatchState } from '../src/fetch/state.js';
import { articlePage, rssFeed, startTestServer } from '../src/fetch/test-server.js';
import { Watcher } from '../src/fetch/watcher.js';

export interface SoakResult {
  polls: number;
  feeds: number;
  feedRequests: number;
  notModified: number;
  pagesFetched: number;
  articles: number;
  pagesFetchedTwice: number;
  failedFeedPolls: number;
  backingOffPolls: number;
  seenAtEnd: number;
  heapStartMB: number;
  heapEndMB: number;
  heapGrowthMB: number;
  simulatedDays: number;
  seconds: number;
}

const FEEDS = 3;
// A feed gains one item every NEW_EVERY polls and lists its latest WINDOW items, like a news feed.
const NEW_EVERY = 4;
const WINDOW = 10;

export async function runSoak(polls: number): Promise<SoakResult> {
  let poll = 0;
  const latest = (feed: number) => Math.floor(poll / NEW_EVERY) + feed * 1_000_000;
  const server = await startTestServer({}, (req, res) =>
    route(req.url ?? '', req.headers['if-none-match'], res),
  );
  function route(url: string, etag: string | undefined, res: ServerResponse) {
    const feed = /^\/feed-(\d+)\.rss$/.exec(url)?.[1];
    if (url === '/feed-broken.rss') return res.writeHead(503).end();
    if (feed !== undefined) {
      const top = latest(Number(feed));
      const version = `"${top}"`;
      if (etag === version) return res.writeHead(304, { etag: version }).end();
      const numbers = Array.from({ length: WINDOW }, (_, i) => top - i);
      return res
        .writeHead(200, { 'content-type': 'application/rss+xml', etag: version })
        .end(rssFeed(server.origin, numbers));
    }
    const article = /^\/articles\/(\d+)$/.exec(url)?.[1];
    if (article) return res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage(Number(article)));
    res.writeHead(404).end();
  }

  let now = Date.UTC(2023, 9, 1);
  const start = now;
  const clock = {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
  const client = new FetchClient({ allowPrivate: true, perHostDelayMs: 1000, clock, readTimeoutMs: 5000 });
  const state = new WatchState();
  const feeds = [
    ...Array.from({ length: FEEDS }, (_, i) => `${server.origin}/feed-${i}.rss`),
    `${server.origin}/feed-broken.rss`,
  ];
  const totals = { articles: 0, notModified: 0, failed: 0, backingOff: 0 };
  const watcher = new Watcher({
    client,
    state,
    backoffBaseMs: 60_000,
    onPoll: (report) => {
      poll++;
      totals.articles += report.articles.length;
      for (const feed of report.feeds) {
        if (feed.status === 'not-modified') totals.notModified++;
        if (feed.status === 'failed') totals.failed++;
        if (feed.status === 'backing-off') totals.backingOff++;
      }
    },
  });
  // A full collection before each reading, so the numbers are live data and not garbage.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const heap = () => {
    gc();
    return process.memoryUsage().heapUsed / 2 ** 20;
  };
  const began = performance.now();
  const warmup = Math.min(50, Math.floor(polls / 10));
  await watcher.run(feeds, 15 * 60_000, warmup);
  const heapStart = heap();
  await watcher.run(feeds, 15 * 60_000, polls - warmup);
  const heapEnd = heap();
  const seconds = (performance.now() - began) / 1000;
  await server.close();

  let pagesFetched = 0;
  let pagesFetchedTwice = 0;
  let feedRequests = 0;
  for (const [path, count] of server.hits) {
    if (path.startsWith('/articles/')) {
      pagesFetched += count;
      if (count > 1) pagesFetchedTwice++;
    } else if (path.startsWith('/feed-')) feedRequests += count;
  }
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    polls,
    feeds: feeds.length,
    feedRequests,
    notModified: totals.notModified,
    pagesFetched,
    articles: totals.articles,
    pagesFetchedTwice,
    failedFeedPolls: totals.failed,
    backingOffPolls: totals.backingOff,
    seenAtEnd: state.seenCount,
    heapStartMB: round(heapStart),
    heapEndMB: round(heapEnd),
    heapGrowthMB: round(heapEnd - heapStart),
    simulatedDays: round((now - start) / 86_400_000),
    seconds: round(seconds),
  };
}

if (process.argv[1]?.endsWith('watch-soak.ts')) {
  const result = await runSoak(Number(process.argv[2] ?? 10_000));
  for (const [key, value] of Object.entries(result)) process.stdout.write(`${key}: ${value}\n`);
}
