import { describe, expect, it } from 'vitest';
import { normaliseTelegram } from './telegram.js';

describe('normaliseTelegram', () => {
  it('rewrites each post into a title over "Outlet | date time", one line for one line', () => {
    const lines = [
      'Desk, [14.03.2025 09:12]',
      '[Forwarded from Reuters]',
      '🔴 Ferry capsizes on Lake Kivu',
      '',
      'Text.',
      '🔗 https://example.org/ferry',
      '',
      '[Forwarded from AP]',
      'Divers search the lake',
      '',
      'More text.',
    ];
    expect(normaliseTelegram(lines)).toBe(true);
    expect(lines).toEqual([
      '',
      'Ferry capsizes on Lake Kivu',
      'Reuters | 2025-03-14T09:12',
      '',
      'Text.',
      'https://example.org/ferry',
      '',
      // A post that follows another without a header line of its own was sent at the same time.
      'Divers search the lake',
      'AP | 2025-03-14T09:12',
      '',
      'More text.',
    ]);
  });

  it('leaves other text alone', () => {
    const lines = ['Ferry capsizes', 'Reuters, [Kivu]', '', 'Text about a [Forwarded from] note.'];
    expect(normaliseTelegram(lines)).toBe(false);
    expect(lines[1]).toBe('Reuters, [Kivu]');
  });
});
