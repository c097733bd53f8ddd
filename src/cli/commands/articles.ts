import type { Command } from 'commander';
import { openStore } from '../../store/index.js';
import { databasePath } from '../../store/location.js';
import { plural } from '../../util/text.js';
import { formatTable, printJson } from '../output.js';
import { addFilterOptions, type FilterFlags } from './search.js';

export function register(program: Command): void {
  addFilterOptions(
    program.command('articles').description('stored articles, oldest first, with where they came from'),
  )
    .option('--day <date>', 'only articles published that day (YYYY-MM-DD)')
    .option('--json', 'print {"articles": [...]} with provenance')
    .action(async (flags: FilterFlags & { day?: string; json?: boolean }) => {
      const { db, json, ...filter } = flags;
      const store = openStore(databasePath(db), { readonly: true });
      try {
        const articles = await store.articles(filter);
        if (json) {
          await printJson({ articles });
          return;
        }
        const rows = articles.map((a) => [a.id, a.published ?? '?', a.outlet ?? '?', a.story ?? '', a.title]);
        process.stdout.write(`${formatTable(['article', 'published', 'outlet', 'story', 'title'], rows)}\n`);
        process.stdout.write(`\n${plural(articles.length, 'article')}\n`);
      } finally {
        store.close();
      }
    });
}
