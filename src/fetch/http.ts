// One GET with every safety limit a crawler needs, on node:http(s): only http(s), no private
// addresses unless allowed (checked on the address actually connected to, so DNS tricks do not
// help), connect / idle / total timeouts, a body limit counted after decompression, and redirects
// followed by hand so that each hop is checked again.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { isPrivateAddress } from './address.js';
import { FetchError } from './errors.js';

export interface HttpLimits {
  userAgent: string;
  connectTimeoutMs: number;
  /** Longest silence while waiting for headers or body bytes. */
  readTimeoutMs: number;
  /** Longest whole request, so a server dribbling one byte a second cannot hold us. */
  totalTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  allowPrivate: boolean;
}

export interface HttpRequest {
  url: string;
  headers?: Record<string, string>;
  /** Called before every hop (the first request and each redirect): politeness and robots live here. */
  beforeHop?: (url: URL) => Promise<void>;
}

export interface HttpResponse {
  /** The URL after redirects. */
  url: string;
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** GET with redirects. Resolves for 2xx and 304; throws FetchError for everything else. */
export async function httpGet(request: HttpRequest, limits: HttpLimits): Promise<HttpResponse> {
  const visited = new Set<string>();
  let url = checkUrl(request.url);
  for (let hop = 0; ; hop++) {
    if (visited.has(url.href)) throw new FetchError(`redirect loop at ${url.href}`, null, false);
    visited.add(url.href);
    await request.beforeHop?.(url);
    const response = await singleGet(url, request.headers ?? {}, limits);
    if (!REDIRECTS.has(response.status)) return response;
    const location = response.headers.location;
    if (!location)
      throw new FetchError(
        `HTTP ${response.status} without Location from ${url.href}`,
        response.status,
        false,
      );
    if (hop >= limits.maxRedirects) {
      throw new FetchError(
        `more than ${limits.maxRedirects} redirects from ${request.url}`,
        response.status,
        false,
      );
    }
    url = checkUrl(new URL(location, url).href);
  }
}

/** Only http(s) URLs with a host; literal private IPs refused here, resolved ones in the lookup. */
export function checkUrl(raw: string, allowPrivate = true): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError(`not a URL: ${raw}`, null, false);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(`only http and https URLs are fetched, not ${url.protocol} (${raw})`, null, false);
  }
  if (!allowPrivate && isPrivateAddress(url.hostname.replace(/^\[|\]$/g, ''))) {
    throw new FetchError(`refusing private address ${url.hostname} (allowPrivate is off)`, null, false);
  }
  return url;
}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      const list = addresses ?? [];
      const blocked = !allowPrivate && list.some((entry) => isPrivateAddress(entry.address));
      if (blocked || list.length === 0) {
        const refusal = new FetchError(
          `refusing private address for ${hostname} (allowPrivate is off)`,
          null,
          false,
        );
        return callback(refusal, '', 4);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

function singleGet(url: URL, headers: Record<string, string>, limits: HttpLimits): Promise<HttpResponse> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !limits.allowPrivate && isPrivateAddress(host)) {
    return Promise.reject(
      new FetchError(`refusing private address ${host} (allowPrivate is off)`, null, false),
    );
  }
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, {
      method: 'GET',
      headers: { 'user-agent': limits.userAgent, 'accept-encoding': 'gzip, deflate, br', ...headers },
      lookup: guardedLookup(limits.allowPrivate),
    });
    const fail = (error: Error) => {
      clearTimeout(total);
      release();
      req.destroy();
      reject(error instanceof FetchError ? error : new FetchError(`${url.href}: ${error.message}`));
    };
    const total = setTimeout(
      () => fail(new FetchError(`timed out after ${limits.totalTimeoutMs} ms: ${url.href}`)),
      limits.totalTimeoutMs,
    );
    // Keep-alive sockets are reused across requests, so every listener added here is removed again.
    let release = () => {};
    req.on('socket', (socket) => {
      const connect = setTimeout(
        () => fail(new FetchError(`connect timeout after ${limits.connectTimeoutMs} ms: ${url.href}`)),
        limits.connectTimeoutMs,
      );
      const connected = () => clearTimeout(connect);
      const idle = () => fail(new FetchError(`no data for ${limits.readTimeoutMs} ms: ${url.href}`));
      if (!socket.connecting) connected();
      socket.once('connect', connected);
      socket.setTimeout(limits.readTimeoutMs);
      socket.on('timeout', idle);
      release = () => {
        connected();
        socket.removeListener('connect', connected);
        socket.removeListener('timeout', idle);
        socket.setTimeout(0);
      };
    });
    req.on('error', fail);
    req.on('response', (res) => {
      readBody(res, url, limits).then((response) => {
        clearTimeout(total);
        release();
        if (response.status >= 400) {
          const retryable = response.status >= 500 || response.status === 429 || response.status === 408;
          reject(new FetchError(`HTTP ${response.status} for ${url.href}`, response.status, retryable));
        } else resolve(response);
      }, fail);
    });
    req.end();
  });
}

function readBody(res: IncomingMessage, url: URL, limits: HttpLimits): Promise<HttpResponse> {
  const status = res.statusCode ?? 0;
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(res.headers)) {
    if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  const empty = { url: url.href, status, headers, body: new Uint8Array() };
  if (REDIRECTS.has(status) || status === 304 || status >= 400) {
    res.resume();
    return Promise.resolve(empty);
  }
  const declared = Number(headers['content-length'] ?? Number.NaN);
  if (declared > limits.maxBytes) {
    res.destroy();
    return Promise.reject(tooLarge(url, limits));
  }
  return new Promise((resolve, reject) => {
    const stream = decompress(res, headers['content-encoding']);
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBytes) {
        res.destroy();
        stream.destroy();
        reject(tooLarge(url, limits));
      } else chunks.push(chunk);
    });
    stream.on('end', () => resolve({ ...empty, body: new Uint8Array(Buffer.concat(chunks)) }));
    stream.on('error', (error) => reject(new FetchError(`${url.href}: ${error.message}`)));
    res.on('error', (error) => reject(new FetchError(`${url.href}: ${error.message}`)));
  });
}

function decompress(
  res: IncomingMessage,
  encoding: string | undefined,
): NodeJS.ReadableStream & IncomingMessage {
  const name = (encoding ?? '').trim().toLowerCase();
  const inflater =
    name === 'gzip'
      ? createGunzip()
      : name === 'deflate'
        ? createInflate()
        : name === 'br'
          ? createBrotliDecompress()
          : null;
  return (inflater ? res.pipe(inflater) : res) as NodeJS.ReadableStream & IncomingMessage;
}

function tooLarge(url: URL, limits: HttpLimits): FetchError {
  return new FetchError(`body larger than ${limits.maxBytes} bytes: ${url.href}`, null, false, 'E_TOO_LARGE');
}
