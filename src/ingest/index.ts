// Ingest: files and directories → the store, one transaction per file, incrementally. A file that
// cannot be read is reported and skipped; a store failure (disk full, read-only, damaged database)
// stops the run, since every later file would fail the same way.
import { statSync } from 'node:fs';
import type { IngestFileInfo, IngestOutcome, Store } from '../store/index.js';
import type { ParseResult } from '../types.js';
import { describeError, SitrepError } from '../util/errors.js';
import { expandInputs, type FileError, type InputFile, readInputFile } from './files.js';
import { IngestSession } from './session.js';
import type { IngestStages } from './stages.js';

export type { FileError } from './files.js';
export { readInputFile, sha256 } from './files.js';
export { IngestSession } from './session.js';
export type * from './stages.js';

export interface IngestOptions {
  stages: IngestStages;
  maxBytes?: number;
  /** The ingest timestamp recorded in provenance (default: the wall clock at each file). */
  now?: () => string;
  /** Called after each file, stored, skipped or failed. */
  onFile?: (done: number, total: number, outcome: IngestOutcome | null) => void;
}

export interface IngestSummary {
  files: IngestOutcome[];
  /** Files that could not be read or stored, one line each. */
  errors: FileError[];
  /** A store failure that stopped the run before the remaining files. */
  stopped: string | null;
  added: number;
  known: number;
  skipped: number;
  duplicates: number;
}

const STORE_FAILURES = new Set(['E_DISK_FULL', 'E_READ_ONLY', 'E_BAD_DATABASE']);

export async function ingestPaths(
  store: Store,
  paths: string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const { files, errors } = await expandInputs(paths);
  const summary: IngestSummary = {
    files: [],
    errors,
    stopped: null,
    added: 0,
    known: 0,
    skipped: 0,
    duplicates: 0,
  };
  const session = new IngestSession(store, options.stages);
  const now = options.now ?? (() => new Date().toISOString());
  const deferMerges = await deferIndexMerges(store, files);
  // The extraction workers load their model (most of a second) while the files are read, and start
  // on the first files read while this thread reads the rest.
  const workers = options.stages.prefetch !== undefined && fileBytes(files) >= PARALLEL_THRESHOLD;
  if (workers) options.stages.startWorkers?.();
  const lookahead = workers ? new Lookahead(store, options.stages) : null;
  const inputs = await readAll(files, summary.errors, now, options.maxBytes, lookahead);
  const ahead = textBytes(inputs) >= PARALLEL_THRESHOLD ? (lookahead?.start(inputs) ?? null) : null;
  try {
    await ingestAll(session, inputs, summary, now, options, ahead, deferMerges);
  } finally {
    // A run that stopped early (a no-op when ingestAll turned merging back on).
    if (deferMerges) await store.deferIndexMerges(false).catch(() => {});
    await options.stages.close?.();
  }
  return summary;
}

/**
 * Defers the full-text index's merging for a run likely to be a bulk load (isBulkLoad), which ends
 * with a compaction that merges everything anyway: input files at least as large as the database.
 * Any other run makes sure that merging is on, and catches up with a crashed bulk load's segments.
 * Returns whether merging was deferred (the run turns it back on at its end). A store that cannot
 * change it (read-only) fails on the first file instead, where the failure is reported.
 */
async function deferIndexMerges(store: Store, files: string[]): Promise<boolean> {
  const defer = fileBytes(files) >= (statSync(store.path, { throwIfNoEntry: false })?.size ?? 0);
  return store.deferIndexMerges(defer).then(
    () => defer,
    () => false,
  );
}

