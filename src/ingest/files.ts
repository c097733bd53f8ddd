// Input files for ingest: directories expanded in name order, each file read once, hashed (the
// hash is how a file ingested before is recognised) and parsed by the read stage.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_MAX_BYTES, parseBytes } from '../read/index.js';
import type { IngestFileInfo } from '../store/index.js';
import type { ParseResult } from '../types.js';
import { SitrepError } from '../util/errors.js';

export { expandInputs, type FileError } from '../read/index.js';

export interface InputFile {
  parse: ParseResult;
  info: IngestFileInfo;
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
