// The store's commands as a person or a script meets them: exit codes, one-line messages, output shapes.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../eval/shared.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function sitrep(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: repoRoot }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let dir: string;
let db: string;
const record = (title: string, outlet: string, published: string, text: string) =>
  JSON.stringify({ title, outlet, published, text });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  db = join(dir, 'news.db');
  writeFileSync(
    join(dir, 'day1.jsonl'),
    [
      record(
        'Türkiye offers to host talks',
        'Wire One',
        '2023-10-03',
        'Ankara said on Tuesday that Türkiye was ready to host talks between the two governments.\n\nNo date was set.',
      ),
      record(
        'Aid convoy, with 40 trucks, reaches the border',
        'Paper Two',
        '2023-10-04',
        'A convoy of 40 trucks carrying flour, "medicine and fuel" reached the border crossing on Wednesday.',
      ),
    ].join('\n'),
  );
  writeFileSync(join(dir, 'empty.txt'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const oneLine = (text: string) => text.trim().split('\n').length === 1 && !/\n\s+at /.test(text);

describe('sitrep store commands', () => {
  it('ingests the good files, reports each bad one in one line, and exits 1', async () => {
    const run = await sitrep(
      'ingest',
      join(dir, 'day1.jsonl'),
      join(dir, 'empty.txt'),
      join(dir, 'missing.txt'),
      '--db',
      db,
    );
    expect(run.code).toBe(1);
    const problems = run.stderr.trim().split('\n');
    expect(problems).toHaveLength(2);
    expect(problems.every((line) => line.startsWith('sitrep: ') && oneLine(line))).toBe(true);
    expect(run.stdout).toMatch(/1 file stored, 2 new articles/);
  });

  it('exits 2 when nothing could be read', async () => {
    const run = await sitrep('ingest', join(dir, 'missing.txt'), '--db', db, '--quiet');
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toBe(true);
  });

  it('adds nothing when the same file is ingested again', async () => {
    const run = await sitrep('ingest', join(dir, 'day1.jsonl'), '--db', db, '--json');
    expect(JSON.parse(run.stdout)).toMatchObject({ added: 0, skipped: 1 });
  });

  it('finds Türkiye for Turkiye, with the match highlighted, grouped by story', async () => {
    const run = await sitrep('search', 'turkiye', '--db', db, '--json');
    const result = JSON.parse(run.stdout);
    expect(result.hits).toHaveLength(1);
    expect(result.hits[0].snippet).toContain('<mark>Türkiye</mark>');
    expect(result.groups[0].story).toMatch(/^s_/);
  });

  it('lists stories in the contract shape, one story, articles of a day, and stats', async () => {
    const stories = JSON.parse((await sitrep('stories', '--db', db, '--json')).stdout).stories;
    expect(stories.length).toBeGreaterThan(0);
    expect(Object.keys(stories[0])).toEqual(
      expect.arrayContaining(['id', 'headline', 'articles', 'outlets', 'first', 'last']),
    );
    const story = JSON.parse((await sitrep('story', stories[0].id, '--db', db, '--json')).stdout);
    expect(story.articles[0].provenance[0].file).toContain('day1.jsonl');
    const day = await sitrep('articles', '--day', '2023-10-04', '--db', db, '--json');
    expect(JSON.parse(day.stdout).articles.map((a: { title: string }) => a.title)).toEqual([
      'Aid convoy, with 40 trucks, reaches the border',
    ]);
    const stats = JSON.parse((await sitrep('stats', '--db', db, '--json')).stdout);
    expect(stats).toMatchObject({ articles: 2, files: 1, first: '2023-10-03', last: '2023-10-04' });
    const table = (await sitrep('stats', '--db', db)).stdout;
    expect(table).toMatch(/^database\s+\S*\.db\n/);
    expect(table).toMatch(/^size\s+[\d.]+ MB$/m);
    // Five CLI starts: on a loaded two-core machine each can take several seconds.
  }, 90_000);

  it('exports the filtered articles as RFC 4180 CSV', async () => {
    const run = await sitrep(
      'export',
      '--what',
      'articles',
      '--format',
      'csv',
      '--outlet',
      'paper two',
      '--db',
      db,
    );
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'id,title,outlet,outletCountry,published,time,dateline,byline,url,kind,story,provenance,text',
    );
    expect(lines[1]).toContain('"Aid convoy, with 40 trucks, reaches the border",Paper Two');
    expect(run.stdout).toContain('""medicine and fuel""');
    expect(lines.filter(Boolean)).toHaveLength(2);
  });

  it('refuses a file that is not a database in one line and leaves it as it was', async () => {
    const junk = join(dir, 'notes.db');
    writeFileSync(junk, 'shopping list\n'.repeat(500));
    const run = await sitrep('stats', '--db', junk);
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toBe(true);
    expect(run.stderr).toContain('not a usable sitrep database');
    expect(readFileSync(junk, 'utf8')).toBe('shopping list\n'.repeat(500));
  });

  it('says in one line when a search has nothing to look for', async () => {
    const run = await sitrep('search', ',,,', '--db', db);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sitrep: search: ",,," has no word to look for\n$/);
  });
});