async function ingestAll(
  session: IngestSession,
  inputs: InputFile[],
  summary: IngestSummary,
  now: () => string,
  options: IngestOptions,
  ahead: Lookahead | null,
  deferredMerges: boolean,
): Promise<void> {
  for (const [index, input] of inputs.entries()) {
    let outcome: IngestOutcome | null = null;
    await ahead?.fill(index);
    try {
      // Provenance records when the file was stored, not when it was read.
      outcome = await session.ingestParsed(input.parse, { ...input.info, ingestedAt: now() });
      record(summary, outcome);
    } catch (error) {
      summary.errors.push({ file: input.info.path, message: describeError(error) });
      if (error instanceof SitrepError && STORE_FAILURES.has(error.code)) {
        summary.stopped = describeError(error);
        break;
      }
    } finally {
      ahead?.done(index);
      // The run holds each file read until it is stored, not to its end: the texts of every file
      // held to the end were a large part of what the main thread's full collections marked.
      inputs[index] = withoutArticles(input);
      options.onFile?.(index + 1, inputs.length, outcome);
    }
  }
  if (summary.stopped) return;
  // The last checkpoint is compressed on the thread pool (a tenth of a second for the bench's 9,200
  // articles) while this thread merges the index and compacts, and saved after them: the end of a
  // run was all on this thread, the extraction workers idle.
  const flushed = session.flush().then(
    () => null,
    (error: unknown) => error,
  );
  // Merging back on before a compaction, whose merge is then the only one.
  if (deferredMerges) await session.store.deferIndexMerges(false).catch(() => {});
  // Everything is stored by now: a compaction that fails (VACUUM needs room for a copy of the file)
  // leaves the database as it was, only bigger, so it does not fail the run.
  if (isBulkLoad(summary)) await session.store.compact().catch(() => {});
  const failed = await flushed;
  if (failed) throw failed;
}

/**
 * A run that at least doubled the database (a first import, a backfill) leaves a fragmented
 * full-text index and half-filled pages: worth one compaction pass. Daily digests never trigger it.
 */
export const BULK_SHARE = 0.5;

function isBulkLoad(summary: IngestSummary): boolean {
  const stored = Math.max(0, ...summary.files.map((file) => file.head));
  return summary.added > 0 && summary.added >= BULK_SHARE * stored;
}

/** Below this much text, starting extraction workers costs more than it saves. */
const PARALLEL_THRESHOLD = 2 * 1024 * 1024;
/**
 * Articles handed to the extraction workers ahead of the file being stored. Enough to carry the
 * workers through this thread's slow stretches (building the text dictionary and compacting once,
 * a stage checkpoint, files whose stories are costly) instead of leaving them idle once they are a
 * few files ahead: with 400 (about 0.2 s of a worker's work), the bench's worker stood idle for
 * 0.2-0.4 s in the middle of a run. In four runs on a busy machine this thread waited for the
 * workers 0.75-1.1 s with 400 and 0.3-0.7 s with 2,000. The cost is memory: the extractions of up
 * to this many articles are held until their files are stored (peak RSS the same within the
 * noise, 640-750 MB both ways).
 */
const LOOKAHEAD_ARTICLES = 2000;
/**
 * Articles handed to them while the files are still being read. Reading and parsing costs about a
 * fifteenth of extracting, so this keeps a worker busy while some 15,000 articles are read; more
 * would only hold more results in memory, and would make the first file stored wait longer when the
 * files are read in another order than they are stored in (by their earliest article).
 */
const READ_AHEAD_ARTICLES = 1000;

function fileBytes(files: string[]): number {
  return files.reduce((sum, path) => sum + (statSync(path, { throwIfNoEntry: false })?.size ?? 0), 0);
}

function textBytes(inputs: InputFile[]): number {
  return inputs.reduce((sum, input) => sum + input.parse.articles.reduce((s, a) => s + a.text.length, 0), 0);
}

/**
 * Keeps the extraction workers a few files ahead of the file being stored, so that extraction (the
 * costliest stage) runs on the other cores while this one runs dedup, stories and the writes.
 */
class Lookahead {
  private next = 0;
  /** The files in the order they are stored (start). */
  private inputs: InputFile[] = [];
  /** Files handed to the workers as they were read, and how many articles they hold. */
  private readonly early = new Set<InputFile>();
  private earlyArticles = 0;

  constructor(
    private readonly store: Store,
    private readonly stages: IngestStages,
  ) {}

  /**
   * A file just read: handed to the workers at once while READ_AHEAD_ARTICLES allow. Only a head
   * start: should the store fail here, the file is extracted when it is stored, where the failure
   * is reported.
   */
  async read(input: InputFile): Promise<void> {
    if (this.earlyArticles >= READ_AHEAD_ARTICLES) return;
    this.early.add(input);
    this.earlyArticles += input.parse.articles.length;
    await this.prefetch(input).catch(() => this.early.delete(input));
  }

