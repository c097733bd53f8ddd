// The server's one error handler: every failure becomes a JSON body {error, code, status} (or a short
// HTML page for a browser page) with the right status and never a stack trace.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError, type z } from 'zod';
import { describeError, type ErrorCode, SitrepError } from '../util/errors.js';

/** An error that already knows its HTTP status. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly code = 'E_HTTP',
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const STATUS_OF: Record<ErrorCode, number> = {
  E_NOT_FOUND: 404,
  E_EMPTY: 400,
  E_BINARY: 415,
  E_TOO_LARGE: 413,
  E_NO_INPUT: 400,
  E_BAD_ARGUMENT: 400,
  E_BAD_DATABASE: 500,
  E_READ_ONLY: 503,
  E_DISK_FULL: 507,
  E_FETCH: 502,
  E_PARSE: 400,
};

export interface ErrorBody {
  error: string;
  code: string;
  status: number;
}

/** Status, code and one-line message for anything thrown by a route. */
export function classify(error: unknown): ErrorBody {
  if (error instanceof SitrepError) {
    return { status: STATUS_OF[error.code] ?? 500, code: error.code, error: describeError(error) };
  }
  if (error instanceof ZodError) return { status: 400, code: 'E_BAD_ARGUMENT', error: zodMessage(error) };
  if (error instanceof HttpError)
    return { status: error.statusCode, code: error.code, error: describeError(error) };
  const fastifyError = error as Partial<FastifyError>;
  const status = typeof fastifyError.statusCode === 'number' ? fastifyError.statusCode : 500;
  // Our own 5xx details stay in the log; the client learns only that it failed.
  const message = status >= 500 ? 'internal error' : describeError(error);
  // Internal codes (SQLITE_ERROR…) say nothing useful to a client either.
  const code = status >= 500 ? 'E_INTERNAL' : (fastifyError.code ?? 'E_HTTP');
  return { status, code, error: message };
}

/** "day: wants a date like 2023-10-04; limit: too big" */
function zodMessage(error: ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** Parses query parameters or a body with a zod schema; a mismatch becomes a 400. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw result.error;
  return result.data;
}

/** Browser pages get an HTML error page; the API, and scripts asking for JSON, get JSON. */
export function wantsHtml(request: FastifyRequest): boolean {
  if (request.url === '/api' || request.url.startsWith('/api/')) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

export type ErrorPageRenderer = (body: ErrorBody) => string;

/** Registers as the app's one error handler and not-found handler. */
export function errorResponder(renderPage: ErrorPageRenderer) {
  return (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const body = classify(error);
    if (body.status >= 500) request.log.error({ err: error }, 'request failed');
    reply.status(body.status);
    if (wantsHtml(request)) return reply.type('text/html; charset=utf-8').send(renderPage(body));
    return reply.type('application/json; charset=utf-8').send(body);
  };
}
