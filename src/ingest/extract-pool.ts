// Extraction on worker threads that live for a whole ingest run. Starting a worker loads the NLP
// model (most of a second), so one pool serves every file, and files are handed to it ahead of the
// file being stored: the workers extract the next files while the main thread runs dedup, stories
// and the database writes of the current one. Jobs wait in the pool's queue and a worker holds at
// most IN_FLIGHT of them, so a thread that would otherwise wait for the workers can take the oldest
// queued job and run it itself (runHere): work sharing, with no job done twice. A lighter share: the
// workers can leave compressing the texts to that thread (`compress`), and that thread can take the
// texts of a queued job to compress while it waits (takeTexts).
import { Worker } from 'node:worker_threads';
import type { GazetteerEntry } from '../extract/gazetteer.js';
import { EXTRACT_WORKER_LIMITS, type LocalExtraction } from '../extract/index.js';
import type { BodyDictionary, StoredBody } from '../store/index.js';
import type { Article } from '../types.js';
import type { PoolResult } from './extract-job.js';

export type { PoolResult } from './extract-job.js';

/**
 * Jobs a worker holds at once. The main thread hands out the next job only between its own tasks
 * (a file's transaction, a job it runs itself), so a worker needs enough to last through one. With
 * four, the bench's worker stood idle 0.5-0.6 s in all, and 0.2-0.3 s with eight (about 110 ms of
 * work on an idle machine). On a busy machine the main thread's stretches last longer: in two pairs
 * of runs at load 7-11, the worker stood idle in the middle of a run 1.1 and 1.6 s with eight, and
 * 0.02 and 0.1 s with sixteen (the main thread waited for it 0.9-1.1 s and 0.25-0.6 s). More
 * would hold more work back from the main thread's work sharing and, with several workers, let
 * one finish later than the others at the end of a run.
 */
export const IN_FLIGHT = 16;

interface Job {
  id: number;
  articles: Article[];
  dictionary: BodyDictionary | null;
  /** The texts were handed out to be compressed elsewhere (takeTexts): the worker leaves them. */
  textsTaken: boolean;
  resolve: (result: PoolResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  /** Jobs sent and not answered yet: the worker keeps the process alive only while it has some. */
  sent: Map<number, Job>;
  /** A worker that failed gets no more jobs; the queue's jobs go to the others or to runHere. */
  failed: boolean;
}

export class ExtractPool {
  /**
   * 1 while the workers compress the texts of the jobs they start; set to 0 when they are behind,
   * and the thread that stores the articles takes that over (the store compresses what comes
   * without). Shared with the workers, which read it as they start each job: a job they hold
   * already follows it too (with IN_FLIGHT jobs held, a flag sent with each job changed what a
   * worker did only some 500 articles later).
   */
  private readonly compressing = new Int32Array(new SharedArrayBuffer(4)).fill(1);
  private readonly slots: Slot[];
  /** Jobs not sent to any worker yet, oldest first. */
  private readonly queue: Job[] = [];
  private nextJob = 0;

