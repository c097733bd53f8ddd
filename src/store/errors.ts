// Turns SQLite's failures into one-line SitrepErrors that say what happened to which database and
// that nothing was lost: SQLite rolls the transaction back before we report.
import { SitrepError } from '../util/errors.js';

interface SqliteFailure {
  code?: string;
  message?: string;
}

/** A SitrepError for a failure while `doing` something with the database at `path`. */
export function storeError(error: unknown, path: string, doing: string): Error {
  if (error instanceof SitrepError) return error;
  const code = String((error as SqliteFailure)?.code ?? '');
  const detail = String((error as SqliteFailure)?.message ?? error).split('\n')[0];
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
    return new SitrepError(
      `${path}: not a usable sitrep database (${detail}); it was left untouched`,
      'E_BAD_DATABASE',
    );
  if (code === 'SQLITE_FULL')
    return new SitrepError(`${path}: disk full while ${doing}; that change was rolled back`, 'E_DISK_FULL');
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM')
    return new SitrepError(`${path}: cannot write here while ${doing} (${detail})`, 'E_READ_ONLY');
  if (code.startsWith('SQLITE_BUSY'))
    return new SitrepError(
      `${path}: database stayed locked by another process while ${doing}`,
      'E_READ_ONLY',
    );
  if (code.startsWith('SQLITE_IOERR'))
    return new SitrepError(`${path}: input/output error while ${doing} (${detail})`, 'E_BAD_DATABASE');
  if (error instanceof Error) return error;
  return new Error(String(error));
}
