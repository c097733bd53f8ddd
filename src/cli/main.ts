#!/usr/bin/env node
// The `sitrep` command. Each sub-command lives in commands/<name>.ts and registers itself here;
// the order below is the order `sitrep --help` lists them in. A command imports the stages it runs
// (the NLP model, the HTML reader, the server) inside its action, so that `--help`, `search` or
// `stats` start in a tenth of a second instead of loading every stage.
import cluster from 'node:cluster';
import { Command } from 'commander';
import { describeError } from '../util/errors.js';
import * as analyze from './commands/analyze.js';
import * as articles from './commands/articles.js';
import * as diff from './commands/diff.js';
import * as exportCommand from './commands/export.js';
import * as extract from './commands/extract.js';
import * as fetchCommand from './commands/fetch.js';
import * as ingest from './commands/ingest.js';
import * as parse from './commands/parse.js';
import * as report from './commands/report.js';
import * as search from './commands/search.js';
import * as serve from './commands/serve.js';
import * as stats from './commands/stats.js';
import * as stories from './commands/stories.js';
import * as story from './commands/story.js';
import * as watch from './commands/watch.js';

const commands = [
  parse,
  extract,
  analyze,
  report,
  ingest,
  search,
  stories,
  story,
  diff,
  articles,
  stats,
  exportCommand,
  fetchCommand,
  watch,
  serve,
];

export function buildProgram(): Command {
  const program = new Command('sitrep')
    .description('Turn a flood of crisis news into a situation picture an analyst can trust')
    .version('0.1.0')
    .showHelpAfterError();
  for (const command of commands) command.register(program);
  return program;
}

async function main(): Promise<void> {
  // `sitrep parse … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    process.stderr.write(`sitrep: ${describeError(error)}\n`);
    process.exitCode = 2;
    // A server worker's channel to its primary would keep it alive: a worker that failed must go.
    if (cluster.isWorker) process.exit(2);
  }
}

await main();
