import type { Command } from 'commander';
import type { AnalysisResult } from '../../types.js';
import { plural } from '../../util/text.js';
import { INPUT_PATHS, parseSize, reportFileErrors } from '../inputs.js';
import { formatTable, printJson } from '../output.js';
import { stageProgress } from '../progress.js';

export function register(program: Command): void {
  program
    .command('analyze')
    .description(
      'run the whole pipeline: articles, entities, quotes, figures, dates, duplicates, stories, analysis',
    )
    .argument('<paths...>', INPUT_PATHS)
    .option('--json', 'print the JSON contract instead of a summary')
    .option('--aliases <file>', 'your own gazetteer entries (CSV/TSV or JSON) on top of the built-in one')
    .option('--max-size <size>', 'refuse files larger than this (e.g. 200MB)', '200MB')
    .action(async (paths: string[], options: { json?: boolean; aliases?: string; maxSize: string }) => {
      const { readInputs } = await import('../../read/index.js');
      const { analyze } = await import('../../pipeline.js');
      const { loadGazetteer } = await import('../../extract/gazetteer.js');
      const read = await readInputs(paths, { maxBytes: parseSize(options.maxSize) });
      reportFileErrors(read);
      const progress = stageProgress();
      const result = analyze(read, {
        gazetteer: loadGazetteer(options.aliases),
        onProgress: progress.update,
      });
      progress.stop();
      if (options.json) await printJson(result);
      else process.stdout.write(summarize(result));
    });
}

/** A short readable summary: stories by outlets, then copies and rewrites. */
function summarize(result: AnalysisResult): string {
  const titles = new Map(result.articles.map((a) => [a.id, a.title]));
  const stories = formatTable(
    ['story', 'outlets', 'articles', 'independent', 'days'],
    result.stories.map((s) => [
      s.headline,
      s.outlets.join(', '),
      s.articles.length,
      s.independent,
      dayRange(s.first, s.last),
    ]),
  );
  const duplicates = result.duplicates.map(
    (d) => `  ${d.relation.padEnd(14)} ${d.similarity.toFixed(2)}  ${titles.get(d.a)} ↔ ${titles.get(d.b)}`,
  );
  return [
    [
      plural(result.articles.length, 'article'),
      plural(result.stories.length, 'story'),
      plural(result.entities.length, 'entity'),
      plural(result.quotes.length, 'quote'),
      plural(result.figures.length, 'figure'),
      plural(result.dates.length, 'date'),
      plural(result.trackedFigures.length, 'tracked figure'),
    ].join(', '),
    '',
    stories,
    '',
    duplicates.length ? `Copies and rewrites:\n${duplicates.join('\n')}` : 'No copies or rewrites.',
    '',
  ].join('\n');
}

function dayRange(first: string | null, last: string | null): string {
  if (!first) return '?';
  return first === last || !last ? first : `${first} – ${last}`;
}
