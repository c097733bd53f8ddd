// A long-lived extraction worker for ExtractPool: loads the NLP model and the gazetteer once, then
// answers each job (a list of articles) with their per-article extractions. The corpus pass (surname
// linking across a file's articles) stays with the caller, so results equal extractAll's.
import { parentPort, workerData } from 'node:worker_threads';
import { loadTagger } from '../extract/annotate.js';
import { buildGazetteer, type GazetteerEntry } from '../extract/gazetteer.js';
import type { BodyDictionary } from '../store/bodies.js';
import type { Article } from '../types.js';
import { extractJob } from './extract-job.js';

const { userEntries, compressing } = workerData as {
  userEntries: GazetteerEntry[];
  /** ExtractPool's flag: 1 while the texts are compressed here (read as each job starts). */
  compressing: Int32Array;
};
const gazetteer = buildGazetteer(userEntries);
// The tagger's model before `ready`: the first job does not wait for it.
loadTagger();

interface Job {
  job: number;
  articles: Article[];
  dictionary: BodyDictionary | null;
}

parentPort?.on('message', ({ job, articles, dictionary }: Job) => {
  try {
    const compress = dictionary !== null && Atomics.load(compressing, 0) === 1;
    parentPort?.postMessage({ job, ...extractJob(articles, gazetteer, dictionary, compress) });
  } catch (error) {
    parentPort?.postMessage({ job, error: String((error as Error)?.stack ?? error) });
  }
});
parentPort?.postMessage({ ready: true });
