import { describe, expect, it } from 'vitest';
import { isBusy, retryWhileBusy } from './busy.js';

function sqliteError(code: string): Error {
  return Object.assign(new Error('database is locked'), { code });
}

describe('retryWhileBusy', () => {
  it('tries again while SQLite answers SQLITE_BUSY, and returns what the statement returns', () => {
    let calls = 0;
    const result = retryWhileBusy(() => {
      calls++;
      if (calls < 3) throw sqliteError(calls === 1 ? 'SQLITE_BUSY' : 'SQLITE_BUSY_SNAPSHOT');
      return 'wal';
    }, 10_000);
    expect(result).toBe('wal');
    expect(calls).toBe(3);
  });

  it('passes any other failure on at once', () => {
    let calls = 0;
    expect(() =>
      retryWhileBusy(() => {
        calls++;
        throw sqliteError('SQLITE_FULL');
      }, 10_000),
    ).toThrow('database is locked');
    expect(calls).toBe(1);
  });

  it('gives up with the last SQLITE_BUSY once the time is up', () => {
    let calls = 0;
    const busy = () => {
      calls++;
      throw sqliteError('SQLITE_BUSY');
    };
    expect(() => retryWhileBusy(busy, 0)).toThrow('database is locked');
    expect(calls).toBe(1);
  });
});

describe('isBusy', () => {
  it('knows SQLITE_BUSY and its extended codes from other failures', () => {
    expect(isBusy(sqliteError('SQLITE_BUSY_RECOVERY'))).toBe(true);
    expect(isBusy(sqliteError('SQLITE_LOCKED'))).toBe(false);
    expect(isBusy(new Error('no code'))).toBe(false);
    expect(isBusy(null)).toBe(false);
  });
});
