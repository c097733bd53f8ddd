// Retrying a statement that SQLite refuses with SQLITE_BUSY at once instead of waiting busy_timeout.
// SQLite skips the busy handler where waiting could deadlock: a connection that holds a read lock
// and asks for the write lock (PRAGMA journal_mode = WAL reads the header, then writes it). Retrying
// from scratch drops the read lock in between, which lets the other process finish.

/** Pauses between attempts: short at first (the other side usually holds the lock for milliseconds). */
const FIRST_PAUSE_MS = 5;
const MAX_PAUSE_MS = 100;

/** Runs `fn`, again after a pause while it fails with SQLITE_BUSY, for up to `timeoutMs` in all. */
export function retryWhileBusy<T>(fn: () => T, timeoutMs: number): T {
  const deadline = Date.now() + timeoutMs;
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    try {
      return fn();
    } catch (error) {
      const left = deadline - Date.now();
      if (!isBusy(error) || left <= 0) throw error;
      // Jitter: two processes that collided once should not retry in step.
      sleep(Math.min(left, pause * (0.5 + Math.random())));
      pause = Math.min(MAX_PAUSE_MS, pause * 2);
    }
  }
}

export function isBusy(error: unknown): boolean {
  return String((error as { code?: unknown })?.code ?? '').startsWith('SQLITE_BUSY');
}

/** Blocks the thread: the callers are synchronous, like every better-sqlite3 call. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
