import type { Command } from 'commander';
import { openStore } from '../../store/index.js';
import { databasePath } from '../../store/location.js';
import { SitrepError } from '../../util/errors.js';
import { plural } from '../../util/text.js';
import { formatTable, printJson } from '../output.js';

export function register(program: Command): void {
  program
    .command('story')
    .description('one story: its headline, dates, outlets, articles and where each came from')
    .argument('<id>', 'story id (s_…)')
    .option('--db <path>', 'database file (default $SITREP_DB or ./sitrep.db)')
    .option('--json', 'print {"story", "articles"} as JSON')
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      const store = openStore(databasePath(flags.db), { readonly: true });
      try {
        const found = await store.story(id);
        if (!found) throw new SitrepError(`no story ${id} in ${store.path}`, 'E_NOT_FOUND');
        if (flags.json) {
          await printJson(found);
          return;
        }
        const { story, articles } = found;
        const lines = [
          story.headline,
          `${story.id}  ${story.first ?? '?'} – ${story.last ?? '?'}  ${plural(story.articles.length, 'article')}, ${story.independent} independent, outlets: ${story.outlets.join(', ')}`,
          '',
          formatTable(
            ['article', 'published', 'outlet', 'title', 'source'],
            articles.map((a) => [
              a.id,
              a.published ?? '?',
              a.outlet ?? '?',
              a.title,
              a.provenance.map((p) => `${p.file}:${p.startLine}-${p.endLine}`).join('; '),
            ]),
          ),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        store.close();
      }
    });
}
