// Command-line and config values for fetching: durations ("15m"), sizes, and the client options
// they map onto. Shared by `sitrep fetch` and `sitrep watch`.
import { SitrepError } from '../util/errors.js';
import { wordTable } from '../util/word-table.js';
import type { FetchOptions } from './client.js';

const UNITS: Record<string, number> = wordTable({ ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 });

/** "15m" → 900000; "30s", "2h", "500ms", "1d"; a bare number is seconds. */
export function parseDuration(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(text);
  if (!match) throw new SitrepError(`not a duration: "${text}" (use e.g. 30s, 15m, 2h)`, 'E_BAD_ARGUMENT');
  return Math.round(Number(match[1]) * UNITS[(match[2] ?? 's').toLowerCase()]!);
}

export interface FetchFlags {
  allowPrivate?: boolean;
  userAgent?: string;
  delay?: string;
  timeout?: string;
  maxBytes?: string;
  ignoreRobots?: boolean;
}

/** Client options from flags; anything not given keeps the polite defaults. */
export function fetchOptionsFrom(flags: FetchFlags): Partial<FetchOptions> {
  const options: Partial<FetchOptions> = {};
  if (flags.allowPrivate) options.allowPrivate = true;
  if (flags.userAgent) options.userAgent = flags.userAgent;
  if (flags.delay) options.perHostDelayMs = parseDuration(flags.delay);
  if (flags.timeout) options.readTimeoutMs = parseDuration(flags.timeout);
  if (flags.maxBytes) options.maxBytes = parseByteSize(flags.maxBytes);
  if (flags.ignoreRobots) options.respectRobots = false;
  return options;
}

function parseByteSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(text);
  if (!match) throw new SitrepError(`not a size: "${text}" (use e.g. 5MB)`, 'E_BAD_ARGUMENT');
  const factor = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(match[2] ?? 'b').toLowerCase() as 'b'];
  return Math.round(Number(match[1]) * factor);
}

/** Feed URLs from a file: one per line, blank lines and # comments ignored. */
export function parseFeedList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
}
