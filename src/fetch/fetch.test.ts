import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../eval/shared.js';
import { isPrivateAddress } from './address.js';
import { FetchClient } from './client.js';
import { FetchError } from './errors.js';
import { fetchUrl } from './page.js';
import { articlePage, type Route, rssFeed, serve, startTestServer, type TestServer } from './test-server.js';

const fixture = (...parts: string[]) => readFileSync(join(repoRoot, 'fixtures', ...parts));
const html = 'text/html; charset=utf-8';

let server: TestServer;
const routes: Record<string, Route> = {
  '/robots.txt': serve('User-agent: *\nDisallow: /private/\n', 'text/plain'),
  '/feed.rss': serve('', 'application/rss+xml'), // replaced in beforeAll once the origin is known
  '/atom.xml': serve(fixture('feeds', 'atom', 'input.xml'), 'application/atom+xml'),
  '/feed.json': serve(fixture('feeds', 'json-feed', 'input.json'), 'application/feed+json'),
  '/malformed.xml': serve(fixture('feeds', 'malformed-xml', 'input.xml'), 'application/rss+xml'),
  '/wrong-charset': serve(fixture('html', 'wrong-declared-charset', 'input.html'), html),
  '/no-article': serve(fixture('html', 'no-article', 'input.html'), html),
  '/jsonld-conflict': serve(fixture('html', 'jsonld-date-disagrees', 'input.html'), html),
  '/huge': (_req, res) => {
    res.writeHead(200, { 'content-type': html });
    const chunk = `<p>${'filler words '.repeat(80)}</p>\n`;
    for (let size = 0; size < 10 * 1024 * 1024; size += chunk.length) res.write(chunk);
    res.end();
  },
  '/loop-a': (_req, res) => res.writeHead(302, { location: '/loop-b' }).end(),
  '/loop-b': (_req, res) => res.writeHead(302, { location: '/loop-a' }).end(),
  '/hop': (_req, res) => res.writeHead(301, { location: '/articles/5' }).end(),
  '/slow': (_req, res) => {
    setTimeout(() => res.writeHead(200, { 'content-type': html }).end(articlePage(1)), 1500).unref();
  },
  '/private/page': serve(articlePage(2), html),
  '/etag-page': serve(articlePage(3), html, '"v1"'),
};

beforeAll(async () => {
  server = await startTestServer(routes, (req, res) => {
    const n = /^\/articles\/(\d+)$/.exec(req.url ?? '')?.[1];
    if (n) res.writeHead(200, { 'content-type': html }).end(articlePage(Number(n)));
    else res.writeHead(404).end('not found');
  });
  routes['/feed.rss'] = serve(rssFeed(server.origin, [1, 2, 3]), 'application/rss+xml');
});
afterAll(() => server.close());

const client = (extra: ConstructorParameters<typeof FetchClient>[0] = {}) =>
  new FetchClient({
    allowPrivate: true,
    perHostDelayMs: 0,
    readTimeoutMs: 500,
    totalTimeoutMs: 3000,
    maxBytes: 2 * 1024 * 1024,
    ...extra,
  });

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('fetchUrl against the local server', () => {
  it('reads an article page with its metadata', async () => {
    const result = await fetchUrl(client(), `${server.origin}/articles/7`);
    expect(result.articles[0]).toMatchObject({
      title: 'Shelter 7 opens',
      outlet: 'Test Courier',
      published: '2023-10-02',
    });
    expect(result.articles[0]?.text).not.toContain('newsletter');
  });

  it('reads an RSS feed and fetches each item page', async () => {
    const result = await fetchUrl(client(), `${server.origin}/feed.rss`);
    expect(result.articles.map((a) => a.title)).toEqual([
      'Shelter 1 opens',
      'Shelter 2 opens',
      'Shelter 3 opens',
    ]);
  });

  it('falls back to the feed text when item pages are missing (Atom, JSON Feed)', async () => {
    for (const path of ['/atom.xml', '/feed.json']) {
      const result = await fetchUrl(client(), `${server.origin}${path}`);
      expect(result.articles.length).toBeGreaterThan(0);
      expect(result.articles[0]?.text).toContain('school gym');
    }
  });

  it('reads malformed XML leniently and warns', async () => {
    const result = await fetchUrl(client(), `${server.origin}/malformed.xml`);
    expect(result.articles).toHaveLength(2);
    expect(result.warnings.some((w) => w.message.includes('malformed XML'))).toBe(true);
  });

  it('corrects a wrong declared charset', async () => {
    const result = await fetchUrl(client(), `${server.origin}/wrong-charset`);
    expect(result.articles[0]?.title).toBe('Café owners in Goris open their doors');
    expect(result.warnings[0]?.message).toContain('not UTF-8');
  });

  it('reports a page with no article', async () => {
    const result = await fetchUrl(client(), `${server.origin}/no-article`);
    expect(result.articles).toEqual([]);
    expect(result.warnings[0]?.message).toContain('no article');
  });

  it('keeps the JSON-LD date and warns when the visible date disagrees', async () => {
    const result = await fetchUrl(client(), `${server.origin}/jsonld-conflict`);
    expect(result.articles[0]?.published).toBe('2023-10-05');
    expect(result.warnings.map((w) => w.message).join()).toContain(
      'disagrees with the visible date 2023-10-03',
    );
  });

  it('follows a redirect to the article', async () => {
    const result = await fetchUrl(client(), `${server.origin}/hop`);
    expect(result.articles[0]?.title).toBe('Shelter 5 opens');
    expect(result.articles[0]?.source.file).toBe(`${server.origin}/articles/5`);
  });
});

