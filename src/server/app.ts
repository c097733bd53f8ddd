// buildApp: the fastify instance over a Store — the only module that creates the web framework.
// Routes are registered in one list; security headers, the host check and the one error handler
// apply to every route.
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { pipelineStages } from '../ingest/pipeline-stages.js';
import type { IngestStages } from '../ingest/stages.js';
import type { Store } from '../store/index.js';
import { fileVersion, ResponseCache, registerCache } from './cache.js';
import type { ServerContext } from './context.js';
import { Corpus } from './corpus.js';
import { errorResponder, HttpError } from './errors.js';
import { openApiDocument, renderApiDocs } from './openapi.js';
import { errorPage } from './pages/layout.js';
import { registerAnalysisApi } from './routes/api-analysis.js';
import { registerIngestApi } from './routes/api-ingest.js';
import { registerReadApi } from './routes/api-read.js';
import { registerAssets } from './routes/assets.js';
import { registerPages } from './routes/pages.js';
import { allowedHost, newToken, SECURITY_HEADERS } from './security.js';

export const DEFAULT_MAX_UPLOAD = 20 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  /** The API token write endpoints require. */
  token: string;
  /** The Add-news form token; random per process unless given (a cluster's workers share one). */
  formToken?: string;
  /** Largest accepted upload in bytes (default 20 MB). */
  maxUpload?: number;
  /** Answer only requests addressed to a loopback name (default true). */
  loopbackOnly?: boolean;
  /** The pipeline stages ingest runs (default: the real ones, loaded on first upload). */
  stages?: () => IngestStages;
  /** Log failed requests (5xx) to stderr, one JSON line each; off by default (tests, bench). */
  logErrors?: boolean;
  /** Ingest timestamps (default: the wall clock). */
  now?: () => string;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const maxUpload = options.maxUpload ?? DEFAULT_MAX_UPLOAD;
  const loopbackOnly = options.loopbackOnly ?? true;
  const logger = options.logErrors ? { level: 'error', stream: process.stderr } : false;
  const app = Fastify({ logger, bodyLimit: maxUpload });
  const ctx: ServerContext = {
    corpus: new Corpus(options.store, options.stages ?? (() => pipelineStages())),
    token: options.token,
    formToken: options.formToken ?? newToken(),
    maxUpload,
    now: options.now ?? (() => new Date().toISOString()),
  };

  const respond = errorResponder((body) => errorPage(body.status, body.error).text);
  app.setErrorHandler(respond);
  app.setNotFoundHandler((request, reply) =>
    respond(
      new HttpError(404, `nothing at ${request.method} ${request.url.split('?')[0]}`, 'E_NOT_FOUND'),
      request,
      reply,
    ),
  );
  // Hooks in callback style: every request runs them, and an async hook costs a promise each.
  app.addHook('onRequest', (request, _reply, done) => {
    if (!allowedHost(request.headers.host, loopbackOnly))
      return done(new HttpError(421, 'this server answers only to localhost', 'E_BAD_HOST'));
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.headers(SECURITY_HEADERS);
    done(null, payload);
  });
  // After the host check, so that a refused host never reads a cached answer.
  const cache = new ResponseCache(fileVersion(options.store.path), Date.now, () => ctx.corpus.invalidate());
  ctx.corpus.onChange(() => cache.clear());
  registerCache(app, cache);

  await app.register(multipart, {
    limits: { fileSize: maxUpload, fieldSize: maxUpload, files: 1, fields: 10, parts: 12 },
  });

  app.get('/api/openapi.json', async () => openApiDocument);
  app.get('/api/docs', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(renderApiDocs().text),
  );
  registerAssets(app);
  registerReadApi(app, ctx);
  registerAnalysisApi(app, ctx);
  registerIngestApi(app, ctx);
  registerPages(app, ctx);
  return app;
}