  /** Every file is read: `inputs` are the files in the order they will be stored. */
  start(inputs: InputFile[]): this {
    this.inputs = inputs;
    return this;
  }

  /**
   * Prefetches from the file at `index` on, until LOOKAHEAD_ARTICLES articles are under way. The
   * files handed over while reading do not count: the workers are through most of them by then,
   * and counting them left the workers idle until the files being stored caught up with them.
   *
   * First it lets the event loop run: the workers' answers are read, and their next jobs sent, only
   * there. Storing files whose extractions are ready never waits for anything, and without this a
   * run of such files (tens of milliseconds each) kept the workers idle once they had done the few
   * jobs they hold (up to 1 s after the files were read, 3-5% of the bench's run).
   */
  async fill(index: number): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    this.next = Math.max(this.next, index);
    let queued = 0;
    for (let i = index; i < this.next; i++) queued += this.lateArticles(this.inputs[i]!);
    while (this.next < this.inputs.length && (this.next === index || queued < LOOKAHEAD_ARTICLES)) {
      const input = this.inputs[this.next]!;
      if (!this.early.has(input)) await this.prefetch(input);
      queued += this.lateArticles(input);
      this.next++;
    }
  }

  private lateArticles(input: InputFile): number {
    return this.early.has(input) ? 0 : input.parse.articles.length;
  }

  private async prefetch(input: InputFile): Promise<void> {
    const articles = input.parse.articles;
    // Articles stored already are never extracted again; skip them.
    const known = await this.store.knownArticles(articles.map((article) => article.id));
    const dictionary = await this.store.bodyDictionary();
    this.stages.prefetch?.(
      articles.filter((article) => !known.has(article.id)),
      dictionary,
    );
  }

  /** The file at `index` is stored: prefetched work for its articles is no longer wanted. */
  done(index: number): void {
    const input = this.inputs[index];
    this.stages.forget?.(input?.parse.articles ?? []);
    if (input) this.early.delete(input);
  }
}

/**
 * Reads every file first (reading is cheap next to extraction) and orders them by their earliest
 * article, so that one run over digests given in any order feeds the stages chronologically, as
 * `sitrep analyze` does. The first files read go to the extraction workers at once (`lookahead`).
 */
async function readAll(
  files: string[],
  errors: FileError[],
  now: () => string,
  maxBytes: number | undefined,
  lookahead: Lookahead | null,
): Promise<InputFile[]> {
  const inputs: { input: InputFile; earliest: string }[] = [];
  for (const path of files) {
    try {
      const input = await readInputFile(path, now(), maxBytes);
      await lookahead?.read(input);
      const dates = input.parse.articles.map((a) => a.published).filter((d): d is string => d !== null);
      inputs.push({ input, earliest: dates.sort()[0] ?? '\uffff' });
    } catch (error) {
      errors.push({ file: path, message: describeError(error) });
    }
  }
  return inputs
    .sort((x, y) => (x.earliest < y.earliest ? -1 : x.earliest > y.earliest ? 1 : 0))
    .map((x) => x.input);
}

function withoutArticles(input: InputFile): InputFile {
  return { ...input, parse: { ...input.parse, articles: [] } };
}

function record(summary: IngestSummary, outcome: IngestOutcome): void {
  summary.files.push(outcome);
  if (outcome.status === 'skipped') summary.skipped++;
  summary.added += outcome.added;
  summary.known += outcome.known;
  summary.duplicates += outcome.duplicates;
}

/** Stores one parsed input (the HTTP API's upload path); reuses a session per store. */
export async function ingestParsed(
  store: Store,
  parse: ParseResult,
  file: IngestFileInfo,
  stages: IngestStages,
): Promise<IngestOutcome> {
  let session = sessions.get(store);
  if (!session) {
    session = new IngestSession(store, stages);
    sessions.set(store, session);
  }
  return session.ingestParsed(parse, file);
}

const sessions = new WeakMap<Store, IngestSession>();

/** Saves the stage checkpoint of the session ingestParsed keeps for this store (call before closing it). */
export async function flushIngest(store: Store): Promise<void> {
  await sessions.get(store)?.flush();
}
