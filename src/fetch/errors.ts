import { SitrepError } from '../util/errors.js';

/** A fetch that failed: the HTTP status when there was one, and whether trying later may help. */
export class FetchError extends SitrepError {
  constructor(
    message: string,
    readonly status: number | null = null,
    readonly retryable = true,
    code: 'E_FETCH' | 'E_TOO_LARGE' = 'E_FETCH',
  ) {
    super(message, code);
    this.name = 'FetchError';
  }
}
