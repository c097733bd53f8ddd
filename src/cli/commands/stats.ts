import type { Command } from 'commander';
import { openStore } from '../../store/index.js';
import { databasePath } from '../../store/location.js';
import { formatTable, printJson } from '../output.js';

export function register(program: Command): void {
  program
    .command('stats')
    .description('what the database holds: counts, date range, outlets, size')
    .option('--db <path>', 'database file (default $SITREP_DB or ./sitrep.db)')
    .option('--json', 'print the numbers as JSON')
    .action(async (flags: { db?: string; json?: boolean }) => {
      const store = openStore(databasePath(flags.db), { readonly: true });
      try {
        const stats = await store.stats();
        if (flags.json) {
          await printJson(stats);
          return;
        }
        const { outlets, ...numbers } = stats;
        const rows = Object.entries(numbers).map(([name, value]) =>
          name === 'bytes'
            ? ['size', `${(Number(value) / 1024 / 1024).toFixed(2)} MB`]
            : [name, String(value ?? '–')],
        );
        process.stdout.write(`${formatTable(['database', store.path], rows)}\n\n`);
        process.stdout.write(
          `${formatTable(
            ['outlet', 'articles'],
            outlets.map((o) => [o.outlet, o.articles]),
          )}\n`,
        );
      } finally {
        store.close();
      }
    });
}
