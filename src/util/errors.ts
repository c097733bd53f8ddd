// Errors that say who speaks and what was found, with a code. The CLI and the HTTP server each turn
// them into one line or one JSON body; nothing else catches them.

export type ErrorCode =
  | 'E_NOT_FOUND'
  | 'E_EMPTY'
  | 'E_BINARY'
  | 'E_TOO_LARGE'
  | 'E_NO_INPUT'
  | 'E_BAD_ARGUMENT'
  | 'E_BAD_DATABASE'
  | 'E_READ_ONLY'
  | 'E_DISK_FULL'
  | 'E_FETCH'
  | 'E_PARSE';

export class SitrepError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
  ) {
    super(message);
    this.name = 'SitrepError';
  }
}

/** One line for a person: our own errors as they are, anything else with its message only. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? String(error);
  return String(error);
}
