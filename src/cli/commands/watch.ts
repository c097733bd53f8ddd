import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { FetchClient } from '../../fetch/client.js';
import { type FetchFlags, fetchOptionsFrom, parseDuration, parseFeedList } from '../../fetch/options.js';
import { WatchState } from '../../fetch/state.js';
import { storeFetched } from '../../fetch/store.js';
import type { PollReport } from '../../fetch/watcher.js';
import { SitrepError } from '../../util/errors.js';
import { warn } from '../output.js';

interface Flags extends FetchFlags {
  feeds: string;
  every: string;
  state?: string;
  db?: string;
  polls?: string;
  once?: boolean;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('watch')
    .description('poll feeds, fetch new items once, and store their articles')
    .requiredOption('--feeds <file>', 'file with one feed URL per line (# comments allowed)')
    .option('--every <duration>', 'time between polls', '15m')
    .option(
      '--state <path>',
      'where seen items and feed validators are kept (default: beside --db, else ./sitrep-watch.json)',
    )
    .option('--db <path>', 'store articles in this database')
    .option('--polls <n>', 'stop after n polls')
    .option('--once', 'poll once and exit (same as --polls 1)')
    .option('--json', 'print each poll as one line of JSON')
    .option('--allow-private', 'allow requests to private and loopback addresses')
    .option('--user-agent <ua>', 'User-Agent header')
    .option('--delay <duration>', 'minimum delay between requests to one host', '2s')
    .option('--timeout <duration>', 'longest silence from a server before giving up', '20s')
    .option('--max-bytes <size>', 'largest body accepted', '5MB')
    .action(async (flags: Flags) => {
      const feeds = readFeeds(flags.feeds);
      const every = parseDuration(flags.every);
      const polls = flags.once ? 1 : flags.polls ? Number(flags.polls) : undefined;
      const state = new WatchState(
        flags.state ?? (flags.db ? `${flags.db}.watch.json` : 'sitrep-watch.json'),
      );
      const client = new FetchClient(fetchOptionsFrom(flags));
      const { Watcher } = await import('../../fetch/watcher.js');
      const watcher = new Watcher({ client, state, onPoll: (report) => reportPoll(report, flags) });
      // Ctrl-C ends the process as usual: the state file is written after every poll, so at most
      // the items of the poll in flight are fetched again next time.
      await watcher.run(feeds, every, polls);
    });
}

function readFeeds(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new SitrepError(`${path}: cannot read the feed list`, 'E_NOT_FOUND');
  }
  const feeds = parseFeedList(text);
  if (feeds.length === 0) throw new SitrepError(`${path}: no feed URLs in the file`, 'E_NO_INPUT');
  return feeds;
}

async function reportPoll(report: PollReport, flags: Flags): Promise<void> {
  const now = new Date();
  const stored = flags.db ? await storeFetched(flags.db, report, `watch ${now.toISOString()}`, now) : 0;
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  const failed = report.feeds.filter((f) => f.status === 'failed');
  const fresh = report.feeds.reduce((n, f) => n + f.newItems, 0);
  process.stdout.write(
    `${now.toISOString()}  ${report.feeds.length} feeds, ${fresh} new items, ${report.articles.length} articles${flags.db ? `, ${stored} stored` : ''}, ${failed.length} failed\n`,
  );
  for (const feed of failed) warn(`${feed.feed}: ${feed.error} (next try ${feed.retryAt})`);
}
