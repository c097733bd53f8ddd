// A local HTTP server for the fetch tests and the watch soak: node:http on 127.0.0.1, port 0,
// serving whatever routes the caller gives, and counting hits per path.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface TestServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** Requests per path (query excluded). */
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startTestServer(routes: Record<string, Route>, fallback?: Route): Promise<TestServer> {
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes[path] ?? fallback;
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve(route(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route that sends a fixed body, honouring If-None-Match against its ETag when given. */
export function serve(body: string | Uint8Array, contentType: string, etag?: string): Route {
  return (req, res) => {
    if (etag && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': contentType, ...(etag ? { etag } : {}) }).end(body);
  };
}

/** A news page in our own words, numbered so that each feed item has its own page. */
export function articlePage(n: number, site = 'Test Courier'): string {
  const sentences = [
    `Officials in the valley said on Monday that shelter number ${n} had opened its doors to families arriving from the hills.`,
    `Volunteers carried water and blankets from a depot near the station, and doctors checked older arrivals for exhaustion.`,
    `A spokesperson for the regional office said more buses were expected overnight and that schools would stay closed.`,
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shelter ${n} opens | ${site}</title>
<meta property="og:site_name" content="${site}"><meta property="article:published_time" content="2023-10-02T10:00:00+04:00">
</head><body><nav><a href="/">Home</a></nav><article><h1>Shelter ${n} opens</h1>${sentences.map((s) => `<p>${s}</p>`).join('')}</article>
<footer><p>Sign up for our newsletter</p></footer></body></html>`;
}

/** An RSS feed whose items point at /articles/<n> on this server. */
export function rssFeed(origin: string, numbers: number[]): string {
  const items = numbers
    .map(
      (n) =>
        `<item><title>Shelter ${n} opens</title><link>${origin}/articles/${n}</link><guid>item-${n}</guid><pubDate>Mon, 02 Oct 2023 10:00:00 +0400</pubDate></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test Courier</title><link>${origin}/</link>\n${items}\n</channel></rss>`;
}
