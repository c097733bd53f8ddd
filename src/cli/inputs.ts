// Input handling shared by every command that reads files.
import type { ReadResult } from '../read/index.js';
import { SitrepError } from '../util/errors.js';
import { warn } from './output.js';

/** What the commands that read files accept, for their help. */
export const INPUT_PATHS =
  'digests (.txt, .md), web pages (.html), feeds (.xml, .rss, .atom, .json), .jsonl exports, or directories of them';

/**
 * Prints one line per unreadable file. The exit code is 2 when nothing at all could be read and 1 when
 * some files could not: the others are still processed and printed, and a script still notices.
 */
export function reportFileErrors(result: ReadResult): void {
  for (const error of result.errors) warn(`${error.file}: ${error.message}`);
  if (result.files.length === 0) process.exitCode = 2;
  else if (result.errors.length > 0) process.exitCode = 1;
}

/** "200MB", "5 kb", "1024" → bytes. */
export function parseSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(text);
  if (!m) throw new SitrepError(`not a size: "${text}" (try 200MB)`, 'E_BAD_ARGUMENT');
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * factor);
}
