import type { Command } from 'commander';
import { openStore, type SearchResult } from '../../store/index.js';
import { databasePath } from '../../store/location.js';
import { SitrepError } from '../../util/errors.js';
import { plural } from '../../util/text.js';
import { printJson } from '../output.js';

/** The filters shared by search, articles and export. */
export interface FilterFlags {
  db?: string;
  outlet?: string;
  since?: string;
  until?: string;
}

export function addFilterOptions(command: Command): Command {
  return command
    .option('--db <path>', 'database file (default $SITREP_DB or ./sitrep.db)')
    .option('--outlet <name>', 'only this outlet (any case)')
    .option('--since <date>', 'published on or after this day (YYYY-MM-DD)')
    .option('--until <date>', 'published on or before this day (YYYY-MM-DD)');
}

export function parseLimit(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new SitrepError(`--limit wants a positive whole number, got "${text}"`, 'E_BAD_ARGUMENT');
  return value;
}

export function register(program: Command): void {
  addFilterOptions(
    program
      .command('search')
      .description(
        'full-text search ranked by relevance, grouped by story ("phrases", prefix*, -exclude, OR)',
      )
      .argument('<query...>', 'words to look for'),
  )
    .option('--limit <n>', 'at most this many articles', '20')
    .option('--json', 'print the result as JSON')
    .action(async (words: string[], flags: FilterFlags & { limit: string; json?: boolean }) => {
      const store = openStore(databasePath(flags.db), { readonly: true });
      try {
        const highlight: [string, string] = flags.json
          ? ['<mark>', '</mark>']
          : process.stdout.isTTY
            ? ['\u001b[1;33m', '\u001b[0m']
            : ['[', ']'];
        const { db: _db, json: _json, limit, ...filter } = flags;
        const result = await store.search(words.join(' '), {
          ...filter,
          limit: parseLimit(limit),
          highlight,
        });
        if (flags.json) await printJson(result);
        else process.stdout.write(formatResult(result));
      } finally {
        store.close();
      }
    });
}

function formatResult(result: SearchResult): string {
  if (result.hits.length === 0) return `no article matches ${result.query}\n`;
  const lines: string[] = [];
  for (const group of result.groups) {
    lines.push(group.story ? `▸ ${group.headline ?? ''} (${group.story})` : '▸ (no story)');
    for (const hit of group.hits) {
      lines.push(`  ${hit.published ?? '----------'}  ${hit.outlet ?? '?'}  ${hit.title}  [${hit.article}]`);
      lines.push(`      ${hit.snippet.replace(/\s+/g, ' ')}`);
    }
    lines.push('');
  }
  lines.push(`${plural(result.hits.length, 'article')} in ${plural(result.groups.length, 'group')}`);
  return `${lines.join('\n')}\n`;
}
