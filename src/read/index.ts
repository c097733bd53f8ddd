// Entry point of the read stage: files and directories → articles. A file that cannot be read is
// reported and skipped; the other files in the same call are still read.
import { readFile as readBytes, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { ParseResult } from '../types.js';
import { describeError, SitrepError } from '../util/errors.js';
import { decodeBytes, normalizeText } from './decode.js';
import { readDigest } from './digest.js';
import { looksLikeFeed, looksLikeHtml, readFeedFile } from './feed.js';
import { readHtmlFile } from './html.js';
import { readJsonl } from './jsonl.js';

export interface ReadOptions {
  /** Files larger than this are refused (default 200 MB). */
  maxBytes?: number;
}

export interface FileError {
  file: string;
  message: string;
}

export interface ReadResult extends ParseResult {
  /** Files that could not be read at all, each with a one-line reason. */
  errors: FileError[];
  /** Files that were read. */
  files: string[];
}

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
/**
 * Extensions read when a directory is given. Markdown digests are read like plain-text ones; .json is
 * left out on purpose: a folder's truth or metadata files are not feeds (name a JSON Feed to read it).
 */
export const READABLE_EXTENSIONS = new Set([
  '.txt',
  '.md',
  '.markdown',
  '.jsonl',
  '.html',
  '.htm',
  '.xml',
  '.rss',
  '.atom',
]);

/** Reads every file named, and every readable file inside the directories named. */
export async function readInputs(paths: string[], options: ReadOptions = {}): Promise<ReadResult> {
  const { files, errors } = await expandInputs(paths);
  const result: ReadResult = { articles: [], dropped: [], warnings: [], errors, files: [] };
  for (const file of files) {
    try {
      const parsed = await readFile(file, options);
      // Appended one by one: spreading a file's 200,000 articles into push() overflows the stack.
      append(result.articles, parsed.articles);
      append(result.dropped, parsed.dropped);
      append(result.warnings, parsed.warnings);
      result.files.push(file);
    } catch (error) {
      result.errors.push({ file, message: describeError(error) });
    }
  }
  return result;
}

function append<T>(into: T[], items: T[]): void {
  for (const item of items) into.push(item);
}

/** Reads one file; throws SitrepError with a one-line message when it cannot. */
export async function readFile(file: string, options: ReadOptions = {}): Promise<ParseResult> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new SitrepError('no such file', 'E_NOT_FOUND');
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (info.size > max)
    throw new SitrepError(
      `file is ${formatBytes(info.size)}, over the ${formatBytes(max)} limit`,
      'E_TOO_LARGE',
    );
  if (info.size === 0) throw new SitrepError('empty file', 'E_EMPTY');
  const bytes = await readBytes(file);
  return parseBytes(bytes, file);
}

/**
 * Parses bytes already in memory (also used by the HTTP API for uploads). The format comes from the
 * extension, and for anything else from the content: a feed, an HTML page, or a plain-text digest.
 */
export function parseBytes(bytes: Uint8Array, file: string): ParseResult {
  const extension = extname(file).toLowerCase();
  if (extension === '.html' || extension === '.htm') return readHtmlFile(file, bytes);
  if (
    FEED_EXTENSIONS.has(extension) ||
    (extension !== '.jsonl' && (looksLikeFeed(bytes) || isJsonObject(bytes)))
  ) {
    return readFeedFile(file, bytes);
  }
  if (extension !== '.txt' && extension !== '.jsonl' && looksLikeHtml(bytes))
    return readHtmlFile(file, bytes);
  const text = normalizeText(decodeBytes(bytes).text);
  if (!text.trim()) throw new SitrepError('file holds only white space', 'E_EMPTY');
  if (extension === '.jsonl') return readJsonl(text, file);
  return readDigest(text, file, { fallbackDate: dateFromFileName(file) });
}

/** Named explicitly, a .json file is read as a JSON Feed (a directory's .json files are left alone). */
const FEED_EXTENSIONS = new Set(['.xml', '.rss', '.atom', '.json']);

/**
 * A file that is one JSON object is a JSON Feed or nothing sitrep reads: read as a feed, it is one
 * or a clear error, never a one-article digest made of braces. Only text that opens with "{" is parsed.
 */
function isJsonObject(bytes: Uint8Array): boolean {
  // Only a file whose first character is "{" is decoded and parsed: digests never are.
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 64)).replace(/^\ufeff/, '');
  if (!head.trimStart().startsWith('{')) return false;
  const text = decodeBytes(bytes).text.replace(/^\ufeff/, '');
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Every file named and every readable file under the directories named, in name order. */
export async function expandInputs(paths: string[]): Promise<{ files: string[]; errors: FileError[] }> {
  const files: string[] = [];
  const errors: FileError[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) errors.push({ file: path, message: 'no such file or directory' });
    else if (!info.isDirectory()) files.push(path);
    else {
      const found = await listReadable(path);
      if (found.length === 0) {
        errors.push({
          file: path,
          message: 'directory holds no digests, pages or feeds (.txt, .md, .jsonl, .html, .xml)',
        });
      }
      files.push(...found);
    }
  }
  return { files, errors };
}

async function listReadable(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) files.push(...(await listReadable(path)));
    else if (entry.isFile() && isReadableName(entry.name)) files.push(path);
  }
  return files;
}

/** A folder's notes about its own files (README.md, LICENSE.txt, CHANGELOG.md), by their usual stems. */
const FOLDER_NOTES = new Set([
  'readme',
  'license',
  'licence',
  'changelog',
  'changes',
  'contributing',
  'notice',
  'authors',
  'copying',
]);

/**
 * Whether a file found by walking a directory is input: a readable extension, not hidden, and not one
 * of the folder's notes, which read as a digest would become an article of the report (named on the
 * command line, such a file is still read).
 */
export function isReadableName(name: string): boolean {
  const extension = extname(name).toLowerCase();
  if (name.startsWith('.') || !READABLE_EXTENSIONS.has(extension)) return false;
  const stem = name.slice(0, name.indexOf('.'));
  return !FOLDER_NOTES.has(stem.toLowerCase()) && !(extension === '.md' && isCapitalsName(stem));
}

/**
 * A Markdown file named in capitals (TODO.md, FIRST-SIGHT.md) is a note about the folder, by the
 * same convention as README.md; a digest named in capitals (TASS.txt) is plain text.
 */
function isCapitalsName(stem: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(stem) && !/\p{Ll}/u.test(stem);
}

/** "digest-2023-10-04.txt" → "2023-10-04". */
export function dateFromFileName(file: string): string | null {
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(basename(file));
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
