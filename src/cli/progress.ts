// A progress bar for a whole-batch run (`analyze`, `report` on files): the stage and how many articles
// it has done, with an ETA, on stderr. Only a person at a terminal sees it, and it is cleared at the
// end so that the command's own output stands alone. `sitrep ingest` has its own bar, per file.
import cliProgress from 'cli-progress';

export type StageProgress = (stage: string, done: number, total: number) => void;

/** Below this many articles a run takes well under a second: no bar. */
const MIN_ARTICLES = 200;

export function stageProgress(stream: NodeJS.WriteStream = process.stderr): {
  update: StageProgress;
  stop(): void;
} {
  if (!stream.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{stage} {bar} {value}/{total} articles | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  return {
    update(stage, done, total) {
      if (total < MIN_ARTICLES) return;
      if (!running) {
        bar.start(total, 0, { stage });
        running = true;
      }
      bar.update(done, { stage: stage.padEnd(8) });
    },
    stop() {
      if (running) bar.stop();
    },
  };
}
