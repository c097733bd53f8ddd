// A worker thread for extractAllParallel: runs the per-article pass on its slice of articles and
// posts the results back; the corpus pass stays in the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../types.js';
import type { GazetteerEntry } from './gazetteer.js';
import { extractSlice } from './index.js';

const { articles, userEntries } = workerData as { articles: Article[]; userEntries: GazetteerEntry[] };
parentPort?.postMessage(extractSlice(articles, userEntries));
