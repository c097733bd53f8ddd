// Output helpers shared by the commands: JSON to stdout, aligned tables, one-line problems to stderr.
import { createWriteStream } from 'node:fs';
import type { ParseResult } from '../types.js';
import { countWords, plural } from '../util/text.js';

/** Writes JSON to stdout, waiting for the pipe to drain so that large outputs are not cut. */
export async function printJson(value: unknown): Promise<void> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  await new Promise<void>((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

/** Writes text to a file, or to stdout when path is "-" or undefined. */
export async function writeOutput(text: string, path?: string): Promise<void> {
  if (!path || path === '-') {
    process.stdout.write(text);
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const stream = createWriteStream(path);
    stream.on('error', reject);
    stream.end(text, () => resolve());
  });
}

/** Prints a problem as one line on stderr ("sitrep: file.txt: empty file"). */
export function warn(message: string): void {
  process.stderr.write(`sitrep: ${message}\n`);
}

/** A plain aligned table; long cells are cut with an ellipsis. */
export function formatTable(headers: string[], rows: (string | number)[][], maxWidth = 60): string {
  const cells = [headers, ...rows.map((row) => row.map(String))].map((row) =>
    row.map((cell) => (cell.length > maxWidth ? `${cell.slice(0, maxWidth - 1)}…` : cell)),
  );
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

/** The readable form of a ParseResult: one row per article, a count, then each warning in one line. */
export function printArticleTable(result: ParseResult, droppedNoun = 'noise line'): void {
  const rows = result.articles.map((a) => [a.title, a.outlet ?? '?', a.published ?? '?', countWords(a.text)]);
  process.stdout.write(`${formatTable(['title', 'outlet', 'date', 'words'], rows)}\n`);
  process.stdout.write(
    `\n${plural(result.articles.length, 'article')}, ${plural(result.dropped.length, droppedNoun)} dropped\n`,
  );
  for (const w of result.warnings) warn(`${w.file}:${w.line}: ${w.message}`);
}
