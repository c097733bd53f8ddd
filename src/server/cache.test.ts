import { describe, expect, it } from 'vitest';
import { ResponseCache } from './cache.js';

describe('response cache', () => {
  it('keeps answers until the data version changes (checked at most once a second)', () => {
    let version = 'v1';
    let now = 0;
    const cache = new ResponseCache(
      () => version,
      () => now,
    );
    cache.set('/a', 'text/html', 'page a');
    expect(cache.get('/a')?.body).toBe('page a');
    version = 'v2';
    now = 500;
    expect(cache.get('/a')?.body).toBe('page a');
    now = 1_600;
    expect(cache.get('/a')).toBeNull();
  });

  it('forgets everything on clear() (an ingest through this server)', () => {
    const cache = new ResponseCache();
    cache.set('/a', 'application/json', '{}');
    cache.clear();
    expect(cache.get('/a')).toBeNull();
  });

  it('does not hold answers over the entry size limit', () => {
    const cache = new ResponseCache();
    cache.set('/big', 'application/json', Buffer.alloc(3 * 1024 * 1024));
    expect(cache.get('/big')).toBeNull();
  });
});
