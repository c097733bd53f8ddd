// `sitrep report` end to end, in a child process: the bundled sample to Markdown and HTML, and the
// one-line errors for input it cannot use.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../../../test/e2e/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-report-'));

describe('sitrep report', () => {
  it.each(['md', 'html'])('writes the sample as %s and prints the path', (format) => {
    const out = join(dir, `report.${format}`);
    const run = runCli(['report', 'sample', '--format', format, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(out);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('Tracked figures');
    expect(text).toContain('74,000');
    expect(text).toContain('97,735');
    // The sample folder's README is about the digests, not one of their articles.
    expect(text).not.toContain('Bundled sample digests');
    const truth = JSON.parse(readFileSync(join('sample', 'truth.json'), 'utf8')) as {
      files: Record<string, { articles: unknown[] }>;
    };
    const articles = Object.values(truth.files).reduce((sum, file) => sum + file.articles.length, 0);
    expect(text.replace(/<[^>]+>/g, '')).toContain(`${articles} articles`);
  });

  it.each([
    ['notes.md', '# '],
    ['notes.htm', '<!doctype html>'],
  ])('without --format, %s gets the format its extension names', (name, opening) => {
    const out = join(dir, name);
    const run = runCli(['report', 'sample', '--out', out]);
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith(opening)).toBe(true);
  });

  it.each([
    [['report'], 'nothing to report on'],
    [['report', 'sample', '--format', 'pdf'], '--format must be md or html'],
    [['report', 'sample', '--since', 'last week'], 'not a date'],
    [['report', join(dir, 'missing.txt')], 'no such file'],
  ])('%j fails in one line with exit code 2', (args, message) => {
    const run = runCli(args, { cwd: dir, env: { SITREP_DB: join(dir, 'none.db') } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
