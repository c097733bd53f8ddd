// Writing: POST /api/ingest for scripts (Bearer token) and POST /add for the Add-news form (form
// token). Both read the upload the same way and answer with what was stored.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ServerContext } from '../context.js';
import { HttpError, validate, wantsHtml } from '../errors.js';
import { renderAddResult } from '../pages/add.js';
import { ingestQuery } from '../schemas.js';
import { bearerToken, sameSecret } from '../security.js';
import { readUpload } from '../upload.js';

export function registerIngestApi(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/api/ingest', async (request, reply) => {
    if (!sameSecret(bearerToken(request.headers.authorization), ctx.token)) {
      reply.header('www-authenticate', 'Bearer realm="sitrep"');
      throw new HttpError(401, 'a valid token is required: Authorization: Bearer TOKEN', 'E_UNAUTHORIZED');
    }
    const { name } = validate(ingestQuery, request.query);
    const upload = await readUpload(request, name);
    const result = await ctx.corpus.ingestUpload(upload.bytes, upload.name, ctx.now());
    return reply.status(result.outcome.status === 'stored' ? 201 : 200).send(result);
  });

  app.post('/add', async (request, reply) => {
    checkSameOrigin(request);
    const upload = await readUpload(request);
    if (!sameSecret(upload.fields.token, ctx.formToken))
      throw new HttpError(403, 'the form has expired; reload the Add news page and try again', 'E_FORBIDDEN');
    const result = await ctx.corpus.ingestUpload(upload.bytes, upload.name, ctx.now());
    if (!wantsHtml(request)) return result;
    return reply.type('text/html; charset=utf-8').send(renderAddResult(result).text);
  });
}

/** Browsers say where a form post comes from; a post from another site is refused outright. */
function checkSameOrigin(request: FastifyRequest): void {
  const site = request.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none')
    throw new HttpError(403, 'cross-site form posts are refused', 'E_FORBIDDEN');
  const origin = request.headers.origin;
  if (origin && origin !== 'null' && hostOf(origin) !== request.headers.host)
    throw new HttpError(403, 'cross-site form posts are refused', 'E_FORBIDDEN');
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
