// A progress bar with rate and ETA on stderr, shown only to a person at a terminal: scripts and pipes
// get nothing (and --quiet silences it on a terminal too).
import cliProgress from 'cli-progress';
import type { IngestOutcome } from '../store/index.js';

export interface Progress {
  update(done: number, total: number, outcome: IngestOutcome | null): void;
  stop(): void;
}

const silent: Progress = { update() {}, stop() {} };

export function createProgress(options: { quiet?: boolean; stream?: NodeJS.WriteStream } = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || !stream.isTTY) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format:
        'ingest {bar} {value}/{total} files | {articles} new articles | {rate} files/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let articles = 0;
  let running = false;
  return {
    update(done, total, outcome) {
      articles += outcome?.added ?? 0;
      const seconds = (performance.now() - started) / 1000;
      const payload = { articles, rate: seconds > 0 ? (done / seconds).toFixed(1) : '0' };
      if (!running) {
        bar.start(total, 0, payload);
        running = true;
      }
      bar.update(done, payload);
    },
    stop() {
      if (running) bar.stop();
    },
  };
}
