// Who may write, and what a page may load. Writes (ingest) need the API token, sent as
// `Authorization: Bearer TOKEN`; the Add-news form carries a per-process form token instead, which
// only a page served by this process can read (no CORS), so another site cannot post for the user.
// Every response gets a strict Content-Security-Policy: scripts and styles only as files from here.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SitrepError } from '../util/errors.js';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export interface TokenSource {
  token: string;
  /** Where it came from; "created" means it was just generated and should be shown once. */
  origin: 'environment' | 'file' | 'created';
  file: string | null;
}

/** The API token: $SITREP_TOKEN, else the file beside the database, else a new one written there. */
export function loadOrCreateToken(dbPath: string, env: NodeJS.ProcessEnv = process.env): TokenSource {
  const fromEnv = env.SITREP_TOKEN?.trim();
  if (fromEnv) return { token: fromEnv, origin: 'environment', file: null };
  const file = `${dbPath}.token`;
  if (existsSync(file)) {
    const token = readFileSync(file, 'utf8').trim();
    if (token) return { token, origin: 'file', file };
  }
  const token = newToken();
  try {
    writeFileSync(file, `${token}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
  } catch {
    throw new SitrepError(`cannot write the token file ${file}; set SITREP_TOKEN instead`, 'E_READ_ONLY');
  }
  return { token, origin: 'created', file };
}

/** Constant-time comparison, so the token cannot be guessed byte by byte from response times. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token in an `Authorization: Bearer …` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * On a loopback server, only loopback Host headers are answered: a web page on another name that
 * resolves to 127.0.0.1 (DNS rebinding) must not be able to read the API as if it were local.
 */
export function allowedHost(host: string | undefined, loopbackOnly: boolean): boolean {
  if (!loopbackOnly) return true;
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
  return LOOPBACK_NAMES.has(name.toLowerCase());
}

export function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost' || host.startsWith('127.');
}
