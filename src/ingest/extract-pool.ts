// Extraction on worker threads that live for a whole ingest run. Starting a worker loads the NLP
// model (most of a second), so one pool serves every file, and files are handed to it ahead of the
// file being stored: the workers extract the next files while the main thread runs dedup, stories
// and the database writes of the current one.
import { Worker } from 'node:worker_threads';
import type { GazetteerEntry } from '../extract/gazetteer.js';
import type { LocalExtraction } from '../extract/index.js';
import type { BodyDictionary, StoredBody } from '../store/index.js';
import type { Article } from '../types.js';

/** Per-article extractions (no corpus pass) and the texts compressed for the store, in order. */
export interface PoolResult {
  locals: LocalExtraction[];
  bodies: StoredBody[];
}

interface Pending {
  resolve: (result: PoolResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  /** Jobs sent and not answered yet: the worker keeps the process alive only while it has some. */
  busy: number;
  /** Articles in those jobs: a new job goes to the worker with the fewest. */
  queued: number;
}

export class ExtractPool {
  private readonly slots: Slot[];
  private readonly pending = new Map<number, Pending>();
  private nextJob = 0;

  constructor(size: number, userEntries: GazetteerEntry[]) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => this.start(userEntries));
  }

  /** Resolves once every worker has loaded the model. */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.ready));
  }

  /** Per-article extractions (no corpus pass) of these articles and their compressed texts, in order. */
  local(articles: Article[], dictionary: BodyDictionary | null = null): Promise<PoolResult> {
    if (articles.length === 0) return Promise.resolve({ locals: [], bodies: [] });
    // The least loaded worker, not the next in turn: jobs differ in size (a file's last one is
    // short), and taking turns gave one worker of two nearly twice the other's work.
    const slot = this.slots.reduce((best, slot) => (slot.queued < best.queued ? slot : best));
    const job = this.nextJob++;
    slot.queued += articles.length;
    return new Promise<PoolResult>((resolve, reject) => {
      this.pending.set(job, { resolve, reject });
      if (slot.busy++ === 0) slot.worker.ref();
      slot.worker.postMessage({ job, articles, dictionary });
    }).finally(() => {
      slot.queued -= articles.length;
      if (--slot.busy === 0) slot.worker.unref();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    for (const { reject } of this.pending.values()) reject(new Error('extraction pool closed'));
    this.pending.clear();
  }

  private start(userEntries: GazetteerEntry[]): Slot {
    const worker = startWorker({ userEntries });
    let markReady: () => void = () => {};
    let failStart: (error: Error) => void = () => {};
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      failStart = reject;
    });
    // A worker that dies fails its own jobs; the caller extracts those on the main thread instead.
    ready.catch(() => {});
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
          if (this.slots.find((slot) => slot.worker === worker)?.busy === 0) worker.unref();
          return markReady();
        }
        const waiting = this.pending.get(message.job ?? -1);
        if (!waiting) return;
        this.pending.delete(message.job ?? -1);
        if (message.locals) waiting.resolve({ locals: message.locals, bodies: message.bodies ?? [] });
        else waiting.reject(new Error(message.error ?? 'extraction worker failed'));
      },
    );
    worker.on('error', (error) => {
      failStart(error);
      for (const [job, waiting] of this.pending) {
        this.pending.delete(job);
        waiting.reject(error);
      }
    });
    return { worker, ready, busy: 0, queued: 0 };
  }
}

function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./extract-worker.js', import.meta.url), { workerData });
  // Running from the TypeScript source (tsx, vitest): the worker registers tsx before loading it.
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
}
