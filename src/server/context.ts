// What every route needs, built once by buildApp.
import type { Corpus } from './corpus.js';

export interface ServerContext {
  corpus: Corpus;
  /** The API token (Bearer) that write endpoints require. */
  token: string;
  /** The per-process token the Add-news form carries instead of the API token. */
  formToken: string;
  /** Largest accepted upload in bytes; larger ones get 413. */
  maxUpload: number;
  /** The ingest timestamp recorded in provenance. */
  now: () => string;
}
