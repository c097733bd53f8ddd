import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchClient } from './client.js';
import { WatchState } from './state.js';
import { articlePage, rssFeed, startTestServer, type TestServer } from './test-server.js';
import { Watcher } from './watcher.js';

let server: TestServer;
let items = [1, 2];
let feedDown = true;

beforeAll(async () => {
  server = await startTestServer({}, (req, res) => {
    const url = req.url ?? '';
    const article = /^\/articles\/(\d+)$/.exec(url)?.[1];
    if (article) return res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage(Number(article)));
    if (url === '/news.rss') {
      const etag = `"${items.join('-')}"`;
      if (req.headers['if-none-match'] === etag) return res.writeHead(304).end();
      return res
        .writeHead(200, { etag, 'content-type': 'application/rss+xml' })
        .end(rssFeed(server.origin, items));
    }
    if (url === '/flaky.rss' && !feedDown) return res.writeHead(200).end(rssFeed(server.origin, [50]));
    if (url === '/flaky.rss') return res.writeHead(500).end('down');
    res.writeHead(404).end();
  });
});
afterAll(() => server.close());

function setup() {
  let now = Date.UTC(2023, 9, 4);
  const clock = {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
  };
  const client = new FetchClient({ allowPrivate: true, perHostDelayMs: 0, clock });
  const watcher = new Watcher({ client, state: new WatchState(), backoffBaseMs: 60_000 });
  const advance = (ms: number) => {
    now += ms;
  };
  return { watcher, advance };
}

describe('Watcher', () => {
  it('fetches each new item once, uses conditional GET, and keeps going when a feed fails', async () => {
    items = [1, 2];
    feedDown = true;
    const { watcher, advance } = setup();
    const feeds = [`${server.origin}/flaky.rss`, `${server.origin}/news.rss`];

    const first = await watcher.pollOnce(feeds);
    expect(first.feeds.map((f) => f.status)).toEqual(['failed', 'ok']);
    expect(first.articles.map((a) => a.title)).toEqual(['Shelter 1 opens', 'Shelter 2 opens']);
    expect(first.warnings.some((w) => w.message.includes('HTTP 500'))).toBe(true);

    const second = await watcher.pollOnce(feeds);
    expect(second.feeds.map((f) => f.status)).toEqual(['backing-off', 'not-modified']);
    expect(second.articles).toEqual([]);

    items = [1, 2, 3];
    advance(61_000);
    const third = await watcher.pollOnce(feeds);
    expect(third.feeds.map((f) => f.status)).toEqual(['failed', 'ok']);
    expect(third.feeds[0]?.retryAt).toBe(new Date(Date.UTC(2023, 9, 4) + 61_000 + 120_000).toISOString());
    expect(third.articles.map((a) => a.title)).toEqual(['Shelter 3 opens']);

    feedDown = false;
    advance(121_000);
    const fourth = await watcher.pollOnce(feeds);
    expect(fourth.feeds.map((f) => f.status)).toEqual(['ok', 'not-modified']);
    expect(fourth.articles.map((a) => a.title)).toEqual(['Shelter 50 opens']);

    for (const n of [1, 2, 3, 50]) expect(server.hits.get(`/articles/${n}`)).toBe(1);
  });

  it('remembers seen items across runs through the state file', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const path = join(mkdtempSync(join(tmpdir(), 'sitrep-watch-')), 'state.json');
    items = [7];
    const client = new FetchClient({ allowPrivate: true, perHostDelayMs: 0 });
    await new Watcher({ client, state: new WatchState(path) }).pollOnce([`${server.origin}/news.rss`]);
    items = [7, 8];
    const again = await new Watcher({ client, state: new WatchState(path) }).pollOnce([
      `${server.origin}/news.rss`,
    ]);
    expect(again.articles.map((a) => a.title)).toEqual(['Shelter 8 opens']);
    expect(server.hits.get('/articles/7')).toBe(1);
  });
});
