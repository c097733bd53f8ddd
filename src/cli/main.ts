#!/usr/bin/env node
// The `sitrep` command. Each sub-command lives in commands/<name>.ts and registers itself here;
// the order below is the order `sitrep --help` lists them in.
import { Command } from 'commander';
import { describeError } from '../util/errors.js';
import * as parse from './commands/parse.js';

const commands = [parse];

export function buildProgram(): Command {
  const program = new Command('sitrep')
    .description('Turn a flood of crisis news into a situation picture an analyst can trust')
    .version('0.1.0')
    .showHelpAfterError();
  for (const command of commands) command.register(program);
  return program;
}

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    process.stderr.write(`sitrep: ${describeError(error)}\n`);
    process.exitCode = 2;
  }
}

await main();
