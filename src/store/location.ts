// Where the database lives when the command line does not say: $SITREP_DB, else ./sitrep.db.
import { SitrepError } from '../util/errors.js';

export const DEFAULT_DB = 'sitrep.db';

export function databasePath(option?: string): string {
  const path = option ?? process.env.SITREP_DB ?? DEFAULT_DB;
  if (!path.trim()) throw new SitrepError('--db needs a file name', 'E_BAD_ARGUMENT');
  return path;
}
