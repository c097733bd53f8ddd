// Input files for ingest: directories expanded in name order, each file read once, hashed (the
// hash is how a file ingested before is recognised) and parsed by the read stage.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { DEFAULT_MAX_BYTES, parseBytes, READABLE_EXTENSIONS } from '../read/index.js';
import type { IngestFileInfo } from '../store/index.js';
import type { ParseResult } from '../types.js';
import { SitrepError } from '../util/errors.js';

export interface FileError {
  file: string;
  message: string;
}

export interface InputFile {
  parse: ParseResult;
  info: IngestFileInfo;
}

/** Every file named and every readable file under the directories named, in order. */
export async function expandInputs(paths: string[]): Promise<{ files: string[]; errors: FileError[] }> {
  const files: string[] = [];
  const errors: FileError[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) errors.push({ file: path, message: 'no such file or directory' });
    else if (!info.isDirectory()) files.push(path);
    else {
      const found = await listReadable(path);
      if (found.length === 0) errors.push({ file: path, message: 'directory holds no .txt or .jsonl files' });
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
    else if (entry.isFile() && READABLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

/** The SHA-256 of some bytes, as the store keys files by it. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads, hashes and parses one file; throws a one-line SitrepError when it cannot be read. */
export async function readInputFile(
  path: string,
  ingestedAt: string,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<InputFile> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new SitrepError('no such file', 'E_NOT_FOUND');
  if (info.size > maxBytes) throw new SitrepError(`file is over the ${maxBytes}-byte limit`, 'E_TOO_LARGE');
  if (info.size === 0) throw new SitrepError('empty file', 'E_EMPTY');
  const bytes = await readFile(path);
  return {
    parse: parseBytes(bytes, path),
    info: { path, sha256: sha256(bytes), size: bytes.length, ingestedAt },
  };
}
