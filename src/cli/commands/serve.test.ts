// `sitrep serve` as a user runs it: a new token printed and saved beside the database, the API up
// on loopback, ingest refused without the token and accepted with it, a clean exit on SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../eval/shared.js';

function start(
  db: string,
  ...extra: string[]
): Promise<{ child: ChildProcess; output: string[]; base: string }> {
  const args = [
    '--import',
    'tsx',
    join(repoRoot, 'src/cli/main.ts'),
    'serve',
    '--db',
    db,
    '--port',
    '0',
    ...extra,
  ];
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, SITREP_TOKEN: '' } });
  const output: string[] = [];
  let text = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      // Chunks may end mid-line: keep the text whole and split it again each time.
      text += String(chunk);
      output.splice(0, output.length, ...text.split('\n').filter(Boolean));
      const served = / at (http:\/\/127\.0\.0\.1:\d+) /.exec(text);
      if (served && text.includes('token')) resolve({ child, output, base: served[1]! });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output.join('\n')}`)));
  });
}

/** A GET on a new connection (no keep-alive), so that a cluster may answer from another worker. */
function fetchFresh(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => {
        body += String(chunk);
      });
      response.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

function formToken(page: string): string {
  return /name="token" value="([^"]+)"/.exec(page)?.[1] ?? '';
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

  it('runs workers that share the port, the token and the form token', async () => {
    const db = join(dir, 'workers.db');
    const { child, output, base } = await start(db, '--workers', '2');
    try {
      expect(output.join('\n')).toContain('with 2 workers');
      // Fresh connections are dealt round-robin to the workers: every page must carry the same token.
      const tokens = new Set<string>();
      for (let i = 0; i < 6; i++) tokens.add(formToken(await fetchFresh(`${base}/add`)));
      expect(tokens.size).toBe(1);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('refuses a bad port with one line and exit code 2', async () => {
    const { code, stderr } = await failingServe(['--port', 'http']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual(['sitrep: --port wants a number from 0 to 65535, got "http"']);
  });

  it('stops with exit code 2 when its workers cannot listen, instead of restarting them', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = String((taken.address() as AddressInfo).port);
    try {
      const db = join(dir, 'taken.db');
      const { code, stderr } = await failingServe(['--db', db, '--port', port, '--workers', '2']);
      expect(code).toBe(2);
      expect(stderr).toContain('EADDRINUSE');
      expect(stderr).not.toContain('starting another');
    } finally {
      taken.close();
    }
  });
});

/** Runs `sitrep serve` with these flags until it exits on its own. */
async function failingServe(flags: string[]): Promise<{ code: unknown; stderr: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'src/cli/main.ts'), 'serve', ...flags],
    {
      cwd: repoRoot,
      env: { ...process.env, SITREP_TOKEN: '' },
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += String(chunk);
  });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  return { code, stderr };
}
