import type { Command } from 'commander';
import type { IngestSummary } from '../../ingest/index.js';
import { createProgress } from '../../ingest/progress.js';
import { openStore } from '../../store/index.js';
import { databasePath } from '../../store/location.js';
import { plural } from '../../util/text.js';
import { INPUT_PATHS, parseSize } from '../inputs.js';
import { printJson, warn } from '../output.js';

interface IngestFlags {
  db?: string;
  quiet?: boolean;
  json?: boolean;
  maxSize: string;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('store digests in the database: new articles only, one transaction per file')
    .argument('<paths...>', INPUT_PATHS)
    .option('--db <path>', 'database file (default $SITREP_DB or ./sitrep.db)')
    .option('--quiet', 'no progress bar and no summary (for scripts)')
    .option('--json', 'print the summary as JSON')
    .option('--max-size <size>', 'refuse files larger than this (e.g. 200MB)', '200MB')
    .action(async (paths: string[], flags: IngestFlags) => {
      const maxBytes = parseSize(flags.maxSize);
      const { ingestPaths } = await import('../../ingest/index.js');
      const { pipelineStages } = await import('../../ingest/pipeline-stages.js');
      const store = openStore(databasePath(flags.db));
      const progress = createProgress({ quiet: flags.quiet || flags.json });
      let summary: IngestSummary;
      try {
        summary = await ingestPaths(store, paths, {
          stages: pipelineStages(),
          maxBytes,
          onFile: progress.update,
        });
      } finally {
        progress.stop();
        store.close();
      }
      for (const error of summary.errors) warn(`${error.file}: ${error.message}`);
      if (summary.stopped) warn(`stopped: ${summary.stopped}`);
      process.exitCode = exitCode(summary);
      if (flags.json) await printJson(summary);
      else if (!flags.quiet) process.stdout.write(`${describeSummary(summary)}\n`);
    });
}

/** 2 when nothing could be read or stored; 1 when some files failed or a store failure cut the run short. */
function exitCode(summary: IngestSummary): number {
  if (summary.files.length === 0 && summary.errors.length > 0) return 2;
  return summary.stopped || summary.errors.length > 0 ? 1 : 0;
}

function describeSummary(summary: IngestSummary): string {
  const stored = summary.files.filter((file) => file.status === 'stored').length;
  const parts = [
    `${plural(stored, 'file')} stored`,
    plural(summary.added, 'new article'),
    `${summary.known} already known`,
    plural(summary.duplicates, 'duplicate pair'),
  ];
  if (summary.skipped > 0) parts.push(`${plural(summary.skipped, 'file')} ingested before`);
  if (summary.errors.length > 0) parts.push(`${summary.errors.length} failed`);
  return parts.join(', ');
}
