// A long-lived extraction worker for ExtractPool: loads the NLP model and the gazetteer once, then
// answers each job (a list of articles) with their per-article extractions. The corpus pass (surname
// linking across a file's articles) stays with the caller, so results equal extractAll's.
import { parentPort, workerData } from 'node:worker_threads';
import { buildGazetteer, type GazetteerEntry } from '../extract/gazetteer.js';
import { extractLocal } from '../extract/index.js';
import { type BodyDictionary, deflateText } from '../store/bodies.js';
import type { Article } from '../types.js';

const { userEntries } = workerData as { userEntries: GazetteerEntry[] };
const gazetteer = buildGazetteer(userEntries);

interface Job {
  job: number;
  articles: Article[];
  dictionary: BodyDictionary | null;
}

parentPort?.on('message', ({ job, articles, dictionary }: Job) => {
  try {
    const locals = articles.map((article) => extractLocal(article, gazetteer));
    // The text as the store keeps it, compressed here rather than on the thread that writes.
    const bodies = articles.map((article) => deflateText(article.text, dictionary));
    parentPort?.postMessage({ job, locals, bodies });
  } catch (error) {
    parentPort?.postMessage({ job, error: String((error as Error)?.stack ?? error) });
  }
});
parentPort?.postMessage({ ready: true });
