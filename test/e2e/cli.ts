// Runs the sitrep CLI as a user would, in a child process, for the end-to-end tests.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../eval/shared.js';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
const main = join(repoRoot, 'src', 'cli', 'main.ts');

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const run = spawnSync(tsx, [main, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** No stack trace reached the user: no "at file:line" frames and no "Error:" dumps. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+:\d+:\d+\)?/.test(text) || /^\w*Error: /m.test(text);
}
