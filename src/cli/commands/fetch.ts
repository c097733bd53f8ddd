import type { Command } from 'commander';
import { FetchClient } from '../../fetch/client.js';
import { type FetchFlags, fetchOptionsFrom } from '../../fetch/options.js';
import { storeFetched } from '../../fetch/store.js';
import { describeError, SitrepError } from '../../util/errors.js';
import { printArticleTable, printJson, warn } from '../output.js';

interface Flags extends FetchFlags {
  json?: boolean;
  db?: string;
  maxItems: string;
}

export function register(program: Command): void {
  program
    .command('fetch')
    .description('fetch article pages or feeds (politely) and read their articles')
    .argument('<urls...>', 'article page or feed URLs (http/https)')
    .option('--json', 'print the JSON contract instead of a table')
    .option('--db <path>', 'also store the articles in this database')
    .option('--max-items <n>', 'feed items to fetch per feed', '20')
    .option('--allow-private', 'allow requests to private and loopback addresses')
    .option('--user-agent <ua>', 'User-Agent header (default names sitrep and its homepage)')
    .option('--delay <duration>', 'minimum delay between requests to one host', '2s')
    .option('--timeout <duration>', 'longest silence from a server before giving up', '20s')
    .option('--max-bytes <size>', 'largest body accepted', '5MB')
    .action(async (urls: string[], flags: Flags) => {
      const { emptyResult, fetchUrl, mergeInto } = await import('../../fetch/page.js');
      const client = new FetchClient(fetchOptionsFrom(flags));
      const result = emptyResult();
      let failed = 0;
      for (const url of urls) {
        try {
          mergeInto(result, await fetchUrl(client, url, Number(flags.maxItems) || 20));
        } catch (error) {
          failed++;
          result.warnings.push({ file: url, line: 1, message: describeError(error) });
        }
      }
      if (failed === urls.length) {
        for (const w of result.warnings) warn(`${w.file}: ${w.message}`);
        throw new SitrepError(`nothing fetched (${failed} of ${urls.length} URLs failed)`, 'E_FETCH');
      }
      if (flags.db) {
        const added = await storeFetched(flags.db, result, `fetch ${urls.join(' ')}`, new Date());
        if (!flags.json) process.stdout.write(`${added} new articles stored in ${flags.db}\n`);
      }
      if (flags.json) {
        await printJson(result);
        return;
      }
      printArticleTable(result, 'boilerplate line');
    });
}
