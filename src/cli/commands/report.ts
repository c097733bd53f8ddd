// `sitrep report`: the situation report as Markdown or one self-contained HTML file. From files it
// runs the whole pipeline in memory; from --db it reads what the store holds and runs the analysis.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { BUILTIN_LEXICON, type FramingLexicon, loadLexicon } from '../../analyze/lexicon.js';
import type { AnalysisResult } from '../../types.js';
import { SitrepError } from '../../util/errors.js';
import { parseSize, reportFileErrors } from '../inputs.js';
import { writeOutput } from '../output.js';
import { stageProgress } from '../progress.js';

interface ReportFlags {
  db?: string;
  since?: string;
  until?: string;
  format?: string;
  out?: string;
  lexicon?: string;
  title?: string;
  top: string;
  maxSize: string;
}

export function register(program: Command): void {
  program
    .command('report')
    .description('write a situation report: top stories, tracked figures, timeline, framing, sources')
    .argument('[paths...]', 'digest files or directories (or use --db)')
    .option(
      '--db <path>',
      'read articles from this sitrep database (default without files: $SITREP_DB or ./sitrep.db)',
    )
    .option('--since <date>', 'only articles published on or after this date (YYYY-MM-DD)')
    .option('--until <date>', 'only articles published on or before this date (YYYY-MM-DD)')
    .option('--format <format>', 'md or html (default: from the --out extension, else html)')
    .option('--out <path>', 'where to write the report (default out/report.<format>; "-" for stdout)')
    .option('--lexicon <file>', 'your own framing terms (JSON [{concept, terms: {term: [variants]}}])')
    .option('--title <title>', 'the report title')
    .option('--top <n>', 'how many stories to show', '10')
    .option('--max-size <size>', 'refuse files larger than this (e.g. 200MB)', '200MB')
    .action(async (paths: string[], flags: ReportFlags) => {
      const format = checkFormat(flags.format ?? formatOfPath(flags.out) ?? 'html');
      for (const date of [flags.since, flags.until]) checkDate(date);
      const lexicon = flags.lexicon ? loadLexicon(flags.lexicon) : BUILTIN_LEXICON;
      const result = await loadResult(paths, flags, lexicon);
      const { buildReport, renderHtml, renderMarkdown } = await import('../../report/index.js');
      const model = buildReport(result, {
        since: flags.since,
        until: flags.until,
        title: flags.title,
        topStories: Number(flags.top) || 10,
        lexicon,
      });
      const text = format === 'html' ? renderHtml(model) : renderMarkdown(model);
      const out = flags.out ?? `out/report.${format}`;
      await writeReport(text, out);
      if (out !== '-') process.stdout.write(`${resolve(out)}\n`);
    });
}

async function loadResult(
  paths: string[],
  flags: ReportFlags,
  lexicon: FramingLexicon,
): Promise<AnalysisResult> {
  if (flags.db) return loadFromStore(flags.db, flags, lexicon);
  if (paths.length === 0) {
    // Like `sitrep ingest`, fall back to $SITREP_DB or ./sitrep.db when it exists.
    const fallback = process.env.SITREP_DB ?? 'sitrep.db';
    if (existsSync(fallback)) return loadFromStore(fallback, flags, lexicon);
    throw new SitrepError('nothing to report on: give digest files or --db PATH', 'E_NO_INPUT');
  }
  const { readInputs } = await import('../../read/index.js');
  const read = await readInputs(paths, { maxBytes: parseSize(flags.maxSize) });
  reportFileErrors(read);
  if (read.articles.length === 0) throw new SitrepError('no articles found in the input', 'E_EMPTY');
  // Loaded on use: the pipeline pulls in every stage, the store its database driver.
  const { analyze } = await import('../../pipeline.js');
  const progress = stageProgress();
  const result = analyze(read, { lexicon, onProgress: progress.update });
  progress.stop();
  return result;
}

/** What the store holds for the period, analysed in memory (analysis results are not stored). */
async function loadFromStore(
  path: string,
  flags: ReportFlags,
  lexicon: FramingLexicon,
): Promise<AnalysisResult> {
  const { openStore } = await import('../../store/index.js');
  const store = openStore(path, { readonly: true });
  try {
    const filter = { since: flags.since, until: flags.until };
    const [articles, extractions, stories, duplicates, entities] = await Promise.all([
      store.articles(filter),
      store.extractions(filter),
      store.stories(filter),
      store.duplicates(filter),
      store.entities(filter),
    ]);
    if (articles.length === 0) throw new SitrepError(`${path}: no articles in this period`, 'E_EMPTY');
    const { completeAnalysis } = await import('../../pipeline.js');
    return completeAnalysis(
      { articles, dropped: [], warnings: [] },
      { extractions, entities, duplicates, stories },
      lexicon,
    );
  } finally {
    store.close();
  }
}

async function writeReport(text: string, out: string): Promise<void> {
  try {
    if (out !== '-') mkdirSync(dirname(resolve(out)), { recursive: true });
    await writeOutput(text, out);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SitrepError(`cannot write the report to ${out}: ${reason}`, 'E_BAD_ARGUMENT');
  }
}

/** "notes/today.md" asks for Markdown without --format; an unknown extension decides nothing. */
function formatOfPath(out: string | undefined): string | undefined {
  const extension = /\.(md|markdown|html?)$/i.exec(out ?? '')?.[1]?.toLowerCase();
  return extension === 'htm' ? 'html' : extension;
}

function checkFormat(format: string): 'md' | 'html' {
  const lower = format.toLowerCase();
  if (lower === 'md' || lower === 'markdown') return 'md';
  if (lower === 'html') return 'html';
  throw new SitrepError(`--format must be md or html, not "${format}"`, 'E_BAD_ARGUMENT');
}

function checkDate(date: string | undefined): void {
  if (date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) {
    throw new SitrepError(`not a date: "${date}" (use YYYY-MM-DD)`, 'E_BAD_ARGUMENT');
  }
}
