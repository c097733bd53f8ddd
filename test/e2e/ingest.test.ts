// End-to-end checks of `sitrep ingest`: one digest at a time equals `analyze` on all at once; a run
// killed with SIGKILL leaves whole files only and a re-run ends exactly where an uninterrupted run
// does; two ingests at once neither corrupt nor duplicate anything.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../eval/shared.js';
import { ingestPaths } from '../../src/ingest/index.js';
import { pipelineStages } from '../../src/ingest/pipeline-stages.js';
import { writeDigests } from '../../src/ingest/synthetic.js';
import { analyze } from '../../src/pipeline.js';
import { readInputs } from '../../src/read/index.js';
import { openStore } from '../../src/store/index.js';
import type { Duplicate, Story } from '../../src/types.js';

let dir: string;
let digests: string;
let reference: string;
const stages = pipelineStages();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-e2e-ingest-'));
  digests = join(dir, 'digests');
  writeDigests(digests, 24, 10, 3);
  // The uninterrupted run every other run is compared with.
  reference = join(dir, 'reference.db');
  const store = openStore(reference);
  await ingestPaths(store, [digests], { stages });
  store.close();
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Everything ingest stores except the ingest times, in a comparable order. */
function snapshot(path: string) {
  const db = new Database(path, { readonly: true });
  const rows = (sql: string) => db.prepare(sql).all();
  const result = {
    articles: rows('SELECT id, story, published, title FROM articles ORDER BY id'),
    provenance: rows(
      `SELECT a.id, replace(f.path, rtrim(f.path, replace(f.path, '/', '')), '') AS file, p.start_line, p.end_line
       FROM provenance p JOIN articles a ON a.n = p.article JOIN files f ON f.id = p.file ORDER BY 1, 2, 3`,
    ),
    duplicates: rows(
      `SELECT x.id AS a, y.id AS b, d.relation, d.similarity FROM duplicates d
       JOIN articles x ON x.n = d.a JOIN articles y ON y.n = d.b ORDER BY 1, 2`,
    ),
    stories: rows('SELECT * FROM stories ORDER BY id'),
    mentions: db.prepare('SELECT count(*) FROM mentions').pluck().get(),
    figures: db.prepare('SELECT count(*) FROM figures').pluck().get(),
    integrity: db.pragma('integrity_check', { simple: true }),
  };
  db.close();
  return result;
}

function runCli(args: string[]): ChildProcess {
  // A process group of its own, so that SIGKILL reaches node behind npx and tsx.
  return spawn('npx', ['tsx', 'src/cli/main.ts', ...args], {
    cwd: repoRoot,
    detached: true,
    stdio: 'ignore',
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

function storedFiles(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT count(*) FROM files').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const storyKey = (s: Story) =>
  JSON.stringify([
    s.id,
    [...s.articles].sort(),
    s.headline,
    [...s.outlets].sort(),
    s.first,
    s.last,
    s.independent,
    s.lineage,
  ]);
const pairKey = (d: Duplicate) => `${d.a}|${d.b}|${d.relation}|${d.similarity.toFixed(6)}`;

describe('sitrep ingest', () => {
  it('one digest at a time gives the stories and duplicates of analyze on all at once', async () => {
    const files = readdirSync(digests).sort();
    const path = join(dir, 'one-by-one.db');
    for (const file of files) {
      // A new store and session per file: every file after the first restores and replays state.
      const store = openStore(path);
      await ingestPaths(store, [join(digests, file)], { stages: pipelineStages() });
      store.close();
    }
    const store = openStore(path, { readonly: true });
    const stored = { stories: await store.stories(), duplicates: await store.duplicates() };
    store.close();
    const all = analyze(await readInputs([digests]));
    expect(stored.stories.map(storyKey).sort()).toEqual(all.stories.map(storyKey).sort());
    expect(stored.duplicates.map(pairKey).sort()).toEqual(all.duplicates.map(pairKey).sort());
    expect(all.duplicates.length).toBeGreaterThan(0);
    expect(all.stories.some((s) => s.articles.length > 1)).toBe(true);
  }, 300_000);

  // 240 articles, fewer than a stage checkpoint's interval (CHECKPOINT_EVERY, 5,000 articles): the
  // killed run saved no checkpoint, and the re-run replays every stored article before going on.
  it('survives SIGKILL mid-run: whole files only, and a re-run ends where an uninterrupted run does', async () => {
    const path = join(dir, 'killed.db');
    const child = runCli(['ingest', digests, '--db', path, '--quiet']);
    const done = exited(child);
    while (storedFiles(path) < 3) await sleep(20);
    process.kill(-child.pid!, 'SIGKILL');
    await done;

    const committed = storedFiles(path);
    expect(committed).toBeGreaterThanOrEqual(3);
    expect(committed).toBeLessThan(readdirSync(digests).length);
    const partial = snapshot(path);
    expect(partial.integrity).toBe('ok');
    // Whole files only: each stored file has every article the reader finds in it.
    const db = new Database(path, { readonly: true });
    const perFile = db
      .prepare(
        'SELECT f.path, count(p.article) AS n FROM files f LEFT JOIN provenance p ON p.file = f.id GROUP BY f.id',
      )
      .all() as { path: string; n: number }[];
    db.close();
    for (const { path: file, n } of perFile) expect(n).toBe((await readInputs([file])).articles.length);

    const rerun = runCli(['ingest', digests, '--db', path, '--quiet']);
    expect(await exited(rerun)).toBe(0);
    expect(snapshot(path)).toEqual(snapshot(reference));
  }, 300_000);

  it('two ingests at once neither corrupt nor duplicate anything', async () => {
    const path = join(dir, 'concurrent.db');
    const first = runCli(['ingest', digests, '--db', path, '--quiet']);
    const second = runCli(['ingest', digests, '--db', path, '--quiet']);
    expect(await Promise.all([exited(first), exited(second)])).toEqual([0, 0]);
    expect(snapshot(path)).toEqual(snapshot(reference));
  }, 300_000);
});
