import type { Command } from 'commander';
import {
  EXPORT_FORMATS,
  EXPORT_KINDS,
  type ExportFormat,
  type ExportKind,
  exportTable,
  formatTable,
} from '../../store/export.js';
import { openStore } from '../../store/index.js';
import { databasePath } from '../../store/location.js';
import { SitrepError } from '../../util/errors.js';
import { writeOutput } from '../output.js';
import { addFilterOptions, type FilterFlags } from './search.js';

interface ExportFlags extends FilterFlags {
  what: string;
  format: string;
  query?: string;
  out?: string;
}

export function register(program: Command): void {
  addFilterOptions(
    program
      .command('export')
      .description('write the filtered articles, stories, figures, quotes or timeline with their provenance'),
  )
    .option('--what <kind>', EXPORT_KINDS.join('|'), 'articles')
    .option('--format <format>', EXPORT_FORMATS.join('|'), 'csv')
    .option('--query <words>', 'only articles matching this search')
    .option('--out <file>', 'write here instead of stdout')
    .action(async (flags: ExportFlags) => {
      const kind = oneOf(flags.what, EXPORT_KINDS, '--what') as ExportKind;
      const format = oneOf(flags.format, EXPORT_FORMATS, '--format') as ExportFormat;
      const { db, what: _what, format: _format, out, ...filter } = flags;
      const store = openStore(databasePath(db), { readonly: true });
      try {
        await writeOutput(formatTable(await exportTable(store, kind, filter), format), out);
      } finally {
        store.close();
      }
    });
}

function oneOf(value: string, allowed: readonly string[], flag: string): string {
  if (!allowed.includes(value))
    throw new SitrepError(`${flag} wants one of ${allowed.join(', ')}, got "${value}"`, 'E_BAD_ARGUMENT');
  return value;
}
