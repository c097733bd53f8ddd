// A worker thread for extractAllParallel: takes batches of articles from the shared queue until it is
// empty and posts their per-article results back; the corpus pass stays in the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { buildGazetteer } from './gazetteer.js';
import { takeFromQueue, type WorkerJob } from './index.js';

const { articles, userEntries, queue } = workerData as WorkerJob;
parentPort?.postMessage(takeFromQueue(articles, buildGazetteer(userEntries), queue));