describe('safety limits', () => {
  it('stops a 10 MB page at the size limit', async () => {
    const error = await failure(fetchUrl(client(), `${server.origin}/huge`));
    expect(error.code).toBe('E_TOO_LARGE');
  });

  it('detects a redirect loop', async () => {
    expect((await failure(fetchUrl(client(), `${server.origin}/loop-a`))).message).toContain('redirect loop');
  });

  it('limits the number of redirects', async () => {
    const error = await failure(fetchUrl(client({ maxRedirects: 0 }), `${server.origin}/hop`));
    expect(error.message).toContain('more than 0 redirects');
  });

  it('times out a slow response', async () => {
    const error = await failure(fetchUrl(client({ readTimeoutMs: 200 }), `${server.origin}/slow`));
    expect(error.message).toMatch(/no data for 200 ms/);
    expect(error.retryable).toBe(true);
  });

  it('reports a 404 as a permanent failure', async () => {
    const error = await failure(fetchUrl(client(), `${server.origin}/missing`));
    expect(error).toMatchObject({ status: 404, retryable: false });
  });

  it('obeys robots.txt', async () => {
    expect((await failure(fetchUrl(client(), `${server.origin}/private/page`))).message).toContain(
      'robots.txt',
    );
  });

  it('refuses private addresses unless allowed', async () => {
    const error = await failure(fetchUrl(client({ allowPrivate: false }), `${server.origin}/articles/1`));
    expect(error.message).toContain('private address');
  });

  it('refuses names that resolve to private addresses', async () => {
    const port = new URL(server.origin).port;
    const error = await failure(
      fetchUrl(client({ allowPrivate: false }), `http://localhost:${port}/articles/1`),
    );
    expect(error.message).toContain('private address');
  });

  it('fetches only http(s)', async () => {
    expect((await failure(fetchUrl(client(), 'file:///etc/passwd'))).message).toContain(
      'only http and https',
    );
  });

  it('sends a clear User-Agent and a conditional GET', async () => {
    let agent = '';
    routes['/ua'] = (req, res) => {
      agent = req.headers['user-agent'] ?? '';
      res.writeHead(200).end('ok');
    };
    const c = client();
    await c.get(`${server.origin}/ua`);
    expect(agent).toMatch(/^sitrep\//);
    const first = await c.get(`${server.origin}/etag-page`);
    expect(first.validators.etag).toBe('"v1"');
    const second = await c.get(`${server.origin}/etag-page`, first.validators);
    expect(second.notModified).toBe(true);
  });

  it('spaces requests to one host by the per-host delay on the injected clock', async () => {
    let now = 0;
    const slept: number[] = [];
    const clock = {
      now: () => now,
      sleep: async (ms: number) => {
        slept.push(ms);
        now += ms;
      },
    };
    const c = client({ perHostDelayMs: 1000, clock });
    await c.get(`${server.origin}/articles/1`);
    await c.get(`${server.origin}/articles/2`);
    expect(slept).toEqual([1000, 1000]); // robots.txt, then page 1, then page 2: each 1 s apart
  });
});

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.20.0.1', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['::1', true],
    ['fd00::1', true],
    ['::ffff:10.0.0.1', true],
    ['8.8.8.8', false],
    ['2a00:1450::1', false],
  ])('%s → %s', (address, want) => expect(isPrivateAddress(address)).toBe(want));
});