  constructor(size: number, userEntries: GazetteerEntry[]) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => this.start(userEntries));
  }

  /**
   * Whether the workers also compress the texts of the jobs they start from now on. A job without
   * the store's dictionary is never compressed there: the store compresses its first
   * DICTIONARY_SAMPLE texts again once it has built the dictionary from them, and refuses a later
   * body made without it, so that work was always thrown away (in the bench, for every article
   * handed out before the first 500 were stored).
   */
  get compress(): boolean {
    return Atomics.load(this.compressing, 0) === 1;
  }

  set compress(value: boolean) {
    Atomics.store(this.compressing, 0, value ? 1 : 0);
  }

  /** Resolves once every worker has loaded the model. */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.ready));
  }

  /** Per-article extractions (no corpus pass) of these articles and their compressed texts, in order. */
  local(articles: Article[], dictionary: BodyDictionary | null = null): Promise<PoolResult> {
    if (articles.length === 0) return Promise.resolve({ locals: [], bodies: [] });
    return new Promise<PoolResult>((resolve, reject) => {
      this.queue.push({ id: this.nextJob++, articles, dictionary, textsTaken: false, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * Runs the oldest job no worker has taken on the calling thread, with `run`, which must give what a
   * worker gives; false when no job is waiting.
   */
  runHere(run: (articles: Article[], dictionary: BodyDictionary | null) => PoolResult): boolean {
    const job = this.queue.shift();
    if (!job) return false;
    try {
      job.resolve(run(job.articles, job.dictionary));
    } catch (error) {
      job.reject(error as Error);
    }
    return true;
  }

  /**
   * The articles of the oldest job no worker has taken whose texts are still to be compressed with
   * a dictionary, for the calling thread to compress them instead: the worker that runs the job
   * then leaves them (and gives no bodies). null when no such job is waiting.
   */
  takeTexts(): { articles: Article[]; dictionary: BodyDictionary } | null {
    const job = this.queue.find((queued) => !queued.textsTaken && queued.dictionary !== null);
    if (!job?.dictionary) return null;
    job.textsTaken = true;
    return { articles: job.articles, dictionary: job.dictionary };
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    const closed = new Error('extraction pool closed');
    for (const slot of this.slots) this.fail(slot, closed);
    for (const job of this.queue.splice(0)) job.reject(closed);
  }

  /** Sends queued jobs to the workers that hold fewer than IN_FLIGHT. */
  private dispatch(): void {
    for (const slot of this.slots) {
      while (!slot.failed && slot.sent.size < IN_FLIGHT && this.queue.length > 0) {
        const job = this.queue.shift()!;
        if (slot.sent.size === 0) slot.worker.ref();
        slot.sent.set(job.id, job);
        // Without a dictionary a worker compresses nothing (see `compress`).
        const dictionary = job.textsTaken ? null : job.dictionary;
        slot.worker.postMessage({ job: job.id, articles: job.articles, dictionary });
      }
    }
  }

  private fail(slot: Slot, error: Error): void {
    slot.failed = true;
    for (const job of slot.sent.values()) job.reject(error);
    slot.sent.clear();
  }

  private start(userEntries: GazetteerEntry[]): Slot {
    const worker = startWorker({ userEntries, compressing: this.compressing });
    let markReady: () => void = () => {};
    let failStart: (error: Error) => void = () => {};
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      failStart = reject;
    });
    // A worker that dies fails its own jobs; the caller extracts those on the main thread instead.
    ready.catch(() => {});
    const slot: Slot = { worker, ready, sent: new Map(), failed: false };
    worker.on(
      'message',
      (message: {
        ready?: true;
        job?: number;
        locals?: LocalExtraction[];
        bodies?: StoredBody[];
        error?: string;
      }) => {
        if (message.ready) {
          // Loading keeps the process alive (someone may be waiting for ready()); idle workers do not.
          if (slot.sent.size === 0) worker.unref();
          return markReady();
        }
        const job = slot.sent.get(message.job ?? -1);
        if (!job) return;
        slot.sent.delete(job.id);
        if (slot.sent.size === 0) worker.unref();
        if (message.locals) job.resolve({ locals: message.locals, bodies: message.bodies ?? [] });
        else job.reject(new Error(message.error ?? 'extraction worker failed'));
        this.dispatch();
      },
    );
    worker.on('error', (error) => {
      failStart(error);
      this.fail(slot, error);
    });
    return slot;
  }
}

function startWorker(workerData: unknown): Worker {
  const options = { workerData, resourceLimits: EXTRACT_WORKER_LIMITS };
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./extract-worker.js', import.meta.url), options);
  // Running from the TypeScript source (tsx, vitest): the worker registers tsx before loading it.
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { ...options, eval: true });
}
