import type { Command } from 'commander';
import { openStore } from '../../store/index.js';
import { databasePath } from '../../store/location.js';
import { plural } from '../../util/text.js';
import { formatTable, printJson } from '../output.js';

export function register(program: Command): void {
  program
    .command('stories')
    .description('stories in the database (those active on a day with --day), newest first')
    .option('--db <path>', 'database file (default $SITREP_DB or ./sitrep.db)')
    .option('--day <date>', 'only stories with an article published that day (YYYY-MM-DD)')
    .option('--json', 'print {"stories": [...]} in the analyze contract')
    .action(async (flags: { db?: string; day?: string; json?: boolean }) => {
      const store = openStore(databasePath(flags.db), { readonly: true });
      try {
        const stories = await store.stories(flags.day ? { day: flags.day } : {});
        if (flags.json) {
          await printJson({ stories });
          return;
        }
        const rows = stories.map((s) => [
          s.id,
          s.first ?? '?',
          s.last ?? '?',
          s.articles.length,
          s.outlets.length,
          s.headline,
        ]);
        process.stdout.write(
          `${formatTable(['story', 'first', 'last', 'articles', 'outlets', 'headline'], rows)}\n`,
        );
        process.stdout.write(`\n${plural(stories.length, 'story')}\n`);
      } finally {
        store.close();
      }
    });
}
