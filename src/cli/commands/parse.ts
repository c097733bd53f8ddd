import type { Command } from 'commander';
import { INPUT_PATHS, parseSize, reportFileErrors } from '../inputs.js';
import { printArticleTable, printJson } from '../output.js';

export function register(program: Command): void {
  program
    .command('parse')
    .description('split digests into articles (title, outlet, date, byline, dateline, URL)')
    .argument('<paths...>', INPUT_PATHS)
    .option('--json', 'print the JSON contract instead of a table')
    .option('--max-size <size>', 'refuse files larger than this (e.g. 200MB)', '200MB')
    .action(async (paths: string[], options: { json?: boolean; maxSize: string }) => {
      const { readInputs } = await import('../../read/index.js');
      const result = await readInputs(paths, { maxBytes: parseSize(options.maxSize) });
      reportFileErrors(result);
      if (result.files.length === 0) return;
      if (options.json) {
        const { articles, dropped, warnings } = result;
        await printJson({ articles, dropped, warnings });
      } else {
        printArticleTable(result);
      }
    });
}
