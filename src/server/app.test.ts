// The HTTP API in-process (fastify inject): ingest with and without the token, the read endpoints'
// shapes, validation errors, limits, headers and escaping.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../eval/shared.js';
import { openStore, type Store } from '../store/index.js';
import { buildApp } from './app.js';

const TOKEN = 'test-token-123';
const MAX_UPLOAD = 64 * 1024;
const fixture = (name: string) => readFileSync(join(repoRoot, 'fixtures', 'server', name));

function multipart(fields: Record<string, string>, file?: { name: string; bytes: Buffer }) {
  const boundary = '----sitrepTestBoundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/plain\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('HTTP API', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  const auth = { authorization: `Bearer ${TOKEN}` };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
    store = openStore(join(dir, 'test.db'));
    app = await buildApp({ store, token: TOKEN, maxUpload: MAX_UPLOAD, now: () => '2024-03-14T08:00:00Z' });
    const stored = await app.inject({
      method: 'POST',
      url: '/api/ingest?name=digest-2024-03-12.txt',
      headers: { ...auth, 'content-type': 'text/plain' },
      payload: fixture('digest-2024-03-12.txt'),
    });
    expect(stored.statusCode).toBe(201);
  });

  afterAll(async () => {
    await app.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('ingest', () => {
    it.each([
      ['no header', {}],
      ['a wrong token', { authorization: 'Bearer nope' }],
      ['a malformed header', { authorization: TOKEN }],
    ])('refuses %s with 401 and no stack', async (_name, headers) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/ingest',
        headers: { ...headers, 'content-type': 'text/plain' },
        payload: 'Title\n\nReuters\nMar 1 2024\n\nBody text here.',
      });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ status: 401, code: 'E_UNAUTHORIZED' });
      expect(response.body).not.toMatch(/stack|at \w+ \(/);
    });

    it('reports what a text/plain upload added, and skips the same bytes the second time', async () => {
      const again = await app.inject({
        method: 'POST',
        url: '/api/ingest?name=digest-2024-03-12.txt',
        headers: { ...auth, 'content-type': 'text/plain' },
        payload: fixture('digest-2024-03-12.txt'),
      });
      expect(again.statusCode).toBe(200);
      expect(again.json().outcome.status).toBe('skipped');
      expect(again.json().articles.map((a: { outlet: string }) => a.outlet)).toEqual([
        'Reuters',
        'Balkan Insight',
        'HINA',
      ]);
    });

    it('accepts a multipart file', async () => {
      const body = multipart({}, { name: 'hostile-2024-03-13.txt', bytes: fixture('hostile-digest.txt') });
      const response = await app.inject({
        method: 'POST',
        url: '/api/ingest',
        headers: { ...auth, ...body.headers },
        payload: body.payload,
      });
      expect(response.statusCode).toBe(201);
      expect(response.json().outcome.added).toBe(2);
    });

    it.each([
      ['text/plain', { 'content-type': 'text/plain' }, Buffer.alloc(MAX_UPLOAD + 10, 'a')],
      [
        'multipart',
        multipart({}, { name: 'big.txt', bytes: Buffer.alloc(MAX_UPLOAD + 10, 'a') }).headers,
        multipart({}, { name: 'big.txt', bytes: Buffer.alloc(MAX_UPLOAD + 10, 'a') }).payload,
      ],
    ])('refuses a %s upload over the limit with 413', async (_kind, headers, payload) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/ingest',
        headers: { ...auth, ...headers },
        payload,
      });
      expect(response.statusCode).toBe(413);
      expect(response.json().status).toBe(413);
    });

    it.each([
      ['an empty body', 'text/plain', '   \n', 400],
      ['a JSON body', 'application/json', '{"a":1}', 415],
      ['text that holds no article', 'text/plain', '\u0000\u0001', 400],
    ])('answers %s with a JSON error', async (_name, type, payload, status) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/ingest',
        headers: { ...auth, 'content-type': type },
        payload,
      });
      expect(response.statusCode).toBe(status);
      expect(Object.keys(response.json()).sort()).toEqual(['code', 'error', 'status']);
    });
  });

  describe('reading', () => {
    it('lists the stories of a day in the contract shape', async () => {
      const response = await app.inject('/api/stories?day=2024-03-12');
      expect(response.statusCode).toBe(200);
      const { stories } = response.json();
      expect(stories.length).toBeGreaterThan(0);
      for (const story of stories)
        expect(story).toMatchObject({
          id: expect.stringMatching(/^s_/),
          headline: expect.any(String),
          articles: expect.any(Array),
          outlets: expect.any(Array),
        });
      const flood = stories.find((s: { outlets: string[] }) => s.outlets.includes('Reuters'));
      expect(flood.first).toBe('2024-03-12');
    });

    it('gives one story with its articles and records', async () => {
      const { stories } = (await app.inject('/api/stories?day=2024-03-12')).json();
      const response = await app.inject(`/api/stories/${stories[0].id}`);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.story.id).toBe(stories[0].id);
      expect(body.articles.map((a: { id: string }) => a.id)).toEqual(body.story.articles);
      for (const key of ['duplicates', 'quotes', 'figures', 'dates'])
        expect(Array.isArray(body[key])).toBe(true);
    });

    it('gives one article with every contract field', async () => {
      const { articles } = (await app.inject('/api/articles?outlet=Reuters&day=2024-03-12')).json();
      const article = (await app.inject(`/api/articles/${articles[0].id}`)).json();
      for (const key of [
        'id',
        'title',
        'outlet',
        'outletCountry',
        'published',
        'time',
        'dateline',
        'byline',
        'url',
        'kind',
        'text',
        'source',
      ])
        expect(article).toHaveProperty(key);
      expect(article.title).toBe('Floods force thousands from homes along the Sava river');
    });

    it('searches and groups hits by story', async () => {
      const body = (await app.inject('/api/search?q=Sava')).json();
      expect(body.hits.length).toBeGreaterThanOrEqual(2);
      expect(body.groups.length).toBeGreaterThan(0);
    });

    it('lists figures with the tracked series over the default range', async () => {
      const body = (await app.inject('/api/figures')).json();
      expect(body.range.until).toBe('2024-03-13');
      expect(body.figures.some((f: { value: number }) => f.value === 12000)).toBe(true);
      expect(Array.isArray(body.trackedFigures)).toBe(true);
    });

    it.each([
      '/api/timeline',
      '/api/framing',
      '/api/tracked-figures',
      '/api/entities',
      '/api/quotes',
      '/api/stats',
    ])('%s answers JSON', async (url) => {
      const response = await app.inject(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/application\/json/);
    });

    it("lists an outlet's articles of a day on the search page when no words are given", async () => {
      const page = (
        await app.inject({ url: '/search?outlet=Reuters&day=2024-03-12', headers: { accept: 'text/html' } })
      ).body;
      expect(page).toContain('Floods force thousands from homes along the Sava river');
      expect(page).not.toContain('Sava floods: thousands evacuated');
    });

    it('describes itself as OpenAPI and as a page', async () => {
      const spec = (await app.inject('/api/openapi.json')).json();
      expect(spec.openapi).toBe('3.1.0');
      for (const path of [
        '/api/stories',
        '/api/stories/{id}',
        '/api/articles/{id}',
        '/api/search',
        '/api/figures',
        '/api/ingest',
      ])
        expect(spec.paths).toHaveProperty([path]);
      const docs = await app.inject('/api/docs');
      expect(docs.body).toContain('/api/openapi.json');
    });
  });

  describe('errors and limits', () => {
    it.each([
      ['/api/stories?day=yesterday', 400],
      ['/api/articles?since=2024-02-30', 400],
      ['/api/stories?limit=-3', 400],
      ['/api/search', 400],
      ['/api/articles/not-an-id', 400],
      ['/api/articles/a_missing', 404],
      ['/api/stories/s_missing', 404],
      ['/api/nothing-here', 404],
    ])('%s → %i JSON without a stack', async (url, status) => {
      const response = await app.inject(url);
      expect(response.statusCode).toBe(status);
      const body = response.json();
      expect(body.status).toBe(status);
      expect(body.error).toEqual(expect.any(String));
      expect(response.body).not.toContain('node_modules');
    });

    it('sends a strict CSP and no inline script on pages', async () => {
      const response = await app.inject('/?day=2024-03-13');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
      expect(response.body).not.toMatch(/<script>|<script [^>]*>[^<]/);
      expect(response.body).not.toMatch(/<[^>]* style=/);
    });

    it('answers a repeated GET from the cache with the same bytes, type and security headers', async () => {
      const { stories } = (await app.inject('/api/stories?day=2024-03-12')).json();
      const page = { url: `/stories/${stories[0].id}`, headers: { accept: 'text/html' } };
      const first = await app.inject(page);
      const again = await app.inject(page);
      expect(first.headers['x-cache']).toBeUndefined();
      expect(again.headers['x-cache']).toBe('hit');
      expect(again.body).toBe(first.body);
      expect(again.headers['content-type']).toBe(first.headers['content-type']);
      expect(again.headers['content-length']).toBe(String(Buffer.byteLength(first.body)));
      expect(again.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
      const json = await app.inject('/api/search?q=Sava');
      expect((await app.inject('/api/search?q=Sava')).json()).toEqual(json.json());
    });

    it("lists a story's rewrites and draws their diffs on its rewrites page", async () => {
      const { stories } = (await app.inject('/api/stories?day=2024-03-12')).json();
      const flood = stories.find((story: { outlets: string[] }) => story.outlets.includes('Balkan Insight'));
      const page = (await app.inject(`/stories/${flood.id}`)).body;
      expect(page).toContain(`href="/stories/${flood.id}/rewrites#pair-1"`);
      const rewrites = await app.inject(`/stories/${flood.id}/rewrites`);
      expect(rewrites.statusCode).toBe(200);
      expect(rewrites.body).toContain('id="pair-1"');
      expect(rewrites.body).toMatch(/<table class="diff"/);
      expect((await app.inject('/stories/s_missing/rewrites')).statusCode).toBe(404);
    });

    it('escapes article text everywhere it is shown', async () => {
      const { articles } = (await app.inject('/api/articles?day=2024-03-13')).json();
      for (const article of articles) {
        const page = (await app.inject(`/articles/${article.id}`)).body;
        expect(page).toContain('&lt;script&gt;');
        expect(page).not.toMatch(/<(script|img|svg|iframe|style)[^>]*(pwned|onerror|onload)/i);
        expect(page).not.toContain('href="javascript:');
      }
      const today = (await app.inject('/?day=2024-03-13')).body;
      expect(today).not.toContain('<script>window');
    });

    it('answers only to loopback host names', async () => {
      const response = await app.inject({ url: '/api/stats', headers: { host: 'evil.example:8080' } });
      expect(response.statusCode).toBe(421);
    });

    it('takes Add-news posts only with the form token', async () => {
      const page = (await app.inject('/add')).body;
      const formToken = /name="token" value="([^"]+)"/.exec(page)?.[1] ?? '';
      expect(formToken).not.toBe('');
      const text =
        'Dam inspection ends\n\nHINA\nMar 14 2024\n\nEngineers finished checking the dam on Thursday and found no new cracks.';
      const forged = multipart({ token: 'guess', text });
      const refused = await app.inject({
        method: 'POST',
        url: '/add',
        headers: forged.headers,
        payload: forged.payload,
      });
      expect(refused.statusCode).toBe(403);
      const good = multipart({ token: formToken, text });
      const accepted = await app.inject({
        method: 'POST',
        url: '/add',
        headers: { ...good.headers, accept: 'text/html' },
        payload: good.payload,
      });
      expect(accepted.statusCode).toBe(200);
      expect(accepted.body).toContain('Dam inspection ends');
      const crossSite = await app.inject({
        method: 'POST',
        url: '/add',
        headers: { ...good.headers, 'sec-fetch-site': 'cross-site' },
        payload: good.payload,
      });
      expect(crossSite.statusCode).toBe(403);
    });
  });
});
