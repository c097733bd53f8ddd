// `sitrep extract FILE... [--json] [--aliases FILE]`: the extract stage on its own — entities,
// quotes, figures and dates of every article, as the contract's JSON or a readable summary.

import type { Command } from 'commander';
import { listedDates } from '../../extract/dates.js';
import { listedFigures } from '../../extract/figures.js';
import type { Article, Extraction } from '../../types.js';
import { plural } from '../../util/text.js';
import { INPUT_PATHS, parseSize, reportFileErrors } from '../inputs.js';
import { formatTable, printJson, warn } from '../output.js';

interface ExtractCliOptions {
  json?: boolean;
  aliases?: string;
  maxSize: string;
  workers?: string;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('find people, places, organisations, quotes, figures and dates in each article')
    .argument('<paths...>', INPUT_PATHS)
    .option('--json', 'print the JSON contract instead of a summary')
    .option('--aliases <file>', 'extra gazetteer entries: CSV/TSV "name,type,alias1|alias2" or JSON')
    .option('--workers <n>', 'worker threads for large inputs ("auto" or a number)', 'auto')
    .option('--max-size <size>', 'refuse files larger than this (e.g. 200MB)', '200MB')
    .action(run);
}

async function run(paths: string[], options: ExtractCliOptions): Promise<void> {
  const { loadGazetteer } = await import('../../extract/gazetteer.js');
  const { extractAllParallel } = await import('../../extract/index.js');
  const { readInputs } = await import('../../read/index.js');
  // Load the alias file first: a broken one should fail before any reading is done.
  const gazetteer = loadGazetteer(options.aliases);
  const input = await readInputs(paths, { maxBytes: parseSize(options.maxSize) });
  reportFileErrors(input);
  const workers =
    options.workers === 'auto' || !options.workers ? 'auto' : Math.max(1, Number(options.workers) || 1);
  const { extractions, entities } = await extractAllParallel(input.articles, { gazetteer, workers });
  if (options.json) {
    const { articles, dropped, warnings } = input;
    await printJson({
      articles,
      dropped,
      warnings,
      entities,
      quotes: extractions.flatMap((e) => e.quotes),
      figures: listedFigures(extractions),
      dates: listedDates(extractions),
    });
    return;
  }
  printSummary(input.articles, extractions, entities.length);
  for (const w of input.warnings) warn(`${w.file}:${w.line}: ${w.message}`);
}

function printSummary(articles: Article[], extractions: Extraction[], entityCount: number): void {
  const out: string[] = [];
  for (const [i, article] of articles.entries()) {
    const found = extractions[i];
    if (!found) continue;
    out.push(
      `\n${article.title}  (${article.outlet ?? 'unknown outlet'}, ${article.published ?? 'no date'})`,
    );
    const names = topNames(found);
    if (names) out.push(`  named: ${names}`);
    if (found.quotes.length > 0) {
      const rows = found.quotes.map((q) => [q.speaker ?? '(unknown)', q.via ?? '', q.text]);
      out.push(indent(formatTable(['speaker', 'via', 'quote'], rows, 70)));
    }
    if (found.figures.length > 0) out.push(`  figures: ${found.figures.map((f) => f.text).join('; ')}`);
    if (found.dates.length > 0)
      out.push(`  dates: ${found.dates.map((d) => `${d.text} → ${d.date}`).join('; ')}`);
  }
  const quotes = extractions.reduce((n, e) => n + e.quotes.length, 0);
  out.push(
    `\n${plural(articles.length, 'article')}, ${plural(entityCount, 'entity')}, ${plural(quotes, 'quote')}`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

/** The article's entities by how often they are named, most first. */
function topNames(found: Extraction): string {
  const counts = new Map<string, number>();
  for (const m of found.mentions) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name, n]) => (n > 1 ? `${name} ×${n}` : name))
    .join(', ');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
