// `sitrep serve` as a user runs it: a new token printed and saved beside the database, the API up
// on loopback, ingest refused without the token and accepted with it, a clean exit on SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../eval/shared.js';

function start(db: string): Promise<{ child: ChildProcess; output: string[]; base: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'src/cli/main.ts'), 'serve', '--db', db, '--port', '0'],
    {
      cwd: repoRoot,
      env: { ...process.env, SITREP_TOKEN: '' },
    },
  );
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output.push(...String(chunk).split('\n').filter(Boolean));
      const served = output.map((line) => / at (http:\/\/127\.0\.0\.1:\d+) /.exec(line)).find(Boolean);
      if (served && output.some((line) => line.includes('token')))
        resolve({ child, output, base: served[1]! });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output.join('\n')}`)));
  });
}

describe('sitrep serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a new token, serves the API and needs the token to ingest', async () => {
    const db = join(dir, 'news.db');
    const { child, output, base } = await start(db);
    try {
      const token = readFileSync(`${db}.token`, 'utf8').trim();
      expect(output.join('\n')).toContain(token);
      expect((await fetch(`${base}/api/stats`)).status).toBe(200);
      const digest = readFileSync(join(repoRoot, 'fixtures/server/digest-2024-03-12.txt'));
      const post = (headers: Record<string, string>) =>
        fetch(`${base}/api/ingest?name=digest-2024-03-12.txt`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain', ...headers },
          body: digest,
        });
      expect((await post({})).status).toBe(401);
      const stored = await post({ authorization: `Bearer ${token}` });
      expect(stored.status).toBe(201);
      expect(((await stored.json()) as { outcome: { added: number } }).outcome.added).toBe(3);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  it('refuses a bad port with one line and exit code 2', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(repoRoot, 'src/cli/main.ts'), 'serve', '--port', 'http'],
      {
        cwd: repoRoot,
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += String(chunk);
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual(['sitrep: --port wants a number from 0 to 65535, got "http"']);
  });
});
